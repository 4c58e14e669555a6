package id.praja.report.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import tools.jackson.databind.json.JsonMapper;

import id.praja.personnel.Unit;
import id.praja.report.AnevMode;
import id.praja.report.AnevQuery;
import id.praja.report.Dashboard;
import id.praja.report.Dashboards;
import id.praja.report.Evaluation;
import id.praja.report.Evaluations;
import id.praja.report.internal.ReportUnits;

/**
 * The evaluation (Anev) page comparing periods and units with its chart and CSV/XLSX
 * export links, and the operation's dashboard. Readers as for the Laphar.
 */
@Controller
class AnevController {

	/** Figures drawn in the comparison chart (the loss in rupiah has its own scale). */
	static final List<String> CHARTED = List.of("KEJAHATAN", "PELANGGARAN", "GANGGUAN", "BENCANA", "LAKA_LANTAS", "MD",
			"LB", "LR", "UNJUK_RASA", "KEGIATAN", "INSIDEN");

	private final Evaluations evaluations;

	private final Dashboards dashboards;

	private final ReportUnits units;

	private final MessageSource messages;

	private final JsonMapper json = JsonMapper.builder().build();

	private final ReportDay days;

	AnevController(Evaluations evaluations, Dashboards dashboards, ReportUnits units, MessageSource messages,
			ReportDay days) {
		this.days = days;
		this.evaluations = evaluations;
		this.dashboards = dashboards;
		this.units = units;
		this.messages = messages;
	}

	@GetMapping("/laporan/anev")
	@PreAuthorize(ReportController.READERS)
	String anev(@RequestParam(required = false) String mode,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate tanggal,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate banding,
			@RequestParam(required = false) String tahap, @RequestParam(required = false) String tahapBanding,
			@RequestParam(required = false) String satuan, @RequestParam(required = false) String satuanBanding,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dari,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate sampai,
			@RequestParam(required = false) String urut, Model model) {
		AnevMode m = mode(mode);
		LocalDate day = this.days.orDefault(tanggal);
		List<Unit> polseks = this.units.polseks();
		LocalDate to = (sampai != null) ? sampai : day;
		LocalDate from = (dari != null) ? dari : to.minusDays(6);
		AnevQuery q;
		if (m == AnevMode.UNIT) {
			String a = (satuan != null && !satuan.isBlank()) ? satuan
					: (polseks.isEmpty() ? null : polseks.get(0).code());
			String b = (satuanBanding != null && !satuanBanding.isBlank()) ? satuanBanding
					: (polseks.size() > 1 ? polseks.get(1).code() : this.units.unit(null));
			q = new AnevQuery(m, day, null, null, null, a, b, from, to, null);
		}
		else {
			q = new AnevQuery(m, day, banding, tahap, tahapBanding, satuan, null, from, to, urut);
		}
		model.addAttribute("mode", m);
		model.addAttribute("day", day);
		model.addAttribute("units", polseks);
		model.addAttribute("stages", this.evaluations.stages());
		model.addAttribute("codes", this.evaluations.figureCodes());
		model.addAttribute("labels", labels());
		if (m == AnevMode.RANK) {
			Evaluation.Ranking r = this.evaluations.rank(from, to, urut);
			model.addAttribute("ranking", r);
			model.addAttribute("chartJson", this.json.writeValueAsString(rankChart(r)));
			exports(model, exportQuery(
					new AnevQuery(m, null, null, null, null, null, null, r.period().from(), r.period().to(), r.by())));
		}
		else {
			Evaluation e = this.evaluations.compare(q);
			model.addAttribute("e", e);
			model.addAttribute("chartJson", this.json.writeValueAsString(compareChart(e)));
			exports(model, exportQuery(new AnevQuery(m, q.day(), banding, tahap, tahapBanding, e.a().unitCode(),
					e.b().unitCode(), q.from(), q.to(), null)));
		}
		return "report/anev";
	}

