package id.praja.shell.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import id.praja.territory.TerritoryManagement;

/**
 * The start page: the territory at a glance and the way into each part of Praja; a field
 * officer goes straight to the field app.
 */
@Controller
class HomeController {

	private final TerritoryManagement territory;

	HomeController(TerritoryManagement territory) {
		this.territory = territory;
	}

	@GetMapping("/")
	String home(Model model, org.springframework.security.core.Authentication user) {
		// a field officer's day is the field app: he lands there after login
		if (user != null && user.getAuthorities().stream().anyMatch(a -> "ROLE_LAPANGAN".equals(a.getAuthority()))) {
			return "redirect:/lapangan";
		}
		model.addAttribute("summary", this.territory.summary());
		model.addAttribute("kecamatan", this.territory.kecamatan());
		return "home";
	}

}
