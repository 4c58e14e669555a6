package id.praja.deployment.web;

import java.security.Principal;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import id.praja.deployment.DeploymentManagement;
import id.praja.deployment.DeploymentPlans;
import id.praja.deployment.StaffingPattern;
import id.praja.vulnerability.PoliceClass;
import id.praja.deployment.StoredPlan;
import id.praja.personnel.PersonnelManagement;
import id.praja.personnel.UnitKind;

/**
 * The deployment plan pages: the versions (make a draft, compare two), and one version on
 * the map with its score, the solve's progress, pins, explanations and the Sprin.
 */
@Controller
@PreAuthorize(PlanAccess.PLANNERS)
class DeploymentController {

	private final PersonnelManagement personnel;

	private final DeploymentPlans plans;

	private final DeploymentManagement planner;

	DeploymentController(PersonnelManagement personnel, DeploymentPlans plans, DeploymentManagement planner) {
		this.personnel = personnel;
		this.plans = plans;
		this.planner = planner;
	}

	@GetMapping("/rencana")
	@PreAuthorize(PlanAccess.READERS)
	String versions(@RequestParam(required = false) Long from, @RequestParam(required = false) Long to, Model model) {
		model.addAttribute("versions", PlanAccess.versions(this.plans));
		if (from != null && to != null) {
			PlanAccess.readable(this.plans, from);
			PlanAccess.readable(this.plans, to);
			model.addAttribute("comparison", this.plans.compare(from, to));
		}
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("duty", this.planner.tpsDuty());
		model.addAttribute("bkoArriving", this.plans.reinforcements());
		return "deployment/versions";
	}

	/**
	 * The rule which Polres functions may be posted to TPS, from the ticks of the
	 * versions page ({@code allowed} once per ticked function).
	 */
	@PostMapping("/rencana/fungsi-tps")
	String tpsDuty(@RequestParam(name = "allowed", required = false) List<String> allowed,
			org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
		try {
			this.planner.changeTpsDuty(new java.util.HashSet<>((allowed != null) ? allowed : List.of()));
			redirect.addFlashAttribute("dutySaved", true);
		}
		catch (IllegalArgumentException ex) {
			// a function that is not (or no longer) in the roster: nothing changed
			redirect.addFlashAttribute("dutyProblem", true);
		}
		return "redirect:/rencana#fungsi-tps";
	}

	/**
	 * Makes (or opens) the Sprin of the TPS security of a published version.
	 */
	@PostMapping("/rencana/{id}/sprin")
	String makeSprin(@PathVariable long id, org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
		try {
			return "redirect:/operasi/sprin/" + this.plans.makeSprin(id).id();
		}
		catch (id.praja.shared.Conflict ex) {
			redirect.addFlashAttribute("sprinNeedsPublished", true);
			return "redirect:/rencana/" + id;
		}
	}

	@PostMapping("/rencana")
	String create(Principal user) {
		StoredPlan draft = this.plans.createDraft(user.getName());
		return "redirect:/rencana/" + draft.version().id();
	}

	@GetMapping("/rencana/{id}")
	@PreAuthorize(PlanAccess.READERS)
	String plan(@PathVariable long id, Model model) {
		StoredPlan plan = PlanAccess.readable(this.plans, id);
		model.addAttribute("plan", plan);
		model.addAttribute("classes", PoliceClass.values());
		model.addAttribute("summary", this.plans.summary(id));
		model.addAttribute("planSprin", this.plans.sprinOf(id).orElse(null));
		model.addAttribute("polsek", this.personnel.units().stream().filter(u -> u.kind() == UnitKind.POLSEK).toList());
		return "deployment/plan";
	}

	@PostMapping("/rencana/{id}/versi-baru")
	String revise(@PathVariable long id, Principal user) {
		StoredPlan draft = this.plans.revise(id, user.getName());
		return "redirect:/rencana/" + draft.version().id();
	}

	/**
	 * The draft's staffing pattern from the form: per class police per group, TPS per
	 * group and fixed; Linmas per TPS; reserve share in percent; response minutes.
	 */
	@PostMapping("/rencana/{id}/pola")
	String pattern(@PathVariable long id, @RequestParam java.util.Map<String, String> form,
			org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
		try {
			java.util.Map<PoliceClass, StaffingPattern.Group> groups = new java.util.EnumMap<>(PoliceClass.class);
			java.util.Map<PoliceClass, Integer> response = new java.util.EnumMap<>(PoliceClass.class);
			for (PoliceClass c : PoliceClass.values()) {
				groups.put(c, new StaffingPattern.Group(number(form, "police-" + c), number(form, "tps-" + c),
						form.containsKey("fixed-" + c)));
				response.put(c, number(form, "minutes-" + c));
			}
			StaffingPattern pattern = new StaffingPattern(groups, number(form, "linmas"),
					number(form, "reserve") / 100.0, response);
			this.plans.changePattern(id, pattern);
			redirect.addFlashAttribute("patternSaved", true);
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("patternError", ex.getMessage());
		}
		return "redirect:/rencana/" + id;
	}

	private static int number(java.util.Map<String, String> form, String field) {
		String value = form.get(field);
		try {
			return Integer.parseInt(value.trim());
		}
		catch (RuntimeException ex) {
			throw new IllegalArgumentException(field + ": a whole number is needed, not '" + value + "'");
		}
	}

	@PostMapping("/rencana/{id}/terbitkan")
	@PreAuthorize("hasAnyRole('ADMIN', 'KAOPS')")
	String publish(@PathVariable long id, Principal user) {
		this.plans.publish(id, user.getName());
		return "redirect:/rencana/" + id;
	}

}
