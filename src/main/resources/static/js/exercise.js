// The exercise page: runs the simulation of voting day for the current plan and for the
// plan with fewer reserve teams (same incidents), shows both side by side and draws late
// responses per kecamatan as circles on the map.
(function () {
	'use strict';
	var el = document.getElementById('map');
	var t = document.getElementById('ex-i18n').dataset;
	var state = window.prajaExercise = { ready: false, result: null };
	var map = L.map(el, { preferCanvas: true, maxZoom: 18 }).setView([-8.2, 113.65], 10);
	state.map = map;
	var heat = L.layerGroup().addTo(map);
	// land, outlines and names are the basemap (no tiles offline), with a legend
	PrajaMap.legend(map, document.getElementById('ex-legend'));
	PrajaMap.basemap(map, el.dataset.api, false)
		.then(function (drawn) {
			el.dataset.basemap = 'true';
			if (drawn.kecamatan) { map.fitBounds(drawn.kecamatan.getBounds(), { padding: [10, 10] }); }
		})
		.catch(function () { /* boundaries are optional */ });

	function fmt(v, digits) {
		return (v === null || v === undefined || v === 'NaN' || Number.isNaN(v)) ? '–' : Number(v).toFixed(digits);
	}

	function cell(tr, text) {
		var td = document.createElement('td');
		td.textContent = text;
		tr.appendChild(td);
	}

	function responseText(r) {
		return 'p50 ' + fmt(r.p50, 1) + ' · p90 ' + fmt(r.p90, 1) + ' · ' + t.within + ' ' + fmt(r.withinTarget * 100, 1) + ' %';
	}

	function show(c) {
		var body = document.querySelector('#ex-table tbody');
		body.innerHTML = '';
		Object.keys(c.a.byClass).forEach(function (k) {
			var tr = document.createElement('tr');
			cell(tr, k);
			cell(tr, c.a.byClass[k].targetMinutes);
			cell(tr, responseText(c.a.byClass[k]));
			cell(tr, responseText(c.b.byClass[k]));
			body.appendChild(tr);
		});
		[[t.incidents, 'meanIncidents', 2], [t.red, 'meanEscalatedToRed', 2], [t.utilisation, 'reserveUtilisation', 3],
			[t.below, 'meanBelowPatternTpsMinutes', 0]].forEach(function (row) {
			var tr = document.createElement('tr');
			cell(tr, row[0]);
			cell(tr, '');
			cell(tr, fmt(c.a[row[1]], row[2]));
			cell(tr, fmt(c.b[row[1]], row[2]));
			body.appendChild(tr);
		});
		document.getElementById('ex-table').hidden = false;
		heat.clearLayers();
		var max = 0;
		c.b.late.forEach(function (k) { max = Math.max(max, k.latePerDay); });
		c.a.late.concat(c.b.late).forEach(function (k) { max = Math.max(max, k.latePerDay); });
		var lateA = {};
		c.a.late.forEach(function (k) { lateA[k.kecamatan] = k.latePerDay; });
		c.b.late.forEach(function (k) {
			var a = lateA[k.kecamatan] || 0;
			if (k.latePerDay <= 0 && a <= 0) { return; }
			var r = 4 + 26 * Math.sqrt(k.latePerDay / (max || 1));
			L.circleMarker([k.lat, k.lon], { radius: r, color: '#e03131', fillOpacity: 0.35, weight: 1 })
				.bindTooltip(k.kecamatan + ': ' + fmt(a, 2) + ' → ' + fmt(k.latePerDay, 2) + ' (' + t.heat + ')')
				.addTo(heat);
			if (a > 0) {
				L.circleMarker([k.lat, k.lon], { radius: 4 + 26 * Math.sqrt(a / (max || 1)), color: '#0b4f8a', fillOpacity: 0.35, weight: 1 })
					.addTo(heat);
			}
		});
	}

	var form = document.getElementById('ex-form');
	if (form) {
		form.addEventListener('submit', function (e) {
			e.preventDefault();
			var status = document.getElementById('ex-status');
			status.textContent = t.running;
			var headers = { 'Accept': 'application/json' };
			Object.assign(headers, Praja.csrfHeaders());
			var params = new URLSearchParams(new FormData(form));
			fetch(form.dataset.api + '?' + params.toString(), { method: 'POST', credentials: 'same-origin', headers: headers })
				.then(function (r) {
					if (!r.ok) {
						return r.json().then(function (p) { throw new Error(p.detail || r.status); });
					}
					return r.json();
				})
				.then(function (c) {
					state.result = c;
					show(c);
					status.textContent = t.done + ' ' + c.a.replications + ' × 2, ' + fmt(c.a.seconds + c.b.seconds, 2) + ' s';
				})
				.catch(function (err) { status.textContent = t.failed + ' ' + err.message; });
		});
	}
	state.ready = true;
})();
