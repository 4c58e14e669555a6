package id.praja.territory.web;

import java.io.IOException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import id.praja.territory.TerritoryManagement;
import id.praja.territory.TpsImportRejected;
import id.praja.territory.TpsQuery;

/**
 * The TPS registry as a table (search, filters, paging) and the TPS import page.
 */
@Controller
class TpsController {

	private static final int PAGE_SIZE = 50;

	private final TerritoryManagement territory;

	TpsController(TerritoryManagement territory) {
		this.territory = territory;
	}

	@GetMapping("/tps")
	String list(@RequestParam(required = false) String kecamatan, @RequestParam(required = false) String desa,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		TpsQuery query = new TpsQuery(kecamatan, desa, q, Math.max(page, 0), PAGE_SIZE);
		model.addAttribute("query", query);
		model.addAttribute("result", this.territory.findTps(query));
		model.addAttribute("summary", this.territory.summary());
		model.addAttribute("kecamatanList", this.territory.kecamatan());
		model.addAttribute("desaList",
				(query.kecamatan() != null) ? this.territory.desa(query.kecamatan()) : java.util.List.of());
		return (htmx != null) ? "territory/tps-list :: results" : "territory/tps-list";
	}

	@GetMapping("/tps/import")
	@PreAuthorize("hasAnyRole('ADMIN', 'PERENCANA')")
	String importForm() {
		return "territory/tps-import";
	}

	@PostMapping("/tps/import")
	@PreAuthorize("hasAnyRole('ADMIN', 'PERENCANA')")
	String importFile(@RequestParam("file") MultipartFile file, Model model) throws IOException {
		model.addAttribute("fileName", file.getOriginalFilename());
		try {
			model.addAttribute("result", this.territory.importTps(file.getOriginalFilename(), file.getBytes()));
		}
		catch (TpsImportRejected ex) {
			model.addAttribute("problems", ex.problems());
		}
		return "territory/tps-import";
	}

}
