// Shared helpers of every page: local time in the Polres' zone with its name (WIB, WITA,
// WIT) and Indonesian numbers, from the meta tags the layout writes.
window.Praja = window.Praja || {};
(function (P) {
	function meta(name, fallback) {
		var m = document.querySelector('meta[name="' + name + '"]');
		return (m && m.content) ? m.content : fallback;
	}
	P.zone = function () { return meta('praja-zone', 'Asia/Jakarta'); };
	P.zoneName = function () { return meta('praja-zone-name', 'WIB'); };
	P.locale = function () { return meta('praja-lang', 'id') === 'en' ? 'en-GB' : 'id-ID'; };
	// an instant (ISO text or Date) as local time of day with the zone, e.g. "07.15 WIB"
	P.time = function (at, seconds) {
		if (!at) { return '–'; }
		var options = { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: P.zone() };
		if (seconds) { options.second = '2-digit'; }
		return new Date(at).toLocaleTimeString(P.locale(), options) + ' ' + P.zoneName();
	};
	// an instant as local date and time with the zone, e.g. "26 Nov 2024 07.15 WIB"
	P.dateTime = function (at) {
		if (!at) { return '–'; }
		var d = new Date(at);
		return d.toLocaleDateString(P.locale(), { day: 'numeric', month: 'short', year: 'numeric', timeZone: P.zone() })
			+ ' ' + P.time(d);
	};
	P.number = function (n) { return Number(n).toLocaleString(P.locale()); };
	P.escapeHtml = function (s) {
		return String(s === undefined || s === null ? '' : s).replace(/[&<>"']/g, function (c) {
			return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
		});
	};
	P.csrfHeaders = function () {
		var token = document.querySelector('meta[name="_csrf"]');
		var header = document.querySelector('meta[name="_csrf_header"]');
		var headers = {};
		if (token && header) { headers[header.content] = token.content; }
		return headers;
	};
})(window.Praja);

// Sends the CSRF token with every htmx request that changes something.
document.addEventListener('htmx:configRequest', function (event) {
	var token = document.querySelector('meta[name="_csrf"]');
	var header = document.querySelector('meta[name="_csrf_header"]');
	if (token && header && event.detail.verb !== 'get') {
		event.detail.headers[header.content] = token.content;
	}
});

// Selects marked data-autosubmit submit their form on change (no inline handlers: the
// Content-Security-Policy forbids them); data-clear names a field to empty first.
document.addEventListener('change', function (event) {
	var el = event.target;
	if (!el.matches || !el.matches('[data-autosubmit]')) {
		return;
	}
	if (el.dataset.clear && el.form.elements[el.dataset.clear]) {
		el.form.elements[el.dataset.clear].value = '';
	}
	el.form.submit();
});

// Forms marked data-confirm ask before they are sent.
document.addEventListener('submit', function (event) {
	var form = event.target;
	if (form.dataset && form.dataset.confirm && !window.confirm(form.dataset.confirm)) {
		event.preventDefault();
	}
});
