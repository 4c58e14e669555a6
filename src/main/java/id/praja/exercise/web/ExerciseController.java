package id.praja.exercise.web;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import id.praja.exercise.Comparison;
import id.praja.exercise.ExerciseManagement;
import id.praja.exercise.StoredSimulation;

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

	@PostMapping("/api/v1/exercise/simulations")
	@PreAuthorize("hasAnyRole('ADMIN', 'KAOPS', 'PERENCANA')")
	@ResponseBody
	Comparison run(@RequestParam(defaultValue = "200") int replications, @RequestParam(defaultValue = "2024") long seed,
			@RequestParam(defaultValue = "1") int fewerTeams) {
		return this.exercise.compare(replications, seed, fewerTeams);
	}

	@GetMapping("/api/v1/exercise/simulations")
	@ResponseBody
	List<StoredSimulation> recent() {
		return this.exercise.recentSimulations();
	}

}
