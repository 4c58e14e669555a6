// The Polda's map: every Polres at its headquarters, coloured by the state of its plan
// and ringed in red when it has a red incident today, over the kabupaten outlines.
(function () {
	'use strict';
	var el = document.getElementById('polda-map');
	if (!el || !window.L) { return; }
	var markers = JSON.parse(el.dataset.markers || '[]');
	var COLOURS = { PUBLISHED: '#2f9e44', DRAFT: '#f08c00', NONE: '#868e96' };
	var map = L.map(el, { zoomControl: true });
	var bounds = [];
	markers.forEach(function (m) {
		L.circleMarker([m.lat, m.lon], {
			radius: 8, weight: m.red > 0 ? 4 : 1, color: m.red > 0 ? '#e03131' : '#333',
			fillColor: COLOURS[m.plan] || COLOURS.NONE, fillOpacity: 0.9
		}).bindTooltip(Praja.escapeHtml(m.name) + '<br>' + Praja.escapeHtml(el.dataset.tps) + ': ' + Praja.number(m.tps)
			+ '<br>' + Praja.escapeHtml(el.dataset.incidents) + ': ' + Praja.number(m.incidents)).addTo(map);
		bounds.push([m.lat, m.lon]);
	});
	if (bounds.length) { map.fitBounds(bounds, { padding: [30, 30], maxZoom: 10 }); } else { map.setView([-7.6, 112.7], 8); }
	fetch(el.dataset.api + '/geo/kabupaten', { credentials: 'same-origin', headers: { 'Accept': 'application/geo+json, application/json' } })
		.then(function (r) { return r.ok ? r.json() : null; })
		.then(function (geo) { if (geo) { PrajaMap.land(map, geo, false).bringToBack(); } })
		.catch(function () { /* outlines are a courtesy: the markers stand alone */ });
	PrajaMap.legend(map, document.getElementById('polda-legend'));
}());