	@GetMapping("/laporan/dasbor")
	@PreAuthorize(ReportController.READERS)
	String dashboard(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate tanggal,
			@RequestParam(required = false) String satuan, Model model) {
		LocalDate day = (tanggal != null) ? tanggal : this.dashboards.defaultDay(LocalDate.now());
		Dashboard d = this.dashboards.dashboard(day, satuan);
		model.addAttribute("d", d);
		model.addAttribute("units", this.units.polseks());
		Map<String, Object> trend = new LinkedHashMap<>();
		trend.put("days", d.trend().days().stream().map(LocalDate::toString).toList());
		trend.put("kamtibmas", d.trend().kamtibmas());
		trend.put("activities", d.trend().activities());
		model.addAttribute("trendJson", this.json.writeValueAsString(trend));
		model.addAttribute("areasJson", this.json.writeValueAsString(d.areas()));
		return "report/dashboard";
	}

	@ExceptionHandler(IllegalArgumentException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String problem(IllegalArgumentException ex, Model model) {
		model.addAttribute("problem", ex.getMessage());
		return "report/problem";
	}

	static AnevMode mode(String mode) {
		if (mode == null || mode.isBlank()) {
			return AnevMode.DAY;
		}
		try {
			return AnevMode.valueOf(mode.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("unknown mode " + mode + "; one of DAY, WEEK, STAGE, UNIT, RANK");
		}
	}

	private Map<String, String> labels() {
		Locale locale = LocaleContextHolder.getLocale();
		Map<String, String> labels = new LinkedHashMap<>();
		this.evaluations.labels()
			.forEach((code, label) -> labels.put(code, code.startsWith("KEGIATAN_") ? label
					: this.messages.getMessage("anev.fig." + code, null, label, locale)));
		return labels;
	}

	private Map<String, Object> compareChart(Evaluation e) {
		Map<String, String> labels = labels();
		Map<String, Object> chart = new LinkedHashMap<>();
		chart.put("type", "compare");
		chart.put("labels", CHARTED.stream().map(labels::get).toList());
		chart.put("aLabel", e.a().label() + " · " + e.a().unitName());
		chart.put("bLabel", e.b().label() + " · " + e.b().unitName());
		chart.put("a", CHARTED.stream().map(c -> e.row(c).a()).toList());
		chart.put("b", CHARTED.stream().map(c -> e.row(c).b()).toList());
		return chart;
	}

	private Map<String, Object> rankChart(Evaluation.Ranking r) {
		Map<String, Object> chart = new LinkedHashMap<>();
		chart.put("type", "rank");
		chart.put("labels", r.rows().stream().map(Evaluation.RankRow::unitName).toList());
		chart.put("aLabel", labels().get(r.by()));
		chart.put("a", r.rows().stream().map(Evaluation.RankRow::value).toList());
		chart.put("bLabel", r.previous().label());
		chart.put("b", r.rows().stream().map(Evaluation.RankRow::previous).toList());
		return chart;
	}

	private static Map<String, String> exportQuery(AnevQuery q) {
		Map<String, String> p = new LinkedHashMap<>();
		p.put("mode", q.mode().name());
		put(p, "day", q.day());
		put(p, "against", q.against());
		put(p, "stage", q.stage());
		put(p, "againstStage", q.againstStage());
		put(p, "unit", q.unit());
		put(p, "againstUnit", (q.mode() == AnevMode.UNIT) ? q.againstUnit() : null);
		if (q.mode() == AnevMode.UNIT || q.mode() == AnevMode.RANK) {
			put(p, "from", q.from());
			put(p, "to", q.to());
		}
		put(p, "by", q.by());
		return p;
	}

	private static void put(Map<String, String> p, String key, Object value) {
		if (value != null && !value.toString().isBlank()) {
			p.put(key, value.toString());
		}
	}

	private static void exports(Model model, Map<String, String> query) {
		model.addAttribute("csvUrl", "/api/v1/reports/anev/export?" + queryString(query, "csv"));
		model.addAttribute("xlsxUrl", "/api/v1/reports/anev/export?" + queryString(query, "xlsx"));
		model.addAttribute("apiUrl",
				"/api/v1/reports/anev?" + queryString(query, null).replaceFirst("^format=null&", ""));
	}

	/** Export links: the query string for CSV and XLSX. */
	static String queryString(Map<String, String> p, String format) {
		List<String> parts = new ArrayList<>();
		parts.add("format=" + format);
		p.forEach(
				(k, v) -> parts.add(k + "=" + java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8)));
		return String.join("&", parts);
	}

}
