// Field app: an officer at his post reports TPS status, check-in, logistics and
// incidents. Every report gets its id (a UUID) and its time when the officer makes it,
// waits in a queue kept in localStorage, and is sent when there is a connection; the
// server ignores a report it already has, so sending twice is harmless.
(function () {
	'use strict';
	var app = document.getElementById('field-app');
	var api = app.dataset.api;
	var t = document.getElementById('field-i18n').dataset;
	var QUEUE = 'praja.lapangan.queue.v1', TPS = 'praja.lapangan.tps.v1', PLACE = 'praja.lapangan.place.v1';
	var STATUSES = ['PERSIAPAN', 'DIBUKA', 'PEMUNGUTAN', 'PENGHITUNGAN', 'SELESAI'];
	var MAX_PHOTO = 1000000, KEEP_SENT = 50, RETRY_MS = 10000;
	var flushing = false;
	// visible to tests
	var state = window.prajaField = { flushes: 0 };

	function uuid() {
		if (window.crypto && crypto.randomUUID) { return crypto.randomUUID(); }
		var b = crypto.getRandomValues(new Uint8Array(16));
		b[6] = (b[6] & 0x0f) | 0x40; b[8] = (b[8] & 0x3f) | 0x80;
		var h = Array.prototype.map.call(b, function (x) { return (x + 0x100).toString(16).slice(1); }).join('');
		return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);
	}

	function load(key, fallback) {
		try { return JSON.parse(localStorage.getItem(key)) || fallback; } catch (e) { return fallback; }
	}

	function queue() { return load(QUEUE, []); }

	function save(items) {
		var sent = items.filter(function (i) { return i.state === 'sent'; });
		if (sent.length > KEEP_SENT) {
			var drop = {};
			sent.slice(0, sent.length - KEEP_SENT).forEach(function (i) { drop[i.id] = true; });
			items = items.filter(function (i) { return !drop[i.id]; });
		}
		localStorage.setItem(QUEUE, JSON.stringify(items));
		render();
	}

	function update(id, change) {
		var items = queue();
		items.forEach(function (i) { if (i.id === id) { Object.keys(change).forEach(function (k) { i[k] = change[k]; }); } });
		save(items);
	}

	function message(text) { document.getElementById('field-message').textContent = text || ''; }

	function render() {
		var items = queue();
		var queued = items.filter(function (i) { return i.state === 'queued'; }).length;
		document.getElementById('queued-count').textContent = queued;
		document.getElementById('sent-count').textContent = items.filter(function (i) { return i.state === 'sent'; }).length;
		var online = navigator.onLine;
		var net = document.getElementById('net-state');
		net.className = 'field-net ' + (online ? 'online' : 'offline');
		document.getElementById('net-text').textContent = online ? t.online : t.offline;
		var list = document.getElementById('queue');
		list.innerHTML = '';
		items.slice().reverse().forEach(function (i) {
			var li = document.createElement('li');
			li.className = 'state-' + i.state;
			li.dataset.id = i.id;
			li.dataset.state = i.state;
			var when = Praja.time(i.body.occurredAt);
			var outcome = (i.state === 'sent' && i.sentAt) ? t.sentAt + ' ' + Praja.time(i.sentAt) : t[i.state];
			li.textContent = when + ' · ' + i.body.tps + ' · ' + i.label + ' — ' + outcome + (i.problem ? ': ' + i.problem : '');
			list.appendChild(li);
		});
		// the confirmation next to the button that made each report
		var byId = {};
		items.forEach(function (i) { byId[i.id] = i; });
		document.querySelectorAll('.confirm[data-id]').forEach(function (c) {
			var i = byId[c.dataset.id];
			if (!i) { return; }
			c.dataset.state = i.state;
			c.className = 'confirm state-' + i.state;
			c.textContent = i.state === 'sent' ? t.confirmSent + ' ' + Praja.time(i.sentAt || new Date().toISOString())
				: (i.state === 'rejected' ? t.confirmRejected + (i.problem ? ': ' + i.problem : '') : t.confirmQueued);
		});
	}

	// Shows the confirmation of a report right after the button that made it.
	function confirmNextTo(button, id) {
		if (!id) { return; }
		var c = button.nextElementSibling;
		if (!c || !c.classList.contains('confirm')) {
			c = document.createElement('span');
			c.setAttribute('role', 'status');
			button.parentNode.insertBefore(c, button.nextSibling);
		}
		c.className = 'confirm';
		c.dataset.id = id;
		render();
	}

	// The TPS's current stage, as the command center has it (the most advanced applied
	// status report); offline the last one shown stays.
	function refreshStatus() {
		var tps = currentTps(), out = document.getElementById('tps-status');
		if (!tps) { out.textContent = '–'; return Promise.resolve(); }
		return fetch(api + '/field-reports?type=STATUS&limit=200&tps=' + encodeURIComponent(tps), { credentials: 'same-origin',
			headers: { 'Accept': 'application/json' } })
			.then(function (r) { return r.ok ? r.json() : null; })
			.then(function (reports) {
				if (!reports || currentTps() !== tps) { return; }
				var best = null;
				reports.filter(function (r) { return r.applied; }).forEach(function (r) {
					if (!best || STATUSES.indexOf(r.status) > STATUSES.indexOf(best.status)) { best = r; }
				});
				out.textContent = best ? statusLabel(best.status) + ' (' + t.statusSince + ' ' + Praja.time(best.occurredAt) + ')' : t.statusNone;
				out.dataset.status = best ? best.status : '';
			})
			.catch(function () { /* offline: keep what is shown */ });
	}

	function csrf() {
		return Object.assign({ 'Content-Type': 'application/json', 'Accept': 'application/json' }, Praja.csrfHeaders());
	}

	// Sends the queued reports in the order they were made; stops at the first network
	// failure (to try again later), marks a refused report as rejected with the reason.
	function flush() {
		if (flushing) { return Promise.resolve(); }
		flushing = true;
		state.flushes++;
		var pending = queue().filter(function (i) { return i.state === 'queued'; });
		var stop = false, sentSome = false;
		return pending.reduce(function (chain, item) {
			return chain.then(function () {
				if (stop) { return; }
				return fetch(api + '/field-reports', { method: 'POST', credentials: 'same-origin', headers: csrf(),
					body: JSON.stringify(item.body) })
					.then(function (r) {
						if (r.status === 200 || r.status === 201) {
							update(item.id, { state: 'sent', problem: null, sentAt: new Date().toISOString() });
							sentSome = true;
						} else if (r.status === 401 || r.status === 403 || r.redirected) {
							stop = true;
							message(t.loginAgain);
						} else if (r.status >= 400 && r.status < 500 && r.status !== 408 && r.status !== 429) {
							return r.json().catch(function () { return {}; }).then(function (p) {
								update(item.id, { state: 'rejected', problem: p.detail || ('HTTP ' + r.status) });
							});
						} else {
							stop = true;
						}
					})
					.catch(function () { stop = true; });
			});
		}, Promise.resolve()).then(function () {
			flushing = false;
			render();
			if (sentSome) { refreshStatus(); }
		});
	}

	function currentTps() { return localStorage.getItem(TPS); }

	function enqueue(body, label, at) {
		var tps = currentTps();
		if (!tps) { message(t.pickTps); return null; }
		body.id = uuid();
		body.tps = tps;
		// the time it happened, not the time it reaches the server
		body.occurredAt = at || new Date().toISOString();
		var items = queue();
		items.push({ id: body.id, body: body, label: label, state: 'queued' });
		save(items);
		message('');
		flush();
		return body.id;
	}

	function showTps() {
		document.getElementById('tps-current').textContent = currentTps() || t.noTps;
		document.getElementById('tps-place').textContent = currentTps() ? (localStorage.getItem(PLACE) || '') : '';
		document.querySelectorAll('.assigned-tps').forEach(function (b) {
			b.classList.toggle('chosen', b.dataset.tps === currentTps());
		});
		refreshStatus();
	}

	function choose(code, place) {
		localStorage.setItem(TPS, code);
		localStorage.setItem(PLACE, place || '');
		showTps();
	}

	var searchTimer = null;
	function search(text) {
		var list = document.getElementById('tps-results');
		if (text.trim().length < 2) { list.innerHTML = ''; return; }
		fetch(api + '/tps?size=20&q=' + encodeURIComponent(text.trim()), { credentials: 'same-origin',
			headers: { 'Accept': 'application/json' } })
			.then(function (r) { return r.ok ? r.json() : { content: [] }; })
			.then(function (page) {
				list.innerHTML = '';
				if (!page.content.length) {
					var none = document.createElement('li');
					none.className = 'empty';
					none.textContent = t.noResults;
					list.appendChild(none);
				}
				page.content.forEach(function (tps) {
					var li = document.createElement('li'), a = document.createElement('a');
					a.href = '#';
					a.dataset.tps = tps.code;
					a.textContent = tps.code + ' · ' + tps.desaName + ', ' + tps.kecamatanName;
					a.addEventListener('click', function (e) {
						e.preventDefault();
						list.innerHTML = '';
						document.getElementById('tps-search').value = '';
						choose(tps.code, tps.desaName + ', ' + tps.kecamatanName);
					});
					li.appendChild(a);
					list.appendChild(li);
				});
			})
			.catch(function () { /* offline: keep the current TPS */ });
	}

	function position() {
		return new Promise(function (resolve) {
			if (!document.getElementById('incident-location').checked || !navigator.geolocation) { resolve(null); return; }
			navigator.geolocation.getCurrentPosition(function (p) { resolve(p.coords); }, function () { resolve(null); },
				{ timeout: 5000, maximumAge: 60000 });
		});
	}

	// Scales a photo down to at most 1280 px and JPEG, so that it fits the limit.
	function photo() {
		var file = document.getElementById('incident-photo').files[0];
		if (!file) { return Promise.resolve(null); }
		return new Promise(function (resolve, reject) {
			var img = new Image();
			img.onload = function () {
				var scale = Math.min(1, 1280 / Math.max(img.width, img.height));
				var canvas = document.createElement('canvas');
				canvas.width = Math.round(img.width * scale);
				canvas.height = Math.round(img.height * scale);
				canvas.getContext('2d').drawImage(img, 0, 0, canvas.width, canvas.height);
				URL.revokeObjectURL(img.src);
				var data = canvas.toDataURL('image/jpeg', 0.7);
				if (data.length * 0.75 > MAX_PHOTO) { reject(new Error(t.photoTooLarge)); } else { resolve(data); }
			};
			img.onerror = function () { reject(new Error(t.photoTooLarge)); };
			img.src = URL.createObjectURL(file);
		});
	}

	function statusLabel(s) { return t['status' + s.charAt(0) + s.slice(1).toLowerCase()]; }

	document.getElementById('tps-search').addEventListener('input', function (e) {
		clearTimeout(searchTimer);
		var text = e.target.value;
		searchTimer = setTimeout(function () { search(text); }, 250);
	});
	document.getElementById('check-in').addEventListener('click', function (e) {
		confirmNextTo(e.currentTarget, enqueue({ type: 'CHECK_IN' }, t.checkIn));
	});
	document.querySelectorAll('button[data-status]').forEach(function (b) {
		b.addEventListener('click', function () {
			confirmNextTo(b, enqueue({ type: 'STATUS', status: b.dataset.status }, statusLabel(b.dataset.status)));
		});
	});
	document.querySelectorAll('button[data-logistics]').forEach(function (b) {
		b.addEventListener('click', function () {
			confirmNextTo(b, enqueue({ type: 'LOGISTICS', logistics: b.dataset.logistics },
				b.dataset.logistics === 'ARRIVED' ? t.logisticsArrived : t.logisticsEscortedAway));
		});
	});
	document.querySelectorAll('.assigned-tps').forEach(function (b) {
		b.addEventListener('click', function () { choose(b.dataset.tps, b.dataset.place); });
	});
	document.getElementById('incident-form').addEventListener('submit', function (e) {
		e.preventDefault();
		if (!currentTps()) { message(t.pickTps); return; }
		// the moment of the report, before waiting for the location or the photo
		var at = new Date().toISOString();
		var body = { type: 'INCIDENT', incidentType: document.getElementById('incident-type').value,
			severity: document.getElementById('incident-severity').value };
		var note = document.getElementById('incident-note').value.trim();
		if (note) { body.note = note; }
		Promise.all([position(), photo()]).then(function (r) {
			if (r[0]) { body.lat = r[0].latitude; body.lon = r[0].longitude; }
			if (r[1]) { body.photo = r[1]; }
			var type = document.getElementById('incident-type');
			confirmNextTo(document.getElementById('incident-submit'),
				enqueue(body, t.incident + ': ' + type.options[type.selectedIndex].text, at));
			document.getElementById('incident-form').reset();
			document.getElementById('incident-location').checked = true;
		}).catch(function (err) { message(err.message); });
	});
	document.getElementById('flush').addEventListener('click', flush);
	window.addEventListener('online', function () { render(); flush(); });
	window.addEventListener('offline', render);
	setInterval(flush, RETRY_MS);

	if ('serviceWorker' in navigator) {
		navigator.serviceWorker.register(app.dataset.sw, { scope: app.dataset.scope }).catch(function () { /* optional */ });
	}
	// his post's TPS from the published plan, unless he chose one himself
	var firstAssigned = document.querySelector('.assigned-tps');
	if (!currentTps() && firstAssigned) {
		localStorage.setItem(TPS, firstAssigned.dataset.tps);
		localStorage.setItem(PLACE, firstAssigned.dataset.place || '');
	}
	state.assigned = firstAssigned ? firstAssigned.dataset.tps : null;
	showTps();
	render();
	flush();
})();
