package id.praja.report.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import tools.jackson.databind.json.JsonMapper;

import id.praja.report.PoldaOverview;

/**
 * The Polda's dashboard: every Polres under the Polda with its TPS by class, its plan,
 * the police it posts and lacks, and today's incidents, as a table and a map, with the
 * way to the Polda's Laphar.
 */
@Controller
class PoldaController {

	/** The Polda's staff: the Karoops, the Polda viewer and administrators. */
	static final String READERS = "hasAnyRole('ADMIN', 'KAROOPS', 'PENGAMAT')";

	private final PoldaOverview overview;

	private final ReportDay days;

	private final JsonMapper json = JsonMapper.builder().build();

	PoldaController(PoldaOverview overview, ReportDay days) {
		this.overview = overview;
		this.days = days;
	}

	@GetMapping("/polda")
	@PreAuthorize(READERS)
	String dashboard(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate tanggal,
			Model model) {
		LocalDate day = this.days.orDefault(tanggal);
		List<PoldaOverview.PolresRow> rows = this.overview.polres(day);
		model.addAttribute("day", day);
		model.addAttribute("rows", rows);
		model.addAttribute("classes", id.praja.vulnerability.PoliceClass.values());
		model.addAttribute("totals", totals(rows));
		model.addAttribute("markersJson",
				this.json.writeValueAsString(rows.stream()
					.filter(r -> r.lat() != null && r.lon() != null)
					.map(r -> Map.of("name", r.name(), "lat", r.lat(), "lon", r.lon(), "plan", r.plan().name(), "tps",
							r.tps(), "incidents", r.incidents(), "red", r.redIncidents()))
					.toList()));
		return "report/polda";
	}

	/** The sums of the table's columns, from its rows. */
	static Map<String, Long> totals(List<PoldaOverview.PolresRow> rows) {
		Map<String, Long> t = new LinkedHashMap<>();
		for (id.praja.vulnerability.PoliceClass c : id.praja.vulnerability.PoliceClass.values()) {
			t.put(c.name(), rows.stream().mapToLong(r -> r.tpsByClass().get(c)).sum());
		}
		t.put("tps", rows.stream().mapToLong(PoldaOverview.PolresRow::tps).sum());
		t.put("posted", rows.stream().mapToLong(PoldaOverview.PolresRow::posted).sum());
		t.put("shortfall", rows.stream().mapToLong(PoldaOverview.PolresRow::shortfall).sum());
		t.put("incidents", rows.stream().mapToLong(PoldaOverview.PolresRow::incidents).sum());
		t.put("red", rows.stream().mapToLong(PoldaOverview.PolresRow::redIncidents).sum());
		return t;
	}

}
