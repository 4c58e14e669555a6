package id.praja.deployment.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.praja.deployment.DeploymentManagement;
import id.praja.deployment.DeploymentPlan;
import id.praja.deployment.PostPlan;
import id.praja.deployment.StaffingPattern;
import id.praja.shared.web.SheetDownload;

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

	@GetMapping("/sprin")
	@PreAuthorize("hasAnyRole('ADMIN', 'KAOPS', 'PERENCANA')")
	@Operation(summary = "The Sprin attachment of the current plan (draft until plans are published): "
			+ "format pdf or xlsx, for the Polres or one Polsek")
	ResponseEntity<StreamingResponseBody> sprin(@RequestParam(defaultValue = "pdf") String format,
			@RequestParam(required = false) String polsek) {
		String name = "sprin-lampiran-" + ((polsek != null) ? polsek.toLowerCase(java.util.Locale.ROOT) : "polres");
		if (format.equals("pdf")) {
			StreamingResponseBody body = out -> this.deployment.writeSprin(polsek, false, out);
			return ResponseEntity.ok()
				.contentType(MediaType.APPLICATION_PDF)
				.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + ".pdf\"")
				.body(body);
		}
		if (!format.equals("xlsx")) {
			throw new IllegalArgumentException("format must be pdf or xlsx");
		}
		return SheetDownload.of(format, name, (xlsx, out) -> this.deployment.writeSprin(polsek, true, out));
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
