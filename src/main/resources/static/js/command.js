// The command center: every TPS coloured by its stage, incidents by severity, counters,
// all kept current by the live stream (server-sent events from any node).
(function () {
	'use strict';
	var el = document.getElementById('map');
	var api = el.dataset.api;
	var t = document.getElementById('command-i18n').dataset;
	var polsekOf = JSON.parse(el.dataset.polsekAreas || '{}');
	var STATUS_COLOURS = { NONE: '#ced4da', PERSIAPAN: '#74c0fc', DIBUKA: '#40c057', PEMUNGUTAN: '#1b6e2f',
		PENGHITUNGAN: '#f59f00', SELESAI: '#5f3dc4' };
	var RANK = { PERSIAPAN: 1, DIBUKA: 2, PEMUNGUTAN: 3, PENGHITUNGAN: 4, SELESAI: 5 };
	var SEVERITY_COLOURS = { GREEN: '#2f9e44', YELLOW: '#fab005', RED: '#e03131' };
	// state visible to tests: what arrived over the stream
	var state = window.prajaCommand = { ready: false, received: 0, ids: {} };

	// a maxZoom of its own: without tiles nothing else sets it, and the clusters need it
	var map = L.map(el, { preferCanvas: true, zoomSnap: 0.25, maxZoom: 18 }).setView([-8.2, 113.65], 10);
	state.map = map;
	if (el.dataset.tileUrl) {
		L.tileLayer(el.dataset.tileUrl, { maxZoom: 19, attribution: '&copy; OpenStreetMap' }).addTo(map);
	}
	PrajaMap.legend(map, document.getElementById('command-legend'));
	var renderer = L.canvas({ padding: 0.5 });
	// from this zoom every TPS stands alone; below it nearby TPS are one numbered circle
	// coloured by the stage furthest behind among them (what needs a call first)
	var CLUSTER_UNTIL = 13;
	function clusterIcon(cluster) {
		var behind = null;
		cluster.getAllChildMarkers().forEach(function (m) {
			var s = (states[m.options.tps] || {}).status || 'NONE';
			if (behind === null || (RANK[s] || 0) < (RANK[behind] || 0)) { behind = s; }
		});
		var n = cluster.getChildCount();
		var size = n < 10 ? 30 : (n < 100 ? 36 : 44);
		return L.divIcon({ html: '<div><span>' + Praja.number(n) + '</span></div>',
			className: 'marker-cluster tps-cluster cluster-st-' + (behind || 'NONE'), iconSize: L.point(size, size) });
	}
	var tpsLayer = L.markerClusterGroup({ animate: false, chunkedLoading: true, showCoverageOnHover: false,
		spiderfyOnMaxZoom: false, disableClusteringAtZoom: CLUSTER_UNTIL, maxClusterRadius: 45,
		iconCreateFunction: clusterIcon }).addTo(map);
	var incidentLayer = L.layerGroup().addTo(map);
	var tpsByCode = {}, markers = {}, states = {}, incidents = [], incidentIds = {};

	function getJson(path) {
		return fetch(api + path, { credentials: 'same-origin', headers: { 'Accept': 'application/json, application/geo+json' } })
			.then(function (r) {
				if (!r.ok) { throw new Error(path + ': HTTP ' + r.status); }
				return r.json();
			});
	}

	var escapeHtml = Praja.escapeHtml;

	function statusName(s) { return s ? t['status' + s.charAt(0) + s.slice(1).toLowerCase()] : t.none; }

	function time(iso) { return iso ? Praja.time(iso) : ''; }

	function popup(code) {
		var p = tpsByCode[code].properties, s = states[code] || {};
		var html = '<div class="tps-popup"><strong>' + escapeHtml(code) + '</strong><br>' + escapeHtml(p.desa) + ', ' +
			escapeHtml(p.kecamatan) + '<br>' + escapeHtml(statusName(s.status)) + (s.since ? ' ' + t.since + ' ' + time(s.since) : '');
		if (s.checkedInAt) { html += '<br>' + t.checkedIn + ' ' + time(s.checkedInAt); }
		if (s.logistics) { html += '<br>' + t.logistics + ': ' + escapeHtml(t['logistics' + (s.logistics === 'ARRIVED' ? 'Arrived' : 'EscortedAway')]) + ' ' + time(s.logisticsAt); }
		return html + '</div>';
	}

	function colour(code) {
		var s = states[code];
		return STATUS_COLOURS[(s && s.status) || 'NONE'];
	}

	function drawTps() {
		Object.keys(tpsByCode).forEach(function (code) {
			var c = tpsByCode[code].geometry.coordinates;
			var m = L.circleMarker([c[1], c[0]], { renderer: renderer, radius: 4, weight: 1, color: '#333',
				fillColor: colour(code), fillOpacity: 0.9, tps: code }).bindPopup(function () { return popup(code); });
			markers[code] = m;
		});
		tpsLayer.addLayers(Object.keys(markers).map(function (code) { return markers[code]; }));
	}

	function addIncident(r) {
		if (incidentIds[r.id]) { return; }
		incidentIds[r.id] = true;
		incidents.unshift(r);
		var f = tpsByCode[r.tps];
		var at = (r.lat != null) ? [r.lat, r.lon] : (f ? [f.geometry.coordinates[1], f.geometry.coordinates[0]] : null);
		if (at) {
			L.circleMarker(at, { renderer: renderer, radius: 9, weight: 3, color: SEVERITY_COLOURS[r.severity],
				fill: false }).bindPopup('<strong>' + escapeHtml(r.tps) + '</strong><br>' + escapeHtml(r.incidentType) + ' · ' +
				escapeHtml(t['sev' + r.severity.charAt(0) + r.severity.slice(1).toLowerCase()]) + '<br>' + escapeHtml(r.note || '') +
				(r.hasPhoto ? '<br><a target="_blank" href="' + api + '/field-reports/' + r.id + '/photo">' + t.photo + '</a>' : ''))
				.addTo(incidentLayer);
		}
	}

	function apply(r) {
		state.received++;
		state.ids[r.id] = r.type;
		var s = states[r.tps] || (states[r.tps] = {});
		if (r.type === 'STATUS' && (!s.status || RANK[r.status] > RANK[s.status])) {
			s.status = r.status; s.since = r.occurredAt;
		} else if (r.type === 'CHECK_IN' && (!s.checkedInAt || r.occurredAt < s.checkedInAt)) {
			s.checkedInAt = r.occurredAt;
		} else if (r.type === 'LOGISTICS' && (!s.logisticsAt || r.occurredAt >= s.logisticsAt)) {
			s.logistics = r.logistics; s.logisticsAt = r.occurredAt;
		} else if (r.type === 'INCIDENT') {
			addIncident(r);
		}
		if (markers[r.tps]) { markers[r.tps].setStyle({ fillColor: colour(r.tps) }); }
	}

	// the desk's open incidents (all of them, for the counters) and the names of codes
	var openList = [];
	var names = {};
	document.querySelectorAll('#command-names span').forEach(function (n) { names[n.dataset.key] = n.textContent; });

	var countersPending = false;
	function counters() {
		if (countersPending) { return; }
		countersPending = true;
		setTimeout(function () {
			countersPending = false;
			var byStatus = { NONE: 0, PERSIAPAN: 0, DIBUKA: 0, PEMUNGUTAN: 0, PENGHITUNGAN: 0, SELESAI: 0, CHECKED_IN: 0,
				ARRIVED: 0, ESCORTED_AWAY: 0 };
			var polsek = {};
			Object.keys(tpsByCode).forEach(function (code) {
				var s = states[code] || {};
				byStatus[s.status || 'NONE']++;
				if (s.checkedInAt) { byStatus.CHECKED_IN++; }
				if (s.logistics) { byStatus[s.logistics]++; }
				var name = polsekOf[tpsByCode[code].properties.kecamatanCode] || tpsByCode[code].properties.kecamatan;
				var row = polsek[name] || (polsek[name] = { opened: 0, done: 0, tps: 0, incidents: 0 });
				row.tps++;
				if (s.status && RANK[s.status] >= 2) { row.opened++; }
				if (s.status === 'SELESAI') { row.done++; }
			});
			// incidents are counted from the desk's open incidents (opened from the field or at
			// the desk, with their current severity), as the wall display counts them
			var bySeverity = { GREEN: 0, YELLOW: 0, RED: 0 }, byType = {};
			openList.forEach(function (x) {
				bySeverity[x.severity]++;
				byType[x.type] = (byType[x.type] || 0) + 1;
				var f = tpsByCode[x.tps];
				var name = f && (polsekOf[f.properties.kecamatanCode] || f.properties.kecamatan);
				if (name && polsek[name]) { polsek[name].incidents++; }
			});
			document.querySelectorAll('[data-count]').forEach(function (n) { n.textContent = byStatus[n.dataset.count] || 0; });
			document.querySelectorAll('[data-severity]').forEach(function (n) { n.textContent = bySeverity[n.dataset.severity]; });
			document.querySelectorAll('[data-incident]').forEach(function (n) { n.textContent = byType[n.dataset.incident] || 0; });
			var body = document.querySelector('#polsek-counters tbody');
			body.innerHTML = '';
			Object.keys(polsek).sort().forEach(function (name) {
				var r = polsek[name], tr = document.createElement('tr');
				[name, r.opened, r.done, r.tps, r.incidents, behindPerPolsek[name] || 0].forEach(function (v, i) {
					var td = document.createElement('td');
					td.textContent = v;
					if (i > 0) { td.className = 'num'; }
					tr.appendChild(td);
				});
				body.appendChild(tr);
			});
			var list = document.getElementById('incident-list');
			list.innerHTML = '';
			incidents.slice(0, 30).forEach(function (r) {
				var li = document.createElement('li');
				var dot = document.createElement('span');
				dot.className = 'dot sev-' + r.severity;
				li.appendChild(dot);
				li.appendChild(document.createTextNode(' ' + time(r.occurredAt) + ' ' + r.tps + ' · ' +
					(names['type.' + r.incidentType] || r.incidentType) + (r.note ? ' · ' + r.note : '')));
				list.appendChild(li);
			});
			document.getElementById('received-count').textContent = state.received;
			tpsLayer.refreshClusters();
			state.statusCounts = byStatus;
		}, 250);
	}

	function loadState() {
		return Promise.all([getJson('/command/tps-status'), getJson('/field-reports?type=INCIDENT&limit=1000')])
			.then(function (data) {
				states = {};
				data[0].forEach(function (s) { states[s.tps] = s; });
				data[1].reverse().forEach(addIncident);
				Object.keys(markers).forEach(function (code) { markers[code].setStyle({ fillColor: colour(code) }); });
				counters();
			});
	}

	// open incidents with their owner ("dikerjakan oleh X"), reloaded on every incident change
	var incidentsPending = false;
	function openIncidents() {
		if (incidentsPending) { return; }
		incidentsPending = true;
		setTimeout(function () {
			incidentsPending = false;
			getJson('/incidents?open=true&limit=1000').then(function (list) {
				openList = list;
				counters();
				var ul = document.getElementById('open-incidents');
				ul.innerHTML = '';
				list.slice(0, 30).forEach(function (x) {
					var li = document.createElement('li'), a = document.createElement('a'), dot = document.createElement('span');
					dot.className = 'dot sev-' + x.severity;
					li.appendChild(dot);
					a.href = ul.dataset.link + x.id;
					a.textContent = ' #' + x.id + ' ' + x.tps + ' · ' + x.title;
					li.appendChild(a);
					li.appendChild(document.createTextNode(' · ' + (names['status.' + x.status] || x.status) + ' · ' +
						(x.owner ? t.workedBy.replace('{0}', x.owner) : t.unowned)));
					li.dataset.incident = x.id;
					ul.appendChild(li);
				});
				if (!list.length) { ul.textContent = t.noIncidents; }
				state.openIncidents = list.length;
			});
		}, 200);
	}

	// silent TPS (expected reports that have not come): counted every minute; "belum
	// melapor" is the TPS behind the report due by now (officer present, opened, counting,
	// finished: the times are the server's settings), in total and per Polsek
	var behindPerPolsek = {};
	function silent() {
		getJson('/command/silent').then(function (b) {
			var n = document.getElementById('silent-count');
			if (n) { n.textContent = b.active ? String(b.tps.length) : ''; }
			state.silent = b.active ? b.tps.length : null;
			behindPerPolsek = {};
			b.tps.forEach(function (x) {
				if (x.missed === 'POST_SILENT') { return; }
				var name = polsekOf[x.kecamatan] || x.kecamatan;
				behindPerPolsek[name] = (behindPerPolsek[name] || 0) + 1;
			});
			document.getElementById('behind-count').textContent = Praja.number(b.behind || 0);
			document.getElementById('behind-expected').textContent = b.expected
				? t.behindExpected.replace('{0}', names['missed.' + b.expected] || '').replace('{1}', Praja.time(b.expectedBy))
				: t.behindNone;
			state.behind = b.behind || 0;
			state.behindExpected = b.expected;
			counters();
		}).catch(function () { /* shown again at the next minute */ });
	}
	silent();
	setInterval(silent, 60000);

	function connect() {
		var source = new EventSource(api + '/live');
		var dot = document.getElementById('live-dot'), text = document.getElementById('live-text');
		source.addEventListener('hello', function () {
			dot.className = 'live-dot on'; text.textContent = t.live; state.connected = true;
		});
		source.addEventListener('reports', function (e) {
			JSON.parse(e.data).forEach(apply);
			counters();
		});
		source.addEventListener('incidents', function () { state.incidentEvents = (state.incidentEvents || 0) + 1; openIncidents(); });
		source.addEventListener('resync', function () { loadState(); openIncidents(); });
		source.onerror = function () {
			dot.className = 'live-dot off'; text.textContent = t.offline; state.connected = false;
		};
	}

	// the basemap (land, kecamatan and desa outlines, names by zoom) under the TPS
	var basemap = PrajaMap.basemap(map, api, !!el.dataset.tileUrl).then(function (drawn) {
		el.dataset.basemap = 'true';
		return drawn;
	}).catch(function () { return {}; /* the TPS stand without it */ });
	Promise.all([basemap, getJson('/geo/tps')]).then(function (data) {
		data[1].features.forEach(function (f) { tpsByCode[f.properties.code] = f; });
		drawTps();
		if (data[1].features.length && data[0].kecamatan) { map.fitBounds(data[0].kecamatan.getBounds(), { padding: [10, 10] }); }
		connect();
		openIncidents();
		return loadState();
	}).then(function () {
		state.ready = true;
		el.dataset.ready = 'true';
	}).catch(function (err) {
		el.dataset.error = err.message;
	});
})();
