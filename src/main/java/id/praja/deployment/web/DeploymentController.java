package id.praja.deployment.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import id.praja.personnel.PersonnelManagement;
import id.praja.personnel.UnitKind;

/**
 * The deployment plan page: posts on the map with their TPS and officers (a preview,
 * computed in the browser's request; plans are not stored yet).
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'KAOPS', 'PERENCANA')")
class DeploymentController {

	private final PersonnelManagement personnel;

	DeploymentController(PersonnelManagement personnel) {
		this.personnel = personnel;
	}

	@GetMapping("/rencana")
	String plan(Model model) {
		model.addAttribute("polsek", this.personnel.units().stream().filter(u -> u.kind() == UnitKind.POLSEK).toList());
		return "deployment/plan";
	}

}
