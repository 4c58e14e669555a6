// The deployment plan preview: posts of one Polsek on the map (lines from each TPS to its
// post's anchor) and in a table with their officers.
(function () {
	'use strict';
	var el = document.getElementById('map');
	var api = el.dataset.api;
	var t = document.getElementById('plan-i18n').dataset;
	var state = window.prajaPlan = { ready: false, posts: 0 };
	var map = L.map(el, { preferCanvas: true }).setView([-8.2, 113.65], 10);
	var renderer = L.canvas({ padding: 0.5 });
	var layer = L.layerGroup().addTo(map);
	var coords = {}, plan = null;
	var csrf = document.querySelector('meta[name="_csrf"]');
	var csrfHeader = document.querySelector('meta[name="_csrf_header"]');

	function escapeHtml(s) {
		return String(s).replace(/[&<>"']/g, function (c) {
			return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
		});
	}

	fetch(api + '/geo/tps', { credentials: 'same-origin', headers: { 'Accept': 'application/geo+json, application/json' } })
		.then(function (r) { return r.json(); })
		.then(function (geo) {
			geo.features.forEach(function (f) { coords[f.properties.code] = [f.geometry.coordinates[1], f.geometry.coordinates[0]]; });
		});

	function show(polsek) {
		['sprin-pdf', 'sprin-xlsx'].forEach(function (id) {
			var a = document.getElementById(id);
			a.href = a.dataset.base + '&polsek=' + encodeURIComponent(polsek);
		});
		layer.clearLayers();
		var body = document.querySelector('#plan-table tbody');
		body.innerHTML = '';
		var bounds = [];
		plan.staffed.filter(function (s) { return s.post.polsek === polsek; }).forEach(function (s) {
			var anchor = coords[s.post.anchor];
			if (!anchor) { return; }
			var colour = s.post.fixed ? '#e03131' : (s.post.highestClass === 'RAWAN' ? '#f08c00' : '#0b4f8a');
			s.post.tps.forEach(function (code) {
				var at = coords[code];
				if (!at) { return; }
				bounds.push(at);
				L.polyline([anchor, at], { renderer: renderer, color: colour, weight: 1.5, opacity: 0.7 }).addTo(layer);
				L.circleMarker(at, { renderer: renderer, radius: 3, color: colour, fillOpacity: 0.8 }).addTo(layer);
			});
			L.circleMarker(anchor, { renderer: renderer, radius: 6, color: '#222', fillColor: colour, fillOpacity: 1 })
				.bindPopup('<strong>' + escapeHtml(s.post.anchor) + '</strong><br>' + s.officers.map(function (o) {
					return escapeHtml(o.rank + ' ' + o.name + ' (' + o.nrp + ')');
				}).join('<br>'))
				.addTo(layer);
			var tr = document.createElement('tr');
			tr.innerHTML = '<td>' + escapeHtml(s.post.anchor) + (s.post.fixed ? ' <span class="tag special">' + escapeHtml(t.fixed) + '</span>' : '') +
				'</td><td class="num">' + s.post.tps.length + '</td><td>' + s.officers.map(function (o) {
					return escapeHtml(o.rank + ' ' + o.name);
				}).join(', ') + (s.missing ? ' <strong>+' + s.missing + '?</strong>' : '') + '</td>';
			body.appendChild(tr);
		});
		plan.reserves.bases.forEach(function (b) {
			// reach ring: 30 minutes at 40 km/h with a 1.4 detour, about 14 km
			L.circle([b.lat, b.lon], { radius: 30 / 60 * 40 / 1.4 * 1000, color: '#7a1fa2', weight: 1, fillOpacity: 0.04 }).addTo(layer);
			L.marker([b.lat, b.lon], { title: b.name }).bindPopup(escapeHtml(t.reserve + ': ' + b.name)).addTo(layer);
		});
		if (bounds.length) { map.fitBounds(bounds, { padding: [20, 20] }); }
	}

	document.getElementById('plan-run').addEventListener('click', function () {
		var status = document.getElementById('plan-status');
		status.textContent = t.running;
		var headers = { 'Accept': 'application/json' };
		if (csrf && csrfHeader) { headers[csrfHeader.content] = csrf.content; }
		fetch(api + '/deployment/preview?secondsPerPolsek=0', { method: 'POST', credentials: 'same-origin', headers: headers })
			.then(function (r) { if (!r.ok) { throw new Error('HTTP ' + r.status); } return r.json(); })
			.then(function (result) {
				plan = result;
				state.posts = result.staffed.length;
				state.missing = result.missing;
				document.getElementById('plan-posts').textContent = result.staffed.length;
				document.getElementById('plan-police').textContent = result.posts.police;
				document.getElementById('plan-missing').textContent = result.missing;
				document.getElementById('plan-reserves').textContent = result.reserves.teams;
				state.reserves = result.reserves.teams;
				document.getElementById('plan-summary').hidden = false;
				status.textContent = t.done;
				show(document.getElementById('plan-polsek').value);
				state.ready = true;
				el.dataset.ready = 'true';
			})
			.catch(function (err) { status.textContent = t.failed + ' ' + err; });
	});
	document.getElementById('plan-polsek').addEventListener('change', function (e) { if (plan) { show(e.target.value); } });
})();
