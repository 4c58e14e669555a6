package id.praja.press.internal;

import java.time.LocalDate;
import java.util.Map;

import org.springframework.stereotype.Component;

import id.praja.report.DailyReport;
import id.praja.report.DailyReports;

/**
 * Facts from the daily report for the voting-day summary: the Polres status line of that
 * day, as computed from the recorded events and incidents.
 */
@Component
class ReportFacts implements DraftWriter.FactContributor {

	private final DailyReports reports;

	ReportFacts(DailyReports reports) {
		this.reports = reports;
	}

	@Override
	public void contribute(String templateCode, LocalDate eventDay, Map<String, String> facts) {
		if (!"PEMUNGUTAN".equals(templateCode) || eventDay == null) {
			return;
		}
		DailyReport r = this.reports.laphar(eventDay, DailyReports.POLRES);
		facts.put("status_kamtibmas", r.statusLine());
		if (r.notable().isEmpty()) {
			facts.put("status_singkat", "Aman dan Kondusif");
		}
	}

}
