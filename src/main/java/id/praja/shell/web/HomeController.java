package id.praja.shell.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import id.praja.territory.TerritoryManagement;

/**
 * The start page: the territory at a glance and the way into each part of Praja.
 */
@Controller
class HomeController {

	private final TerritoryManagement territory;

	HomeController(TerritoryManagement territory) {
		this.territory = territory;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("summary", this.territory.summary());
		model.addAttribute("kecamatan", this.territory.kecamatan());
		return "home";
	}

}
