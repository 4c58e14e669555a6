// Shared parts of every map. Without internet there are no tiles, so the land, the
// boundaries and the names drawn here are the basemap: the regency as land, kecamatan and
// desa outlines, kecamatan names at low zoom and desa names from DESA_LABELS_FROM on
// (permanent tooltips at each area's label point), and a legend as a map control.
window.PrajaMap = (function () {
	'use strict';
	var DESA_LABELS_FROM = 12;
	var LAND = { color: '#222', weight: 2.5, fillColor: '#f4f1e6', fillOpacity: 1 };

	function labelAt(f) {
		var p = f.properties;
		return (p.labelLat != null) ? [p.labelLat, p.labelLon] : [p.lat, p.lon];
	}

	function labelLayer(geo, className) {
		var group = L.layerGroup();
		geo.features.forEach(function (f) {
			group.addLayer(L.tooltip({ permanent: true, direction: 'center', interactive: false, className: 'map-label ' + className })
				.setLatLng(labelAt(f))
				.setContent(Praja.escapeHtml(f.properties.name)));
		});
		return group;
	}

	function toggle(map, layer, on) {
		if (!layer) { return; }
		if (on && !map.hasLayer(layer)) { layer.addTo(map); }
		if (!on && map.hasLayer(layer)) { map.removeLayer(layer); }
	}

	// names of the kecamatan (below DESA_LABELS_FROM) and of the desa (from it on)
	function labels(map, kecamatanGeo, desaGeo) {
		var kecamatan = kecamatanGeo ? labelLayer(kecamatanGeo, 'kecamatan-label') : null;
		var desa = desaGeo ? labelLayer(desaGeo, 'desa-label') : null;
		function update() {
			var desaLevel = map.getZoom() >= DESA_LABELS_FROM;
			toggle(map, kecamatan, !desaLevel || !desa);
			toggle(map, desa, desaLevel);
		}
		map.on('zoomend', update);
		update();
		return { kecamatan: kecamatan, desa: desa };
	}

	// the regency as land (filled when no tiles are drawn under it)
	function land(map, kabupatenGeo, tiles, pane) {
		var style = tiles ? { color: LAND.color, weight: LAND.weight, fill: false } : LAND;
		return L.geoJSON(kabupatenGeo, { style: style, interactive: false, pane: pane || 'overlayPane' }).addTo(map);
	}

	// kecamatan and desa outlines; returns the layers
	function outlines(map, kecamatanGeo, desaGeo, options) {
		options = options || {};
		var pane = options.pane || 'overlayPane';
		var result = {};
		if (desaGeo) {
			result.desa = L.geoJSON(desaGeo, {
				style: { color: '#8aa', weight: 0.6, fillOpacity: 0 },
				interactive: !!options.onEachDesa, pane: pane,
				onEachFeature: options.onEachDesa
			}).addTo(map);
		}
		if (kecamatanGeo) {
			result.kecamatan = L.geoJSON(kecamatanGeo, {
				style: { color: '#445', weight: 1.6, fill: false }, interactive: false, pane: pane,
				onEachFeature: options.onEachKecamatan
			}).addTo(map);
		}
		return result;
	}

	// moves a legend written by the page (Indonesian text from the messages) onto the map
	function legend(map, element, position) {
		if (!element) { return null; }
		var control = L.control({ position: position || 'bottomright' });
		control.onAdd = function () {
			element.hidden = false;
			element.classList.add('map-legend');
			L.DomEvent.disableClickPropagation(element);
			L.DomEvent.disableScrollPropagation(element);
			return element;
		};
		return control.addTo(map);
	}

	function getGeo(url) {
		return fetch(url, { credentials: 'same-origin', headers: { 'Accept': 'application/geo+json, application/json' } })
			.then(function (r) {
				if (!r.ok) { throw new Error(url + ': HTTP ' + r.status); }
				return r.json();
			});
	}

	// the whole basemap for maps that only draw their own layers on top: land, outlines,
	// names, in a pane under the map's own layers; answers a promise of the drawn layers
	function basemap(map, api, tiles) {
		if (!map.getPane('basemap')) {
			map.createPane('basemap').style.zIndex = 350;
			map.getPane('basemap').style.pointerEvents = 'none';
		}
		return Promise.all([getGeo(api + '/geo/kabupaten'), getGeo(api + '/geo/kecamatan'), getGeo(api + '/geo/desa')])
			.then(function (geo) {
				var drawn = { land: land(map, geo[0], tiles, 'basemap') };
				var lines = outlines(map, geo[1], geo[2], { pane: 'basemap' });
				drawn.kecamatan = lines.kecamatan;
				drawn.desa = lines.desa;
				drawn.labels = labels(map, geo[1], geo[2]);
				return drawn;
			});
	}

	return { DESA_LABELS_FROM: DESA_LABELS_FROM, labels: labels, land: land, outlines: outlines, legend: legend, basemap: basemap };
})();
