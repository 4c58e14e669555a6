package id.praja.exercise.web;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.praja.exercise.Comparison;
import id.praja.exercise.ExerciseManagement;
import id.praja.exercise.SimulationConfig;
import id.praja.vulnerability.PoliceClass;
import id.praja.exercise.StoredSimulation;

/** The exercise API: run a comparison, list stored simulations (exercise data). */
@RestController
@PreAuthorize("!hasAnyRole('HUMAS', 'LAPANGAN')")
class ExerciseApiController {

	private final ExerciseManagement exercise;

	ExerciseApiController(ExerciseManagement exercise) {
		this.exercise = exercise;
	}

	@PostMapping("/api/v1/exercise/simulations")
	@PreAuthorize("hasAnyRole('ADMIN', 'KAOPS', 'PERENCANA')")
	Comparison run(@RequestParam(defaultValue = "200") int replications, @RequestParam(defaultValue = "2024") long seed,
			@RequestParam(defaultValue = "1") int fewerTeams, @RequestParam(required = false) Long planA,
			@RequestParam(required = false) Long planB, @RequestParam(required = false) Double rateKurangRawan,
			@RequestParam(required = false) Double rateRawan, @RequestParam(required = false) Double rateSangatRawan,
			@RequestParam(required = false) Double rateKhusus, @RequestParam(required = false) Double indicatorFactor,
			@RequestParam(required = false) Double greenToYellow, @RequestParam(required = false) Double yellowToRed) {
		java.util.Map<PoliceClass, Double> rates = new java.util.EnumMap<>(PoliceClass.class);
		rates.put(PoliceClass.KURANG_RAWAN, rateKurangRawan);
		rates.put(PoliceClass.RAWAN, rateRawan);
		rates.put(PoliceClass.SANGAT_RAWAN, rateSangatRawan);
		rates.put(PoliceClass.KHUSUS, rateKhusus);
		SimulationConfig config = SimulationConfig.defaults().with(rates, indicatorFactor, greenToYellow, yellowToRed);
		return this.exercise.compare(replications, seed, planA, planB, fewerTeams, config);
	}

	@GetMapping("/api/v1/exercise/simulations")
	List<StoredSimulation> recent() {
		return this.exercise.recentSimulations();
	}

}
