package id.praja.exercise.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import id.praja.deployment.DeploymentPlans;
import id.praja.exercise.ExerciseManagement;

/**
 * The exercise page: voting day simulated against the current plan and against the plan
 * with fewer reserve teams, side by side; a heat map of late responses. Field officers
 * and the press desk do not take part.
 */
@Controller
@PreAuthorize("!hasAnyRole('HUMAS', 'LAPANGAN')")
class ExerciseController {

	private final ExerciseManagement exercise;

	private final DeploymentPlans plans;

	ExerciseController(ExerciseManagement exercise, DeploymentPlans plans) {
		this.exercise = exercise;
		this.plans = plans;
	}

	@GetMapping("/latihan")
	String page(Model model) {
		model.addAttribute("recent", this.exercise.recentSimulations());
		model.addAttribute("versions", this.plans.versions());
		model.addAttribute("current", this.exercise.currentPlanName());
		return "exercise/simulation";
	}

}
