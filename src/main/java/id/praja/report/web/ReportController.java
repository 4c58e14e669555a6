package id.praja.report.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.praja.report.DailyReport;
import id.praja.report.DailyReports;
import id.praja.report.EventCategory;
import id.praja.report.NewReportEvent;
import id.praja.report.internal.ReportUnits;

/**
 * The daily report page with its one-click PDF and XLSX, the records behind every number,
 * and the desk's entry form for kamtibmas, traffic and protest events.
 */
@Controller
class ReportController {

	static final String READERS = "hasAnyRole('ADMIN', 'KAOPS', 'PERENCANA', 'KAPOLSEK', 'PENGAMAT')";

	/**
	 * The Laphar: the report readers, the task-force leaders (Kasatgas) and the Karoops
	 * (the Polda's roll-up).
	 */
	static final String LAPHAR_READERS = "hasAnyRole('ADMIN', 'KAOPS', 'PERENCANA', 'KAPOLSEK', 'PENGAMAT', 'KASATGAS', 'KAROOPS')";

	static final String RECORDERS = "hasAnyRole('ADMIN', 'PERENCANA', 'KAPOLSEK', 'OPERATOR')";

	/** The day shown when none is chosen: voting day of the reference election. */

	private final DailyReports reports;

	private final ReportDay days;

	private final ReportUnits units;

	private final org.springframework.context.MessageSource messages;

	ReportController(DailyReports reports, ReportUnits units, ReportDay days,
			org.springframework.context.MessageSource messages) {
		this.messages = messages;
		this.reports = reports;
		this.units = units;
		this.days = days;
	}

	@GetMapping("/laporan/harian")
	@PreAuthorize(LAPHAR_READERS)
	String laphar(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate tanggal,
			@RequestParam(required = false) String satuan, Model model, Locale locale) {
		LocalDate day = this.days.orDefault(tanggal);
		DailyReport report = this.reports.laphar(day, satuan, locale);
		model.addAttribute("r", report);
		model.addAttribute("units", this.units.polseks());
		model.addAttribute("stages", this.reports.stagesOn(day));
		model.addAttribute("mayIssue", this.reports.mayIssue());
		return "report/laphar";
	}

	@GetMapping("/laporan/harian/pdf")
	@PreAuthorize(LAPHAR_READERS)
	void pdf(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate tanggal,
			@RequestParam(required = false) String satuan, Authentication auth, HttpServletResponse response)
			throws IOException {
		// printed by an issuer, the Laphar takes its number from the register, kept from
		// then on; any other reader prints a draft without a number
		DailyReport report = this.reports.print(tanggal, satuan, auth.getName());
		response.setContentType("application/pdf");
		String draft = (report.letter().number() == null) ? "konsep-" : "";
		response.setHeader("Content-Disposition",
				"attachment; filename=\"" + draft + "laphar-" + report.unitCode() + "-" + tanggal + ".pdf\"");
		this.reports.writePdf(report, response.getOutputStream());
	}

	@GetMapping("/laporan/harian/xlsx")
	@PreAuthorize(LAPHAR_READERS)
	void xlsx(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate tanggal,
			@RequestParam(required = false) String satuan, HttpServletResponse response) throws IOException {
		DailyReport report = this.reports.laphar(tanggal, satuan);
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader("Content-Disposition",
				"attachment; filename=\"laphar-" + report.unitCode() + "-" + tanggal + ".xlsx\"");
		this.reports.writeXlsx(report, response.getOutputStream());
	}

	@GetMapping("/laporan/harian/rincian")
	@PreAuthorize(LAPHAR_READERS)
	String details(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate tanggal,
			@RequestParam(required = false) String satuan, @RequestParam(required = false) String kategori,
			@RequestParam(required = false) String satgas, @RequestParam(required = false) String personel,
			@RequestParam(required = false, defaultValue = "false") boolean kemarin, Model model) {
		String unit = this.units.unit(satuan);
		LocalDate day = kemarin ? tanggal.minusDays(1) : tanggal;
		model.addAttribute("day", day);
		model.addAttribute("unit", unit);
		if (satgas != null) {
			model.addAttribute("activities", this.reports.activities(day, unit, satgas.equals("ALL") ? null : satgas));
		}
		else if (personel != null) {
			model.addAttribute("posts", this.reports.posts(unit));
		}
		else {
			List<EventCategory> categories = categories(kategori);
			model.addAttribute("events",
					this.reports.events(day, day, unit, null)
						.stream()
						.filter(e -> categories.contains(e.category()))
						.toList());
		}
		return "report/details";
	}

	private static List<EventCategory> categories(String kategori) {
		if (kategori == null || kategori.isBlank() || kategori.equals("TOTAL")) {
			return EventCategory.KAMTIBMAS;
		}
		try {
			return List.of(EventCategory.valueOf(kategori));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("unknown category " + kategori);
		}
	}

	@GetMapping("/laporan/kejadian")
	@PreAuthorize(RECORDERS)
	String form(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate tanggal,
			Model model) {
		LocalDate day = this.days.orDefault(tanggal);
		model.addAttribute("day", day);
		model.addAttribute("recent", this.reports.events(day, day, null, null));
		model.addAttribute("unitNames", this.units.polseksAndFunctions()
			.stream()
			.collect(java.util.stream.Collectors.toMap(id.praja.personnel.Unit::code, id.praja.personnel.Unit::name)));
		model.addAttribute("units", this.units.polseksAndFunctions());
		model.addAttribute("categories", EventCategory.values());
		return "report/event-form";
	}

	@PostMapping("/laporan/kejadian")
	@PreAuthorize(RECORDERS)
	String record(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, @RequestParam String unit,
			@RequestParam EventCategory category, @RequestParam String subcategory,
			@RequestParam(required = false) Integer count, @RequestParam(required = false) Integer dead,
			@RequestParam(required = false) Integer badlyHurt, @RequestParam(required = false) Integer lightlyHurt,
			@RequestParam(required = false) Long lossRp, @RequestParam(required = false) Boolean notable,
			@RequestParam(required = false) String note,
			@RequestParam(required = false) @DateTimeFormat(pattern = "HH:mm") LocalTime time, Authentication auth,
			RedirectAttributes redirect) {
		try {
			this.reports.record(new NewReportEvent(day, unit, category, subcategory, count, dead, badlyHurt,
					lightlyHurt, lossRp, notable, note, time), auth.getName());
			redirect.addFlashAttribute("saved", true);
		}
		catch (IllegalArgumentException ex) {
			// the refusal names a message key: shown in the user's words
			String key = String.valueOf(ex.getMessage());
			redirect.addFlashAttribute("problem", this.messages.getMessage(key, null, key,
					org.springframework.context.i18n.LocaleContextHolder.getLocale()));
		}
		return "redirect:/laporan/kejadian?tanggal=" + day;
	}

}
