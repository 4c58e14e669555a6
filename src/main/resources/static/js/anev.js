// Evaluation (Anev) and dashboard charts, and the dashboard's kecamatan map.
// Data comes from data-* attributes of the page (the CSP forbids inline scripts).
(function () {
	'use strict';
	var A = '#1c4e80', B = '#a5b8cc';

	function compareChart(canvas) {
		var data = JSON.parse(canvas.dataset.chart);
		new window.Chart(canvas, {
			type: 'bar',
			data: {
				labels: data.labels,
				datasets: [
					{ label: 'A: ' + data.aLabel, data: data.a, backgroundColor: A },
					{ label: 'B: ' + data.bLabel, data: data.b, backgroundColor: B }
				]
			},
			options: { responsive: true, maintainAspectRatio: false, animation: false,
				indexAxis: data.type === 'rank' ? 'y' : 'x',
				scales: { x: { beginAtZero: true }, y: { beginAtZero: true } } }
		});
		canvas.dataset.drawn = 'true';
	}

	function trendChart(canvas) {
		var data = JSON.parse(canvas.dataset.trend);
		new window.Chart(canvas, {
			// daily counts: one bar a day, never a smoothed curve between days
			type: 'bar',
			data: {
				labels: data.days,
				datasets: [
					{ label: canvas.dataset.kamtibmasLabel, data: data.kamtibmas, backgroundColor: '#e03131' },
					{ label: canvas.dataset.activitiesLabel, data: data.activities, backgroundColor: A }
				]
			},
			options: { responsive: true, maintainAspectRatio: false, animation: false,
				scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } }
		});
		canvas.dataset.drawn = 'true';
	}

	var escapeHtml = Praja.escapeHtml;

	function areaMap(el) {
		if (!window.L) { return; }
		var areas = JSON.parse(el.dataset.areas);
		var t = el.dataset;
		var map = window.L.map(el, { zoomSnap: 0.25 }).setView([-8.2, 113.65], 9.5);
		// no tiles: the regency, its kecamatan and desa with their names are the basemap
		if (window.PrajaMap) {
			window.PrajaMap.legend(map, document.getElementById('dash-legend'));
			window.PrajaMap.basemap(map, el.dataset.api, false)
				.then(function (drawn) {
					var bounds = drawn.land.getBounds();
					if (bounds.isValid()) { map.fitBounds(bounds); }
					// each circle at its kecamatan's label point: a centroid may lie in the sea
					drawn.kecamatan.eachLayer(function (l) {
						var p = l.feature.properties;
						if (markers[p.code] && p.labelLat != null) { markers[p.code].setLatLng([p.labelLat, p.labelLon]); }
					});
					el.dataset.basemap = 'true';
				})
				.catch(function () { /* boundaries are optional: the markers stand alone */ });
		}
		var max = 1, markers = {};
		areas.forEach(function (a) { max = Math.max(max, a.kamtibmas + a.incidentsToday); });
		areas.forEach(function (a) {
			var n = a.kamtibmas + a.incidentsToday;
			markers[a.code] = window.L.circleMarker([a.lat, a.lon], {
				radius: 5 + 15 * n / max,
				color: n > 0 ? '#a61e1e' : '#1b6e2f', fillColor: n > 0 ? '#e03131' : '#2f9e44', fillOpacity: 0.6, weight: 1
			}).bindPopup('<strong>' + escapeHtml(a.name) + '</strong><br>' +
				t.tps + ': ' + a.tps + ' (' + t.vulnerable + ' ' + a.vulnerable + ')<br>' +
				escapeHtml(a.polsek || '') + ': ' + t.kamtibmas + ' ' + a.kamtibmas + ', ' + t.incidents + ' ' + a.incidentsToday)
				.addTo(map);
		});
		el.dataset.drawn = String(areas.length);
	}

	if (window.Chart) {
		var c = document.getElementById('anev-chart');
		if (c) { compareChart(c); }
		var tr = document.getElementById('trend-chart');
		if (tr) { trendChart(tr); }
	}
	var m = document.getElementById('dash-map');
	if (m) { areaMap(m); }
})();
