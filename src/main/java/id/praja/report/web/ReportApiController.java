package id.praja.report.web;

import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import id.praja.report.DailyReport;
import id.praja.report.DailyReports;
import id.praja.report.EventCategory;
import id.praja.report.NewReportEvent;
import id.praja.report.ReportEvent;

/** The daily report and the recorded events as JSON. */
@RestController
class ReportApiController {

	private final DailyReports reports;

	ReportApiController(DailyReports reports) {
		this.reports = reports;
	}

	@GetMapping("/api/v1/reports/daily")
	@PreAuthorize(ReportController.LAPHAR_READERS)
	DailyReport daily(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			@RequestParam(required = false) String unit) {
		return this.reports.laphar(day, unit);
	}

	@GetMapping("/api/v1/reports/events")
	@PreAuthorize(ReportController.READERS)
	List<ReportEvent> events(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String unit, @RequestParam(required = false) EventCategory category) {
		return this.reports.events(from, to, unit, category);
	}

	@PostMapping("/api/v1/reports/events")
	@PreAuthorize(ReportController.RECORDERS)
	@ResponseStatus(HttpStatus.CREATED)
	ReportEvent record(@RequestBody NewReportEvent event, Authentication auth) {
		return this.reports.record(event, auth.getName());
	}

}
