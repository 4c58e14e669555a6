package id.praja.territory.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import id.praja.territory.TerritoryManagement;

/**
 * The territory map: kabupaten outline, kecamatan and desa boundaries and every TPS.
 */
@Controller
class MapController {

	private final TerritoryManagement territory;

	private final String tileUrl;

	MapController(TerritoryManagement territory, @Value("${praja.map.tile-url:}") String tileUrl) {
		this.territory = territory;
		this.tileUrl = tileUrl;
	}

	@GetMapping("/peta")
	String map(@RequestParam(required = false) String kecamatan, @RequestParam(required = false) String tps,
			@RequestParam(name = "indikator", required = false) String indicator, Model model) {
		model.addAttribute("summary", this.territory.summary());
		model.addAttribute("kecamatanList", this.territory.kecamatan());
		model.addAttribute("selectedKecamatan", kecamatan);
		model.addAttribute("focusTps", tps);
		model.addAttribute("selectedIndicator", indicator);
		model.addAttribute("tileUrl", this.tileUrl);
		return "territory/map";
	}

}
