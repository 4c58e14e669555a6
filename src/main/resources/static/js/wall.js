// The command post's wall display: counters, TPS opened/finished and incidents per hour,
// open incidents and a Polsek table; reloaded from the API when the live stream reports a
// change (at most once a second) and every 30 seconds.
(function () {
	'use strict';
	var el = document.getElementById('wall');
	var api = el.dataset.api;
	var areas = JSON.parse(el.dataset.areas || '{}');
	var t = document.getElementById('wall-i18n').dataset;
	var state = window.prajaWall = { loads: 0, opened: 0, incidents: 0 };
	var RANK = { PERSIAPAN: 1, DIBUKA: 2, PEMUNGUTAN: 3, PENGHITUNGAN: 4, SELESAI: 5 };
	var chart = null, tpsPerKecamatan = {}, total = 0, pending = null;

	function getJson(path) {
		return fetch(api + path, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
			.then(function (r) { if (!r.ok) { throw new Error(path + ': HTTP ' + r.status); } return r.json(); });
	}

	function text(id, value) { document.getElementById(id).textContent = value; }

	var escapeHtml = Praja.escapeHtml;
	var names = {};
	document.querySelectorAll('#command-names span').forEach(function (n) { names[n.dataset.key] = n.textContent; });

	function load() {
		pending = null;
		// "belum melapor": TPS behind the report due by now (officer present, opened,
		// counting, finished; the times are the server's settings), as on the desk
		var silent = getJson('/command/silent').then(function (b) {
			document.getElementById('wall-silent-box').hidden = !b.active;
			text('wall-silent', String(b.tps.length));
			text('wall-none', (b.behind || 0).toLocaleString(Praja.locale()));
			text('wall-behind-expected', b.expected
				? t.behindExpected.replace('{0}', names['missed.' + b.expected] || '').replace('{1}', Praja.time(b.expectedBy))
				: t.behindNone);
			state.behind = b.behind || 0;
			return b;
		}).catch(function () { return null; /* kept until the next load */ });
		return Promise.all([getJson('/command/tps-status'), getJson('/command/hourly'), getJson('/incidents?open=true&limit=1000'), silent])
			.then(function (r) {
				var states = r[0], hours = r[1], incidents = r[2], board = r[3];
				var behind = {};
				(board ? board.tps : []).forEach(function (x) {
					if (x.missed !== 'POST_SILENT') { var k = areas[x.kecamatan] || x.kecamatan; behind[k] = (behind[k] || 0) + 1; }
				});
				var opened = 0, counting = 0, finished = 0, perPolsek = {};
				Object.keys(tpsPerKecamatan).forEach(function (k) {
					var name = areas[k] || k;
					var row = perPolsek[name] || (perPolsek[name] = { opened: 0, finished: 0, tps: 0 });
					row.tps += tpsPerKecamatan[k];
				});
				states.forEach(function (s) {
					var rank = RANK[s.status] || 0;
					var row = perPolsek[areas[s.kecamatan] || s.kecamatan] || { opened: 0, finished: 0, tps: 0 };
					if (rank >= 2) { opened++; row.opened++; }
					if (rank === 4) { counting++; }
					if (rank === 5) { finished++; row.finished++; }
				});
				text('wall-total', total.toLocaleString(Praja.locale()));
				text('wall-opened', opened.toLocaleString(Praja.locale()));
				text('wall-counting', counting.toLocaleString(Praja.locale()));
				text('wall-finished', finished.toLocaleString(Praja.locale()));
				document.querySelectorAll('[data-severity]').forEach(function (n) {
					n.textContent = incidents.filter(function (i) { return i.severity === n.dataset.severity; }).length;
				});
				var body = document.querySelector('#wall-incident-table tbody');
				// words, never codes: the severity and status by name, the place by its Polsek
				body.innerHTML = incidents.slice(0, 12).map(function (i) {
					return '<tr class="sev-row-' + escapeHtml(i.severity) + '"><td><span class="dot sev-' + escapeHtml(i.severity) + '"></span> ' +
						escapeHtml(names['severity.' + i.severity] || '') + '</td><td>' + escapeHtml(i.title) +
						'</td><td>' + escapeHtml(i.tps) + (areas[i.kecamatan] ? '<br><small>' + escapeHtml(areas[i.kecamatan]) + '</small>' : '') +
						'</td><td>' + escapeHtml(names['status.' + i.status] || '') + '</td></tr>';
				}).join('');
				document.getElementById('wall-no-incidents').hidden = incidents.length > 0;
				var rows = Object.keys(perPolsek).sort();
				document.querySelector('#wall-polsek-table tbody').innerHTML = rows.map(function (name) {
					var p = perPolsek[name];
					return '<tr><td>' + escapeHtml(name) + '</td><td class="num">' + p.opened + '</td><td class="num">' + p.finished +
						'</td><td class="num">' + p.tps + '</td><td class="num">' + (behind[name] || 0) + '</td></tr>';
				}).join('');
				var labels = hours.map(function (h) { return String(h.hour).padStart(2, '0'); });
				var data = [hours.map(function (h) { return h.opened; }), hours.map(function (h) { return h.finished; }),
					hours.map(function (h) { return h.incidents; })];
				if (!chart) {
					chart = new Chart(document.getElementById('wall-hourly'), {
						type: 'bar',
						data: { labels: labels, datasets: [
							{ label: t.opened, data: data[0], backgroundColor: '#2b8a3e' },
							{ label: t.finished, data: data[1], backgroundColor: '#0b4f8a' },
							{ label: t.incidents, data: data[2], backgroundColor: '#e03131' }] },
						options: { animation: false, responsive: true,
							plugins: { legend: { labels: { font: { size: 18 } } } },
							scales: { x: { ticks: { font: { size: 16 } } }, y: { beginAtZero: true, ticks: { font: { size: 16 }, precision: 0 } } } }
					});
				}
				else {
					data.forEach(function (d, i) { chart.data.datasets[i].data = d; });
					chart.update();
				}
				drawMap(states, incidents);
				text('wall-updated', Praja.time(new Date()));
				state.loads++;
				state.opened = opened;
				state.incidents = incidents.length;
				el.dataset.loads = String(state.loads);
			})
			.catch(function () { text('wall-live', t.offline); document.getElementById('live-dot').classList.remove('on'); });
	}

	// the map: every TPS coloured by its stage (numbered groups at low zoom, coloured by the
	// stage furthest behind), open incidents as rings, on the offline basemap with a legend
	var COLOURS = { NONE: '#ced4da', PERSIAPAN: '#74c0fc', DIBUKA: '#40c057', PEMUNGUTAN: '#1b6e2f',
		PENGHITUNGAN: '#f59f00', SELESAI: '#5f3dc4' };
	var SEVERITY_COLOURS = { GREEN: '#2f9e44', YELLOW: '#fab005', RED: '#e03131' };
	var mapEl = document.getElementById('wall-map');
	var map = null, tpsLayer = null, incidentLayer = null, markers = {}, statusOf = {}, tpsAt = {};
	if (mapEl && window.L) {
		map = L.map(mapEl, { preferCanvas: true, zoomSnap: 0.25, maxZoom: 18, attributionControl: false }).setView([-8.2, 113.65], 10);
		state.map = map;
		if (mapEl.dataset.tileUrl) { L.tileLayer(mapEl.dataset.tileUrl, { maxZoom: 19 }).addTo(map); }
		PrajaMap.legend(map, document.getElementById('wall-legend'), 'topright');
		tpsLayer = L.markerClusterGroup({ animate: false, chunkedLoading: true, showCoverageOnHover: false,
			spiderfyOnMaxZoom: false, disableClusteringAtZoom: 13, maxClusterRadius: 45,
			iconCreateFunction: function (cluster) {
				var behind = null;
				cluster.getAllChildMarkers().forEach(function (m) {
					var st = statusOf[m.options.tps] || 'NONE';
					if (behind === null || (RANK[st] || 0) < (RANK[behind] || 0)) { behind = st; }
				});
				var n = cluster.getChildCount(), size = n < 10 ? 30 : (n < 100 ? 36 : 44);
				return L.divIcon({ html: '<div><span>' + Praja.number(n) + '</span></div>',
					className: 'marker-cluster tps-cluster cluster-st-' + (behind || 'NONE'), iconSize: L.point(size, size) });
			} }).addTo(map);
		incidentLayer = L.layerGroup().addTo(map);
		var renderer = L.canvas({ padding: 0.5 });
		var basemap = PrajaMap.basemap(map, api, !!mapEl.dataset.tileUrl)
			.catch(function () { return {}; /* the TPS stand without it */ });
		Promise.all([basemap, getJson('/geo/tps')]).then(function (geo) {
			geo[1].features.forEach(function (f) {
				var c = f.geometry.coordinates, code = f.properties.code;
				tpsAt[code] = [c[1], c[0]];
				markers[code] = L.circleMarker([c[1], c[0]], { renderer: renderer, radius: 4, weight: 1, color: '#333',
					fillColor: COLOURS[statusOf[code] || 'NONE'], fillOpacity: 0.9, tps: code });
			});
			tpsLayer.addLayers(Object.keys(markers).map(function (k) { return markers[k]; }));
			if (geo[0].kecamatan) { map.fitBounds(geo[0].kecamatan.getBounds(), { padding: [6, 6] }); }
			mapEl.dataset.ready = 'true';
		}).catch(function (err) { mapEl.dataset.error = err.message; });
	}

	function drawMap(states, incidents) {
		if (!map) { return; }
		statusOf = {};
		states.forEach(function (s) { if (s.status) { statusOf[s.tps] = s.status; } });
		Object.keys(markers).forEach(function (code) { markers[code].setStyle({ fillColor: COLOURS[statusOf[code] || 'NONE'] }); });
		tpsLayer.refreshClusters();
		incidentLayer.clearLayers();
		incidents.forEach(function (i) {
			if (tpsAt[i.tps]) {
				L.circleMarker(tpsAt[i.tps], { radius: 11, weight: 4, color: SEVERITY_COLOURS[i.severity], fill: false }).addTo(incidentLayer);
			}
		});
	}

	function soon() {
		if (!pending) { pending = setTimeout(load, 1000); }
	}

	function clock() {
		text('wall-clock', Praja.time(new Date()));
	}

	function listen() {
		var source = new EventSource(api + '/live');
		source.onopen = function () { text('wall-live', t.live); document.getElementById('live-dot').classList.add('on'); };
		['reports', 'incidents'].forEach(function (name) { source.addEventListener(name, soon); });
		source.onerror = function () { text('wall-live', t.offline); document.getElementById('live-dot').classList.remove('on'); };
	}

	getJson('/territory/summary').then(function (s) { total = s.tps; })
		.then(function () { return getJson('/kecamatan'); })
		.then(function (list) { (list.content || list).forEach(function (k) { tpsPerKecamatan[k.code] = k.tpsCount; }); })
		.catch(function () { })
		.then(load)
		.then(listen);
	clock();
	setInterval(clock, 10000);
	setInterval(load, 30000);
})();
