// One plan version: its posts of one Polsek on the map (lines from each TPS to its post's
// anchor, reserve bases with reach rings) and in a table with their officers; pins,
// explanations, and the background solve with its progress over server-sent events.
(function () {
	'use strict';
	var el = document.getElementById('map');
	var api = el.dataset.api;
	var side = document.getElementById('plan-sidebar');
	var id = side.dataset.plan;
	var draft = side.dataset.status === 'DRAFT';
	var t = document.getElementById('plan-i18n').dataset;
	var state = window.prajaPlan = { ready: false, posts: 0, progress: 0, solveState: 'IDLE' };
	var map = L.map(el, { preferCanvas: true }).setView([-8.2, 113.65], 10);
	// no tiles: the regency, its kecamatan and desa with their names are the basemap
	PrajaMap.basemap(map, api, false).catch(function () { /* the plan stands without it */ });
	PrajaMap.legend(map, document.getElementById('plan-legend'));
	var renderer = L.canvas({ padding: 0.5 });
	var layer = L.layerGroup().addTo(map);
	var coords = {}, stored = null, units = {};
	var base = api + '/deployment/plans/' + id;

	var escapeHtml = Praja.escapeHtml;

	function call(method, url, body) {
		var headers = { 'Accept': 'application/json' };
		Object.assign(headers, Praja.csrfHeaders());
		if (body) { headers['Content-Type'] = 'application/json'; }
		return fetch(url, { method: method, credentials: 'same-origin', headers: headers, body: body ? JSON.stringify(body) : undefined })
			.then(function (r) {
				return r.json().catch(function () { return {}; }).then(function (j) {
					if (!r.ok) { throw new Error(j.detail || ('HTTP ' + r.status)); }
					return j;
				});
			});
	}

	function pinned(kind, key) {
		var p = stored.pins;
		if (kind === 'post') { return p.posts.indexOf(key) >= 0; }
		if (kind === 'anchor') { return p.anchors.indexOf(key) >= 0; }
		return Object.prototype.hasOwnProperty.call(p.officers, key);
	}

	function pinButton(kind, key) {
		if (!draft) { return pinned(kind, key) ? ' <span class="tag special">' + escapeHtml(t.pinned) + '</span>' : ''; }
		var on = pinned(kind, key);
		return ' <button type="button" class="pin' + (on ? ' on' : '') + '" data-kind="' + kind + '" data-key="' + escapeHtml(key) +
			'" title="' + escapeHtml(on ? t.unpin : t.pin) + '">' + (on ? '◉' : '○') + '</button>';
	}

	function show(polsek) {
		layer.clearLayers();
		var body = document.querySelector('#plan-table tbody');
		body.innerHTML = '';
		var bounds = [];
		stored.plan.staffed.filter(function (s) { return s.post.polsek === polsek; }).forEach(function (s) {
			var anchor = coords[s.post.anchor];
			if (!anchor) { return; }
			var colour = s.post.fixed ? '#e03131' : (s.post.highestClass === 'RAWAN' ? '#f08c00' : '#0b4f8a');
			s.post.tps.forEach(function (code) {
				var at = coords[code];
				if (!at) { return; }
				bounds.push(at);
				L.polyline([anchor, at], { renderer: renderer, color: colour, weight: 1.5, opacity: 0.7 }).addTo(layer);
				L.circleMarker(at, { renderer: renderer, radius: 3, color: colour, fillOpacity: 0.8 })
					.on('click', function () { explain('tps', code); }).addTo(layer);
			});
			L.circleMarker(anchor, { renderer: renderer, radius: 6, color: '#222', fillColor: colour, fillOpacity: 1 })
				.on('click', function () { explain('post', s.post.anchor); })
				.addTo(layer);
			var tr = document.createElement('tr');
			tr.dataset.anchor = s.post.anchor;
			tr.innerHTML = '<td><a href="#" class="explain-link" data-subject="post" data-key="' + escapeHtml(s.post.anchor) + '">' +
				escapeHtml(s.post.anchor) + '</a>' + (s.post.fixed ? ' <span class="tag special">' + escapeHtml(t.fixed) + '</span>' : '') +
				pinButton('post', s.post.anchor) + '</td><td class="num">' + s.post.tps.length + '</td><td>' + s.officers.map(function (o) {
					return '<a href="#" class="explain-link" data-subject="officer" data-key="' + escapeHtml(o.nrp) + '">' +
						escapeHtml(o.rank + ' ' + o.name) + '</a>' + pinButton('officer', o.nrp);
				}).join(', ') + (s.missing ? ' <strong>+' + s.missing + '?</strong>' : '') + '</td>';
			body.appendChild(tr);
		});
		// officers' home bases: one square per unit with officers on this Polsek's posts
		var fromUnit = {};
		stored.plan.staffed.filter(function (s) { return s.post.polsek === polsek; }).forEach(function (s) {
			s.officers.forEach(function (o) { fromUnit[o.unitCode] = (fromUnit[o.unitCode] || 0) + 1; });
		});
		Object.keys(fromUnit).forEach(function (code) {
			var u = units[code];
			if (!u || u.baseLat == null) { return; }
			L.rectangle([[u.baseLat - 0.004, u.baseLon - 0.004], [u.baseLat + 0.004, u.baseLon + 0.004]],
				{ color: '#2b8a3e', weight: 2, fillOpacity: 0.6 })
				.bindPopup(escapeHtml(u.name + ': ' + fromUnit[code] + ' ' + t.officersHere)).addTo(layer);
		});
		stored.plan.reserves.bases.forEach(function (b) {
			// reach ring: 30 minutes at 40 km/h with a 1.4 detour, about 14 km
			L.circle([b.lat, b.lon], { radius: 30 / 60 * 40 / 1.4 * 1000, color: '#7a1fa2', weight: 1, fillOpacity: 0.04 }).addTo(layer);
			L.marker([b.lat, b.lon], { title: b.name }).bindPopup(escapeHtml(t.reserve + ': ' + b.name)).addTo(layer);
		});
		if (bounds.length) { map.fitBounds(bounds, { padding: [20, 20] }); }
	}

	function explain(subject, key) {
		call('GET', base + '/explain?subject=' + subject + '&key=' + encodeURIComponent(key)).then(function (e) {
			var box = document.getElementById('plan-explain');
			box.innerHTML = '<strong>' + escapeHtml(e.id) + '</strong> → ' + escapeHtml(e.anchor) +
				(e.pinned ? ' <span class="tag special">' + escapeHtml(t.pinned) + '</span>' : '') +
				'<ul>' + e.reasons.map(function (r) { return '<li>' + escapeHtml(r) + '</li>'; }).join('') + '</ul>' +
				(e.alternatives.length ? '<p>' + escapeHtml(t.alternatives) + '</p><ul>' + e.alternatives.map(function (a) {
					return '<li>' + escapeHtml(a.option) + ': ' + (a.deltaMetres >= 0 ? '+' : '') + (a.deltaMetres / 1000).toFixed(2) + ' km · ' + escapeHtml(a.note) + '</li>';
				}).join('') + '</ul>' : '');
			box.hidden = false;
			box.dataset.subject = subject;
			box.dataset.key = key;
		}).catch(function (err) { progress(String(err.message)); });
	}

	document.getElementById('plan-table').addEventListener('click', function (e) {
		var link = e.target.closest('.explain-link');
		if (link) { e.preventDefault(); explain(link.dataset.subject, link.dataset.key); return; }
		var pin = e.target.closest('button.pin');
		if (pin) {
			var on = !pin.classList.contains('on');
			call('POST', base + '/pins', { kind: pin.dataset.kind, key: pin.dataset.key, on: on }).then(function (s) {
				stored = s;
				show(document.getElementById('plan-polsek').value);
			}).catch(function (err) { progress(String(err.message)); });
		}
	});

	function progress(text) {
		var p = document.getElementById('plan-progress');
		if (p) { p.textContent = text; }
	}

	function watch() {
		var solve = document.getElementById('plan-solve');
		var stop = document.getElementById('plan-stop');
		var source = new EventSource(base + '/progress', { withCredentials: true });
		source.addEventListener('progress', function (e) {
			var p = JSON.parse(e.data);
			state.progress++;
			state.solveState = 'RUNNING';
			solve.disabled = true;
			stop.disabled = false;
			progress(t.best + ' ' + p.distanceKm.toFixed(2) + ' km · ' + p.polsekDone + '/' + p.polsekTotal + ' Polsek · ' + p.seconds.toFixed(1) + ' s');
		});
		source.addEventListener('done', function (e) {
			source.close();
			var d = JSON.parse(e.data);
			state.solveState = d.state;
			progress(d.state === 'FAILED' ? t.failed + ' ' + d.result : (d.state === 'STOPPED' ? t.stopped : t.done));
			solve.disabled = false;
			stop.disabled = true;
			load().then(function () { window.location.reload(); });
		});
		source.addEventListener('idle', function () { source.close(); });
		source.onerror = function () { source.close(); };
	}

	function load() {
		return call('GET', base).then(function (s) { stored = s; });
	}

	if (draft) {
		document.getElementById('plan-solve').addEventListener('click', function () {
			var seconds = document.getElementById('plan-seconds').value || '2';
			progress(t.running);
			call('POST', base + '/solve?secondsPerPolsek=' + encodeURIComponent(seconds)).then(watch)
				.catch(function (err) { progress(String(err.message)); });
		});
		document.getElementById('plan-stop').addEventListener('click', function () {
			call('POST', base + '/stop').catch(function (err) { progress(String(err.message)); });
		});
		call('GET', base + '/state').then(function (s) { if (s.state === 'RUNNING') { watch(); } });
	}

	Promise.all([
		fetch(api + '/geo/tps', { credentials: 'same-origin', headers: { 'Accept': 'application/geo+json, application/json' } })
			.then(function (r) { return r.json(); })
			.then(function (geo) {
				geo.features.forEach(function (f) { coords[f.properties.code] = [f.geometry.coordinates[1], f.geometry.coordinates[0]]; });
			}),
		load(),
		fetch(api + '/units', { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
			.then(function (r) { return r.ok ? r.json() : []; })
			.then(function (list) { (list.content || list).forEach(function (u) { units[u.code] = u; }); })
			.catch(function () { })
	]).then(function () {
		state.posts = stored.plan.staffed.length;
		show(document.getElementById('plan-polsek').value);
		state.ready = true;
		el.dataset.ready = 'true';
	});
	document.getElementById('plan-polsek').addEventListener('change', function (e) { if (stored) { show(e.target.value); } });
})();
