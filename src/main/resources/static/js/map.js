// The territory map: boundaries and names from GeoJSON (no tiles needed, see praja-map.js)
// and every TPS drawn on a canvas, grouped into clusters below CLUSTER_UNTIL.
(function () {
	'use strict';
	var el = document.getElementById('map');
	var api = el.dataset.api;
	var t = document.getElementById('map-i18n').dataset;
	var state = window.prajaMap = { tpsDrawn: 0, ready: false, startedAt: performance.now() };

	// a maxZoom of its own: without tiles nothing else sets it, and the clusters need it
	var map = L.map(el, { preferCanvas: true, zoomSnap: 0.25, maxZoom: 18 }).setView([-8.2, 113.65], 10);
	state.map = map;
	PrajaMap.legend(map, document.getElementById('map-legend'));
	if (el.dataset.tileUrl) {
		L.tileLayer(el.dataset.tileUrl, { maxZoom: 19, attribution: '&copy; OpenStreetMap' }).addTo(map);
	}
	var renderer = L.canvas({ padding: 0.5 });
	// from this zoom every TPS stands alone; below it nearby TPS are one numbered circle
	// coloured by the highest class among them
	var CLUSTER_UNTIL = 14;
	var CLASS_RANK = { KURANG_RAWAN: 0, RAWAN: 1, SANGAT_RAWAN: 2, KHUSUS: 3 };
	var kecamatanLayer, desaLayer;
	var tpsLayer = L.markerClusterGroup({
		animate: false, chunkedLoading: true, showCoverageOnHover: false, spiderfyOnMaxZoom: false,
		disableClusteringAtZoom: CLUSTER_UNTIL, maxClusterRadius: 45, iconCreateFunction: clusterIcon
	}).addTo(map);
	var desaByCode = {}, kecamatanByCode = {}, tpsFeatures = [], markers = {}, propsByCode = {};
	var highlight = null;
	// vulnerability (optional: drawn plain when that module does not answer)
	var vuln = { classes: null, indicators: {} };
	var CLASS_COLOURS = { KURANG_RAWAN: ['#1b6e2f', '#2f9e44'], RAWAN: ['#a35f00', '#f08c00'],
		SANGAT_RAWAN: ['#a61e1e', '#e03131'], KHUSUS: ['#7a1fa2', '#b05fd0'] };
	var CLASS_NAMES = { KURANG_RAWAN: t.classKurangRawan, RAWAN: t.classRawan, SANGAT_RAWAN: t.classSangatRawan, KHUSUS: t.classKhusus };

	function getJson(path) {
		return fetch(api + path, { credentials: 'same-origin', headers: { 'Accept': 'application/geo+json, application/json' } })
			.then(function (r) {
				if (!r.ok) { throw new Error(path + ': HTTP ' + r.status); }
				return r.json();
			});
	}

	var escapeHtml = Praja.escapeHtml;

	function popup(p) {
		var html = '<div class="tps-popup"><strong>' + escapeHtml(p.code) + '</strong><br>' +
			t.desa + ' ' + escapeHtml(p.desa) + ', ' + t.kecamatan + ' ' + escapeHtml(p.kecamatan) + '<br>' +
			t.address + ': ' + escapeHtml(p.address) + '<br>' +
			t.voters + ': ' + p.voters + ' (' + t.male + ' ' + p.votersMale + ', ' + t.female + ' ' + p.votersFemale + ')';
		if (p.specialSite) { html += '<br><span class="tag special">' + t.specialSite + ': ' + escapeHtml(p.specialSite) + '</span>'; }
		if (vuln.classes) {
			var c = vuln.classes[p.code] || 'KURANG_RAWAN';
			var ind = vuln.indicators[p.code] || [];
			html += '<br>' + t.policeClass + ': <strong class="tps-class">' + escapeHtml(CLASS_NAMES[c]) + '</strong>';
			if (ind.length) { html += '<br>' + t.indicators + ': ' + escapeHtml(ind.join(', ')); }
			html += '<br><a href="' + el.dataset.vulnerabilityUrl + encodeURIComponent(p.code) + '">' + t.details + ' →</a>';
		}
		if (p.generated) { html += '<br><span class="tag demo">' + t.generated + '</span>'; }
		return html + '</div>';
	}

	function clusterIcon(cluster) {
		var worst = null;
		cluster.getAllChildMarkers().forEach(function (m) {
			var c = m.options.tpsClass;
			if (c && (worst === null || CLASS_RANK[c] > CLASS_RANK[worst])) { worst = c; }
		});
		var n = cluster.getChildCount();
		var size = n < 10 ? 30 : (n < 100 ? 36 : 44);
		return L.divIcon({
			html: '<div><span>' + Praja.number(n) + '</span></div>',
			className: 'marker-cluster tps-cluster ' + (worst ? 'cluster-' + worst : 'cluster-plain'),
			iconSize: L.point(size, size)
		});
	}

	function drawTps(kecamatan) {
		tpsLayer.clearLayers();
		markers = {};
		var list = [];
		var count = 0;
		var indicator = document.getElementById('indicator-filter').value;
		var byClass = { KURANG_RAWAN: 0, RAWAN: 0, SANGAT_RAWAN: 0, KHUSUS: 0 };
		tpsFeatures.forEach(function (f) {
			var p = f.properties;
			if (kecamatan && p.kecamatanCode !== kecamatan) { return; }
			if (indicator && (vuln.indicators[p.code] || []).indexOf(indicator) < 0) { return; }
			var c = f.geometry.coordinates;
			var style = { color: p.specialSite ? '#7a1fa2' : '#0b4f8a', fillColor: p.specialSite ? '#b05fd0' : '#2f89d8' };
			var cls = vuln.classes ? (vuln.classes[p.code] || 'KURANG_RAWAN') : null;
			if (cls) {
				style = { color: CLASS_COLOURS[cls][0], fillColor: CLASS_COLOURS[cls][1] };
				byClass[cls]++;
			}
			var big = p.specialSite || (cls && cls !== 'KURANG_RAWAN');
			var m = L.circleMarker([c[1], c[0]], {
				renderer: renderer, radius: big ? 6 : 3.5, weight: 1, tpsClass: cls,
				color: style.color, fillColor: style.fillColor, fillOpacity: 0.85
			}).bindPopup(function () { return popup(p); });
			list.push(m);
			markers[p.code] = m;
			count++;
		});
		tpsLayer.addLayers(list);
		state.tpsDrawn = count;
		state.byClass = byClass;
		document.getElementById('tps-count').textContent = count;
		Object.keys(byClass).forEach(function (k) {
			var n = document.querySelector('#class-legend [data-count="' + k + '"]');
			if (n) { n.textContent = vuln.classes ? '(' + byClass[k] + ')' : ''; }
		});
	}

	function selectKecamatan(code) {
		drawTps(code);
		var layer = code && kecamatanByCode[code];
		map.fitBounds(layer ? layer.getBounds() : kecamatanLayer.getBounds(), { padding: [10, 10] });
	}

	function focusTps(code) {
		var m = markers[code];
		if (!m) { return false; }
		// at this zoom the TPS stands outside any cluster
		map.setView(m.getLatLng(), Math.max(15, CLUSTER_UNTIL), { animate: false });
		L.popup().setLatLng(m.getLatLng()).setContent(popup(propsByCode[code])).openOn(map);
		return true;
	}

	function showDesa(code) {
		var layer = desaByCode[code];
		if (!layer) { return; }
		if (highlight) { highlight.setStyle({ color: '#8aa', weight: 0.6 }); }
		highlight = layer;
		layer.setStyle({ color: '#d9480f', weight: 3 });
		map.fitBounds(layer.getBounds(), { padding: [20, 20] });
	}

	function search(text) {
		var list = document.getElementById('search-results');
		list.innerHTML = '';
		var q = text.trim().toLowerCase();
		if (q.length < 2) { return; }
		var hits = [];
		Object.keys(desaByCode).forEach(function (code) {
			var p = desaByCode[code].feature.properties;
			if (p.name.toLowerCase().indexOf(q) >= 0) { hits.push({ kind: 'desa', code: code, label: t.desa + ' ' + p.name }); }
		});
		tpsFeatures.forEach(function (f) {
			if (hits.length < 30 && f.properties.code.toLowerCase().indexOf(q) >= 0) {
				hits.push({ kind: 'tps', code: f.properties.code, label: f.properties.code + ' · ' + f.properties.desa });
			}
		});
		if (!hits.length) {
			var li = document.createElement('li');
			li.className = 'empty';
			li.textContent = t.noResults;
			list.appendChild(li);
		}
		hits.slice(0, 30).forEach(function (h) {
			var li = document.createElement('li');
			var a = document.createElement('a');
			a.href = '#';
			a.textContent = h.label;
			a.dataset.kind = h.kind;
			a.dataset.code = h.code;
			a.addEventListener('click', function (e) {
				e.preventDefault();
				if (h.kind === 'tps') {
					var kec = document.getElementById('kecamatan-filter');
					if (!markers[h.code]) { kec.value = ''; drawTps(''); }
					focusTps(h.code);
				} else {
					showDesa(h.code);
				}
			});
			li.appendChild(a);
			list.appendChild(li);
		});
	}

	function optional(path) {
		return getJson(path).catch(function () { return null; });
	}

	Promise.all([getJson('/geo/kabupaten'), getJson('/geo/kecamatan'), getJson('/geo/desa'), getJson('/geo/tps'),
		optional('/vulnerability/tps'), optional('/vulnerability/indicators')])
		.then(function (data) {
			if (data[4]) {
				vuln.classes = data[4].classes;
				vuln.indicators = data[4].indicators;
				document.querySelector('.map-layout').classList.add('by-class');
				var filter = document.getElementById('indicator-filter');
				(data[5] || []).forEach(function (i) {
					var o = document.createElement('option');
					o.value = i.code;
					o.textContent = i.code + ' · ' + i.name;
					filter.appendChild(o);
				});
				if (filter.dataset.selected) { filter.value = filter.dataset.selected; }
			}
			PrajaMap.land(map, data[0], !!el.dataset.tileUrl);
			var lines = PrajaMap.outlines(map, data[1], data[2], {
				onEachDesa: function (f, layer) {
					desaByCode[f.properties.code] = layer;
					layer.bindTooltip(Praja.escapeHtml(f.properties.name), { sticky: true });
				},
				onEachKecamatan: function (f, layer) { kecamatanByCode[f.properties.code] = layer; }
			});
			desaLayer = lines.desa;
			kecamatanLayer = lines.kecamatan;
			state.labels = PrajaMap.labels(map, data[1], data[2]);
			state.kecamatanDrawn = data[1].features.length;
			tpsFeatures = data[3].features;
			tpsFeatures.forEach(function (f) { propsByCode[f.properties.code] = f.properties; });
			var select = document.getElementById('kecamatan-filter');
			drawTps(select.value);
			state.tpsDrawnAt = performance.now();
			// the canvas paints on the next animation frame; record when the TPS are visible
			requestAnimationFrame(function () {
				requestAnimationFrame(function () {
					state.tpsPaintedAt = performance.now();
					state.ready = true;
					el.dataset.ready = 'true';
				});
			});
			if (el.dataset.focusTps && focusTps(el.dataset.focusTps)) {
				return;
			}
			selectKecamatan(select.value);
		})
		.catch(function (err) {
			state.error = String(err);
			el.dataset.error = String(err);
		});

	document.getElementById('kecamatan-filter').addEventListener('change', function (e) { selectKecamatan(e.target.value); });
	document.getElementById('indicator-filter').addEventListener('change', function () {
		drawTps(document.getElementById('kecamatan-filter').value);
	});
	var timer;
	document.getElementById('map-search').addEventListener('input', function (e) {
		clearTimeout(timer);
		timer = setTimeout(function () { search(e.target.value); }, 150);
	});
})();
