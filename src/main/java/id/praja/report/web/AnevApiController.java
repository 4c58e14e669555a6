package id.praja.report.web;

import java.time.LocalDate;
import java.util.Locale;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import id.praja.report.AnevMode;
import id.praja.report.AnevQuery;
import id.praja.report.Dashboard;
import id.praja.report.Dashboards;
import id.praja.report.Evaluation;
import id.praja.report.Evaluations;
import id.praja.shared.web.SheetDownload;

/**
 * The evaluation (Anev) as JSON and as CSV/XLSX, and the dashboard as JSON; bad input
 * answers 400 problem+json.
 */
@RestController
class AnevApiController {

	private final Evaluations evaluations;

	private final Dashboards dashboards;

	AnevApiController(Evaluations evaluations, Dashboards dashboards) {
		this.evaluations = evaluations;
		this.dashboards = dashboards;
	}

	@GetMapping("/api/v1/reports/anev")
	@PreAuthorize(ReportController.READERS)
	Object anevApi(@RequestParam String mode,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate against,
			@RequestParam(required = false) String stage, @RequestParam(required = false) String againstStage,
			@RequestParam(required = false) String unit, @RequestParam(required = false) String againstUnit,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String by) {
		AnevQuery q = new AnevQuery(AnevController.mode(mode), day, against, stage, againstStage, unit, againstUnit,
				from, to, by);
		return (q.mode() == AnevMode.RANK) ? this.evaluations.rank(from, to, by) : this.evaluations.compare(q);
	}

	@GetMapping("/api/v1/reports/anev/export")
	@PreAuthorize(ReportController.READERS)
	ResponseEntity<StreamingResponseBody> export(@RequestParam String format, @RequestParam String mode,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate against,
			@RequestParam(required = false) String stage, @RequestParam(required = false) String againstStage,
			@RequestParam(required = false) String unit, @RequestParam(required = false) String againstUnit,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String by) {
		AnevQuery q = new AnevQuery(AnevController.mode(mode), day, against, stage, againstStage, unit, againstUnit,
				from, to, by);
		if (q.mode() == AnevMode.RANK) {
			Evaluation.Ranking r = this.evaluations.rank(from, to, by);
			return SheetDownload.of(format,
					"anev-peringkat-" + r.by() + "-" + r.period().from() + "-" + r.period().to(),
					(xlsx, out) -> this.evaluations.write(r, xlsx, out));
		}
		Evaluation e = this.evaluations.compare(q);
		return SheetDownload.of(format,
				"anev-" + q.mode().name().toLowerCase(Locale.ROOT) + "-" + e.a().unitCode() + "-" + e.a().from(),
				(xlsx, out) -> this.evaluations.write(e, xlsx, out));
	}

	@GetMapping("/api/v1/reports/dashboard")
	@PreAuthorize(ReportController.READERS)
	Dashboard dashboardApi(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			@RequestParam(required = false) String unit) {
		return this.dashboards.dashboard((day != null) ? day : this.dashboards.defaultDay(LocalDate.now()), unit);
	}

}
