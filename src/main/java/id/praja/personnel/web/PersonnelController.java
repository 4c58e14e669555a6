package id.praja.personnel.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.praja.personnel.OfficerImportRejected;
import id.praja.personnel.OfficerQuery;
import id.praja.personnel.OfficerStatus;
import id.praja.personnel.PersonnelManagement;
import id.praja.personnel.Qualification;
import id.praja.personnel.Rank;
import id.praja.personnel.StatusPeriod;
import id.praja.personnel.Unit;
import id.praja.personnel.UnitKind;
import id.praja.shared.NotFound;
import id.praja.territory.TerritoryManagement;

/**
 * Pages of the roster: officers (search, filters, paging, status on a day), one officer
 * (with his periods of absence), units (with the Polsek areas), and the officer import.
 */
@Controller
@PreAuthorize("!hasRole('HUMAS')")
class PersonnelController {

	private static final int PAGE_SIZE = 50;

	private final PersonnelManagement personnel;

	private final TerritoryManagement territory;

	PersonnelController(PersonnelManagement personnel, TerritoryManagement territory) {
		this.personnel = personnel;
		this.territory = territory;
	}

	@GetMapping("/personel")
	String officers(@RequestParam(required = false) String q, @RequestParam(required = false) String unit,
			@RequestParam(required = false) String rank,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
			@RequestParam(defaultValue = "0") int page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		Rank r = Rank.parse(rank).orElse(null);
		OfficerQuery query = new OfficerQuery(q, unit, r, Math.max(page, 0), PAGE_SIZE);
		LocalDate day = (on != null) ? on : LocalDate.now();
		model.addAttribute("query", query);
		model.addAttribute("day", day);
		model.addAttribute("result", this.personnel.officers(query));
		model.addAttribute("units", this.personnel.units().stream().filter(u -> u.kind().isPolice()).toList());
		model.addAttribute("ranks", Rank.values());
		model.addAttribute("statusCounts", this.personnel.statusCounts(day));
		return (htmx != null) ? "personnel/officers :: results" : "personnel/officers";
	}

	@GetMapping("/personel/{nrp}")
	String officer(@PathVariable String nrp, Model model) {
		model.addAttribute("officer",
				this.personnel.officer(nrp).orElseThrow(() -> new NotFound("no officer with NRP " + nrp)));
		model.addAttribute("today", LocalDate.now());
		model.addAttribute("statuses",
				List.of(OfficerStatus.CUTI, OfficerStatus.SAKIT, OfficerStatus.DIKLAT, OfficerStatus.SKORSING));
		model.addAttribute("qualifications", Qualification.values());
		return "personnel/officer";
	}

	@PostMapping("/personel/{nrp}/status")
	@PreAuthorize("hasAnyRole('ADMIN', 'PERENCANA', 'KAPOLSEK')")
	String recordStatus(@PathVariable String nrp, @RequestParam OfficerStatus status,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, RedirectAttributes redirect) {
		try {
			this.personnel.recordStatus(nrp, new StatusPeriod(status, from, to));
			redirect.addFlashAttribute("saved", true);
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/personel/" + nrp;
	}

	@GetMapping("/satuan")
	String units(Model model) {
		List<Unit> units = this.personnel.units();
		model.addAttribute("units", units);
		model.addAttribute("police", units.stream().filter(u -> u.kind().isPolice()).mapToInt(Unit::officers).sum());
		model.addAttribute("tni",
				units.stream()
					.filter(u -> u.kind() == UnitKind.TNI)
					.mapToInt(u -> (u.strength() != null) ? u.strength() : 0)
					.sum());
		var linmas = this.personnel.linmas();
		model.addAttribute("linmas", linmas.stream().mapToInt(l -> l.strength()).sum());
		model.addAttribute("linmasDesa", linmas.size());
		model.addAttribute("areas", this.personnel.polsekAreas());
		model.addAttribute("kecamatan", this.territory.kecamatan());
		model.addAttribute("polsek", units.stream().filter(u -> u.kind() == UnitKind.POLSEK).toList());
		return "personnel/units";
	}

	@PostMapping("/satuan/wilayah")
	@PreAuthorize("hasRole('ADMIN')")
	String assign(@RequestParam String kecamatan, @RequestParam String polsek, RedirectAttributes redirect) {
		try {
			this.personnel.assignKecamatan(kecamatan, polsek);
			redirect.addFlashAttribute("saved", kecamatan);
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/satuan#wilayah";
	}

	@GetMapping("/personel/impor")
	@PreAuthorize("hasAnyRole('ADMIN', 'PERENCANA')")
	String importForm() {
		return "personnel/import";
	}

	@PostMapping("/personel/impor")
	@PreAuthorize("hasAnyRole('ADMIN', 'PERENCANA')")
	String importFile(@RequestParam("file") MultipartFile file, Model model) throws IOException {
		model.addAttribute("fileName", file.getOriginalFilename());
		try {
			model.addAttribute("result", this.personnel.importOfficers(file.getOriginalFilename(), file.getBytes()));
			// a long job says when it finished
			model.addAttribute("finishedAt", java.time.Instant.now());
		}
		catch (OfficerImportRejected ex) {
			model.addAttribute("problems", ex.problems());
		}
		return "personnel/import";
	}

}
