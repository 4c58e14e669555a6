package id.praja.audit.web;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import id.praja.audit.AuditPage;
import id.praja.audit.AuditQuery;
import id.praja.audit.AuditTrail;

/**
 * The audit trail for administrators: a filterable page and the same as JSON.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Audit", description = "The append-only audit trail (administrators)")
class AuditController {

	private final AuditTrail trail;

	AuditController(AuditTrail trail) {
		this.trail = trail;
	}

	@GetMapping("/audit")
	String page(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
			@RequestParam(required = false) String subject,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		AuditQuery query = new AuditQuery(actor, action, subject, from, to, Math.max(page, 0), 50);
		model.addAttribute("query", query);
		model.addAttribute("result", this.trail.find(query));
		return (htmx != null) ? "audit/trail :: results" : "audit/trail";
	}

	@GetMapping(path = "/api/v1/audit", produces = "application/json")
	@ResponseBody
	@Operation(summary = "Audit entries, newest first; filters actor, action (prefix), subject, from, to (dates)")
	AuditPage api(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
			@RequestParam(required = false) String subject,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "100") int size) {
		return this.trail.find(new AuditQuery(actor, action, subject, from, to, page, size));
	}

}
