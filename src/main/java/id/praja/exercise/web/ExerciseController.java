package id.praja.exercise.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

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

	ExerciseController(ExerciseManagement exercise) {
		this.exercise = exercise;
	}

	@GetMapping("/latihan")
	String page(Model model) {
		model.addAttribute("recent", this.exercise.recentSimulations());
		return "exercise/simulation";
	}

}
