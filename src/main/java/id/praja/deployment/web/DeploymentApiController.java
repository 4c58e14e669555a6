package id.praja.deployment.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.praja.deployment.DeploymentManagement;
import id.praja.deployment.DeploymentPlan;
import id.praja.deployment.PostPlan;
import id.praja.deployment.StaffingPattern;

/**
 * Deployment planning as JSON. So far: a preview of the posts for the 2020 national
 * pattern.
 */
@RestController
@RequestMapping("/api/v1/deployment")
@Tag(name = "Deployment", description = "Posts, officers and reserves (in progress)")
class DeploymentApiController {

	private final DeploymentManagement deployment;

	DeploymentApiController(DeploymentManagement deployment) {
		this.deployment = deployment;
	}

	@PostMapping("/preview")
	@PreAuthorize("hasAnyRole('ADMIN', 'KAOPS', 'PERENCANA')")
	@Operation(
			summary = "Posts with officers for a day (2020 national pattern, leaders at least Bripda); not stored yet")
	DeploymentPlan deployment(@RequestParam(defaultValue = "1") double secondsPerPolsek,
			@RequestParam(defaultValue = "2024-11-27") java.time.LocalDate day) {
		if (secondsPerPolsek < 0 || secondsPerPolsek > 30) {
			throw new IllegalArgumentException("secondsPerPolsek must be between 0 and 30");
		}
		return this.deployment.planDeployment(StaffingPattern.national2020(), secondsPerPolsek,
				Runtime.getRuntime().availableProcessors(), day, id.praja.personnel.Rank.BRIPDA);
	}

	@PostMapping("/posts/preview")
	@PreAuthorize("hasAnyRole('ADMIN', 'KAOPS', 'PERENCANA')")
	@Operation(summary = "Group the TPS in scope into posts (2020 national pattern); not stored yet")
	PostPlan preview(@RequestParam(defaultValue = "1") double secondsPerPolsek) {
		if (secondsPerPolsek < 0 || secondsPerPolsek > 30) {
			throw new IllegalArgumentException("secondsPerPolsek must be between 0 and 30");
		}
		return this.deployment.planPosts(StaffingPattern.national2020(), secondsPerPolsek,
				Runtime.getRuntime().availableProcessors());
	}

}
