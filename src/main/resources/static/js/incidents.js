// Incident pages of the command center: follow the live stream and reload when an
// incident changes elsewhere (the list on any change; the detail when its own incident
// moves to another version). A form being filled in is never thrown away: a banner asks
// to reload instead.
(function () {
	'use strict';
	var page = document.getElementById('incident-page');
	if (!page) { return; }
	var t = document.getElementById('incident-i18n').dataset;
	var api = page.dataset.api;
	var state = window.prajaIncidents = { connected: false, events: 0 };
	var pending = null;

	function editing() {
		var el = document.activeElement;
		return el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA') && el.type !== 'hidden' && el.value;
	}

	function reloadSoon() {
		if (pending) { return; }
		pending = setTimeout(function () {
			pending = null;
			if (editing()) {
				var banner = document.getElementById('changed-banner');
				if (banner) { banner.hidden = false; }
				return;
			}
			window.location.reload();
		}, 300);
	}

	function relevant(items) {
		if (page.dataset.kind === 'list') { return items.length > 0; }
		var id = Number(page.dataset.incident), version = Number(page.dataset.version);
		return items.some(function (x) {
			return (x.kind === 'incident' && x.incident === id && x.version !== version) || x.kind === 'unit';
		});
	}

	// the incident's place on a small map: land, kecamatan and desa outlines and their names
	// are the basemap offline (see praja-map.js), with a legend
	var mapEl = document.getElementById('incident-map');
	if (mapEl && window.L) {
		var at = [Number(mapEl.dataset.lat), Number(mapEl.dataset.lon)];
		var small = L.map(mapEl, { zoomControl: true, attributionControl: false, maxZoom: 18 }).setView(at, 13);
		state.smallMap = small;
		PrajaMap.legend(small, document.getElementById('incident-legend'));
		PrajaMap.basemap(small, mapEl.dataset.api, false)
			.then(function () { mapEl.dataset.basemap = 'true'; })
			.catch(function () { /* the marker alone still shows the place */ });
		L.circleMarker(at, { radius: 9, weight: 3, color: '#e03131', fillColor: '#e03131', fillOpacity: 0.6 }).addTo(small);
		state.map = true;
	}

	var source = new EventSource(api + '/live');
	var dot = document.getElementById('live-dot'), text = document.getElementById('live-text');
	source.addEventListener('hello', function () {
		state.connected = true;
		page.dataset.live = 'true';
		if (dot) { dot.className = 'live-dot on'; text.textContent = t.live; }
	});
	source.addEventListener('incidents', function (e) {
		state.events++;
		if (relevant(JSON.parse(e.data))) { reloadSoon(); }
	});
	source.addEventListener('resync', reloadSoon);
	source.onerror = function () {
		state.connected = false;
		if (dot) { dot.className = 'live-dot off'; text.textContent = t.offline; }
	};
})();
