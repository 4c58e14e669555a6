// The floor game (TFG) page and its replay. Live mode: the game arrives over SSE (the
// server's clock is authoritative; it sends the whole game four times a second while the
// clock runs); the facilitator's buttons and forms and the players' dispatches call the
// JSON API. Replay mode: the recorded log is stepped through on the client with a slider
// or the play button, read-only.
(function () {
	'use strict';
	var root = document.getElementById('fg-root');
	var api = root.dataset.api;
	var mode = root.dataset.mode;
	var facilitator = root.dataset.facilitator === 'true';
	var player = root.dataset.player === 'true';
	var text = {};
	document.querySelectorAll('#fg-i18n span').forEach(function (s) { text[s.dataset.key] = s.textContent; });
	var state = window.prajaFloorGame = { ready: false, game: null, error: null, updates: 0 };
	var SEVERITY_COLOUR = { GREEN: '#2b8a3e', YELLOW: '#f08c00', RED: '#e03131' };

	function t(key, vars) {
		var s = text[key] || key;
		Object.keys(vars || {}).forEach(function (k) { s = s.split('%' + k + '%').join(vars[k]); });
		return s;
	}

	// an instant as local time with seconds and the Polres' zone
	function wib(iso) {
		return Praja.time(iso, true);
	}

	function el(tag, content, cls) {
		var e = document.createElement(tag);
		if (content !== undefined && content !== null) { e.textContent = content; }
		if (cls) { e.className = cls; }
		return e;
	}

	function row(cells) {
		var tr = document.createElement('tr');
		cells.forEach(function (c) {
			var td = document.createElement('td');
			if (c instanceof Node) { td.appendChild(c); } else { td.textContent = c; }
			tr.appendChild(td);
		});
		return tr;
	}

	function severity(s) {
		return el('span', t('command.severity.' + s), 'fg-sev ' + s);
	}

	function call(method, path, body) {
		var headers = { 'Accept': 'application/json' };
		Object.assign(headers, Praja.csrfHeaders());
		if (body !== undefined) { headers['Content-Type'] = 'application/json'; }
		return fetch(api + path, { method: method, credentials: 'same-origin', headers: headers,
			body: body !== undefined ? JSON.stringify(body) : undefined })
			.then(function (r) {
				if (!r.ok) {
					return r.json().catch(function () { return {}; }).then(function (p) { throw new Error(p.detail || r.status); });
				}
				return r.json();
			});
	}

	function status(message) {
		var s = document.getElementById('fg-status');
		if (s) { s.textContent = message; }
	}

	function fail(err) {
		state.error = String(err.message || err);
		status(t('fg.failed') + ' ' + state.error);
	}

	// --- map ---
	var mapEl = document.getElementById('map');
	var map = L.map(mapEl, { preferCanvas: true, maxZoom: 18 }).setView([-8.2, 113.65], 10);
	var incidentLayer = L.layerGroup().addTo(map);
	var unitLayer = L.layerGroup().addTo(map);
	// land, outlines and names are the basemap (no tiles offline), with a legend
	PrajaMap.legend(map, document.getElementById('fg-legend'));
	PrajaMap.basemap(map, mapEl.dataset.api, false)
		.then(function () { mapEl.dataset.basemap = 'true'; })
		.catch(function () { /* boundaries are optional */ });

	function drawMap(incidents, units) {
		incidentLayer.clearLayers();
		unitLayer.clearLayers();
		var unitAt = {};
		units.forEach(function (u) {
			unitAt[u.code] = [u.lat, u.lon];
			L.circleMarker([u.lat, u.lon], { radius: 6, color: '#0b4f8a', fillColor: u.available ? '#4dabf7' : '#adb5bd', fillOpacity: 0.9, weight: 2 })
				.bindTooltip(u.code + ' · ' + u.name + ' · ' + t('incident.unitStatus.' + u.status))
				.addTo(unitLayer);
		});
		incidents.forEach(function (i) {
			var at = [i.inject.lat, i.inject.lon];
			var resolved = i.status === 'RESOLVED';
			L.circleMarker(at, { radius: resolved ? 6 : 10, color: SEVERITY_COLOUR[i.severity], fillOpacity: resolved ? 0.15 : 0.6, weight: 2 })
				.bindTooltip('#' + i.inject.id + ' ' + t('command.incident.' + i.inject.type) + ' · ' + i.inject.tps + ' · ' + t('fg.incident.' + i.status))
				.addTo(incidentLayer);
			if (i.unit && !resolved && unitAt[i.unit]) {
				L.polyline([unitAt[i.unit], at], { color: '#0b4f8a', weight: 2, dashArray: i.status === 'DISPATCHED' ? '6 6' : null })
					.addTo(incidentLayer);
			}
		});
	}

	function eventText(e, injects) {
		var p = e.payload || {};
		var inject = injects[p.inject];
		return t('fg.ev.' + e.kind, {
			speed: p.speed, inject: p.inject, unit: p.unit, minutes: p.travelMinutes, text: p.text,
			severity: p.severity ? t('command.severity.' + p.severity) : '',
			type: inject ? t('command.incident.' + inject.type) : '', tps: inject ? inject.tps : ''
		});
	}

	function drawEvents(events, injects) {
		var list = document.getElementById('event-list');
		list.innerHTML = '';
		events.slice().reverse().forEach(function (e) {
			var li = el('li');
			li.dataset.kind = e.kind;
			li.value = e.seq;
			li.appendChild(el('span', wib(e.gameTime), 'fg-time'));
			li.appendChild(document.createTextNode(eventText(e, injects) + ' — ' + e.actor));
			list.appendChild(li);
		});
	}

	function byId(injects) {
		var m = {};
		injects.forEach(function (i) { m[i.id] = i; });
		return m;
	}

	// --- live ---
	var signatures = {};

	function changed(name, value) {
		var s = JSON.stringify(value);
		if (signatures[name] === s) { return false; }
		signatures[name] = s;
		return true;
	}

	function renderLive(game) {
		state.game = game;
		state.updates++;
		document.getElementById('fg-clock').textContent = wib(game.gameTime);
		var st = document.getElementById('fg-state');
		st.textContent = t('fg.state.' + game.state);
		st.dataset.state = game.state;
		document.getElementById('fg-speed').textContent = game.speed + '×';
		if (facilitator) {
			document.getElementById('fg-start').disabled = !(game.state === 'SETUP' || game.state === 'PAUSED');
			document.getElementById('fg-pause').disabled = game.state !== 'RUNNING';
			document.getElementById('fg-end').disabled = game.state === 'ENDED';
			document.querySelectorAll('.fg-speed').forEach(function (b) {
				b.disabled = game.state === 'ENDED' || Number(b.dataset.speed) === game.speed;
			});
		}
		var s = game.summary;
		document.getElementById('fg-summary').textContent = s.incidents + ' / ' + s.responded + ' / '
			+ (s.meanMinutes === null ? '–' : s.meanMinutes.toFixed(1)) + ' / '
			+ (s.worstMinutes === null ? '–' : s.worstMinutes.toFixed(1)) + ' / ' + s.withinTarget;
		var injects = byId(game.injects);
		var available = game.units.filter(function (u) { return u.status === 'AVAILABLE'; });
		var canDispatch = player && (game.state === 'RUNNING' || game.state === 'PAUSED');
		if (changed('incidents', [game.incidents.map(function (i) { return [i.inject.id, i.status, i.severity, i.unit]; }),
			available.map(function (u) { return u.unit.code; }), canDispatch])) {
			drawIncidents(game.incidents, available, canDispatch);
		}
		if (changed('units', game.units.map(function (u) { return [u.unit.code, u.status]; }))) {
			var body = document.querySelector('#unit-table tbody');
			body.innerHTML = '';
			game.units.forEach(function (u) {
				var tr = row([u.unit.code, u.unit.name, t('incident.unitStatus.' + u.status) + (u.until ? ' (' + wib(u.until).substring(0, 5) + ')' : '')]);
				tr.dataset.unit = u.unit.code;
				tr.dataset.status = u.status;
				body.appendChild(tr);
			});
		}
		if (changed('injects', [game.injects, game.incidents.length, game.state])) {
			var fired = {};
			game.incidents.forEach(function (i) { fired[i.inject.id] = true; });
			var ib = document.querySelector('#inject-table tbody');
			ib.innerHTML = '';
			game.injects.forEach(function (i) {
				var action = el('span', fired[i.id] ? t('fg.fired') : t('fg.pending'));
				if (facilitator && !fired[i.id] && game.state !== 'ENDED') {
					action = el('button', t('fg.remove'), 'link-button');
					action.type = 'button';
					action.addEventListener('click', function () {
						call('DELETE', '/injects/' + i.id).then(renderLive).catch(fail);
					});
				}
				var tr = row([String(i.id), wib(i.at).substring(0, 5), i.tps, t('command.incident.' + i.type), action]);
				tr.dataset.inject = i.id;
				ib.appendChild(tr);
			});
		}
		if (changed('events', game.events.length)) {
			drawEvents(game.events, injects);
		}
		if (changed('map', [game.incidents.map(function (i) { return [i.inject.id, i.status, i.severity]; }),
			game.units.map(function (u) { return u.status; })])) {
			drawMap(game.incidents, game.units.map(function (u) {
				return { code: u.unit.code, name: u.unit.name, lat: u.unit.lat, lon: u.unit.lon, status: u.status, available: u.status === 'AVAILABLE' };
			}));
		}
	}

	function drawIncidents(incidents, available, canDispatch) {
		var body = document.querySelector('#incident-table tbody');
		var chosen = {};
		body.querySelectorAll('select.dispatch-unit').forEach(function (s) { chosen[s.dataset.incident] = s.value; });
		body.innerHTML = '';
		incidents.slice().reverse().forEach(function (i) {
			var unitCell;
			if (i.unit) {
				unitCell = el('span', i.unit + (i.responseMinutes !== null ? ' · ' + i.responseMinutes.toFixed(1) + ' ' + t('fg.minutes') : ''));
			} else if (canDispatch && i.status === 'REPORTED') {
				unitCell = el('span');
				if (available.length === 0) {
					unitCell.textContent = t('fg.noUnit');
				} else {
					var select = el('select', null, 'dispatch-unit');
					select.dataset.incident = i.inject.id;
					available.forEach(function (u) {
						// the unit the desk's dispatch rule would send is marked and preselected
						var o = el('option', u.unit.code + ' · ' + u.unit.name + (u.unit.code === i.recommended ? ' · ' + t('fg.recommended') : ''));
						o.value = u.unit.code;
						select.appendChild(o);
					});
					if (i.recommended) { select.value = i.recommended; }
					if (chosen[i.inject.id]) { select.value = chosen[i.inject.id]; }
					var button = el('button', t('fg.dispatch'), 'dispatch-button');
					button.type = 'button';
					button.dataset.incident = i.inject.id;
					button.addEventListener('click', function () {
						button.disabled = true;
						call('POST', '/dispatches', { incident: i.inject.id, unit: select.value })
							.then(renderLive).catch(function (err) { button.disabled = false; fail(err); });
					});
					unitCell.appendChild(select);
					unitCell.appendChild(button);
				}
			} else {
				unitCell = el('span', '–');
			}
			var tr = row([String(i.inject.id), wib(i.firedAt).substring(0, 5),
				i.inject.tps + ' · ' + t('command.incident.' + i.inject.type), severity(i.severity), t('fg.incident.' + i.status), unitCell]);
			tr.dataset.incident = i.inject.id;
			tr.dataset.status = i.status;
			body.appendChild(tr);
		});
	}

	function live() {
		function on(id, handler) {
			var b = document.getElementById(id);
			if (b) { b.addEventListener('click', handler); }
		}
		on('fg-start', function () { call('POST', '/start').then(renderLive).catch(fail); });
		on('fg-pause', function () { call('POST', '/pause').then(renderLive).catch(fail); });
		on('fg-end', function (e) {
			if (window.confirm(e.target.dataset.confirmText)) { call('POST', '/end').then(renderLive).catch(fail); }
		});
		document.querySelectorAll('.fg-speed').forEach(function (b) {
			b.addEventListener('click', function () {
				call('POST', '/speed', { speed: Number(b.dataset.speed) }).then(renderLive).catch(fail);
			});
		});
		var injectForm = document.getElementById('inject-form');
		if (injectForm) {
			injectForm.addEventListener('submit', function (e) {
				e.preventDefault();
				call('POST', '/injects', {
					at: document.getElementById('inject-at').value, tps: document.getElementById('inject-tps').value,
					type: document.getElementById('inject-type').value, severity: document.getElementById('inject-severity').value,
					description: document.getElementById('inject-note').value
				}).then(function (g) { status(t('fg.saved')); renderLive(g); }).catch(fail);
			});
		}
		var noteForm = document.getElementById('note-form');
		if (noteForm) {
			noteForm.addEventListener('submit', function (e) {
				e.preventDefault();
				var input = document.getElementById('note-text');
				call('POST', '/notes', { text: input.value }).then(function (g) { input.value = ''; renderLive(g); }).catch(fail);
			});
		}
		var lessonsForm = document.getElementById('lessons-form');
		if (lessonsForm) {
			lessonsForm.addEventListener('submit', function (e) {
				e.preventDefault();
				call('PUT', '/lessons', { text: document.getElementById('lessons').value })
					.then(function (g) { status(t('fg.saved')); renderLive(g); }).catch(fail);
			});
		}
		call('GET', '').then(function (g) {
			renderLive(g);
			var source = new EventSource(api + '/stream');
			source.addEventListener('game', function (m) { renderLive(JSON.parse(m.data)); });
			state.ready = true;
			root.dataset.ready = 'true';
		}).catch(fail);
	}

	// --- replay ---
	function replay() {
		var slider = document.getElementById('replay-slider');
		var game;
		var startMs;
		var timer = null;

		function show(ms) {
			var until = startMs + ms;
			var events = game.events.filter(function (e) { return Date.parse(e.gameTime) <= until; });
			var injects = byId(game.injects);
			var incidents = {};
			var order = [];
			var busy = {};
			events.forEach(function (e) {
				var p = e.payload;
				if (e.kind === 'INJECT_FIRED') {
					incidents[p.inject] = { inject: injects[p.inject], firedAt: e.gameTime, status: 'REPORTED', severity: injects[p.inject].severity, unit: null };
					order.push(p.inject);
				} else if (e.kind === 'DISPATCH') {
					incidents[p.inject].status = 'DISPATCHED';
					incidents[p.inject].unit = p.unit;
					busy[p.unit] = 'EN_ROUTE';
				} else if (e.kind === 'ARRIVED') {
					incidents[p.inject].status = 'ON_SCENE';
					incidents[p.inject].severity = p.severity;
					busy[p.unit] = 'ON_SCENE';
				} else if (e.kind === 'RESOLVED') {
					incidents[p.inject].status = 'RESOLVED';
					busy[p.unit] = 'RETURNING';
				}
			});
			document.getElementById('fg-clock').textContent = wib(new Date(until).toISOString());
			document.getElementById('replay-shown').textContent = String(events.length);
			var body = document.querySelector('#incident-table tbody');
			body.innerHTML = '';
			order.slice().reverse().forEach(function (id) {
				var i = incidents[id];
				var tr = row([String(id), wib(i.firedAt).substring(0, 5), i.inject.tps + ' · ' + t('command.incident.' + i.inject.type),
					severity(i.severity), t('fg.incident.' + i.status), i.unit || '–']);
				tr.dataset.incident = id;
				tr.dataset.status = i.status;
				body.appendChild(tr);
			});
			drawEvents(events, injects);
			drawMap(order.map(function (id) { return incidents[id]; }), game.units.map(function (u) {
				var s = busy[u.unit.code] || 'AVAILABLE';
				return { code: u.unit.code, name: u.unit.name, lat: u.unit.lat, lon: u.unit.lon, status: s, available: s === 'AVAILABLE' };
			}));
			state.shown = events.length;
		}

		call('GET', '').then(function (g) {
			game = g;
			state.game = g;
			startMs = Date.parse(g.clockStart);
			var last = g.events.length ? Date.parse(g.events[g.events.length - 1].gameTime) : startMs;
			slider.max = String(Math.max(0, last - startMs));
			slider.value = '0';
			show(0);
			slider.addEventListener('input', function () { show(Number(slider.value)); });
			document.getElementById('replay-play').addEventListener('click', function () {
				if (timer) { clearInterval(timer); timer = null; return; }
				if (Number(slider.value) >= Number(slider.max)) { slider.value = '0'; }
				timer = setInterval(function () {
					var speed = Number(document.getElementById('replay-speed').value);
					var next = Math.min(Number(slider.max), Number(slider.value) + 100 * speed);
					slider.value = String(next);
					show(next);
					if (next >= Number(slider.max)) { clearInterval(timer); timer = null; }
				}, 100);
			});
			state.ready = true;
			root.dataset.ready = 'true';
		}).catch(fail);
	}

	if (mode === 'replay') { replay(); } else { live(); }
})();
