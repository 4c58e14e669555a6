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
