package id.praja.deployment.web;

import java.security.Principal;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import id.praja.deployment.DeploymentManagement;
import id.praja.deployment.DeploymentPlan;
import id.praja.deployment.DeploymentPlans;
import id.praja.deployment.PlanComparison;
import id.praja.deployment.PlanExplanation;
import id.praja.deployment.PlanPins;
import id.praja.deployment.PlanSummary;
import id.praja.deployment.PlanVersion;
import id.praja.deployment.PostPlan;
import id.praja.deployment.StaffingPattern;
import id.praja.deployment.StoredPlan;
import id.praja.shared.HeavyWork;
import id.praja.shared.web.ServerSentEvents;
import id.praja.shared.web.SheetDownload;

/**
 * Deployment planning as JSON: previews, and plan versions (draft → published) with
 * background solving, pins, explanations, comparison and the Sprin attachment.
 */
@RestController
@RequestMapping("/api/v1/deployment")
@Tag(name = "Deployment", description = "Posts, officers and reserves: plan versions, solving, pins, Sprin")
@PreAuthorize(PlanAccess.PLANNERS)
class DeploymentApiController {

	private final DeploymentManagement deployment;

	private final DeploymentPlans plans;

	private final HeavyWork heavy;

	private final Duration previewLimit;

	DeploymentApiController(DeploymentManagement deployment, DeploymentPlans plans, HeavyWork heavy,
			@Value("${praja.deployment.preview-limit:PT20S}") Duration previewLimit) {
		this.deployment = deployment;
		this.plans = plans;
		this.heavy = heavy;
		this.previewLimit = previewLimit;
	}

	// A preview answers the request that asks for it, so it is bounded rather than made a
	// background job (plan versions are that job: stored, solved in the background, with
	// progress and stop): it runs on the node's heavy-work threads (503 when they are
	// busy) and improves the posts for praja.deployment.preview-limit at most in all,
	// then returns the best found so far.

	@PostMapping("/preview")
	@Operation(summary = "Posts with officers for a day (default: the operation's voting day; 2020 national pattern, "
			+ "leaders at least Bripda); not stored; improved for 20 s at most in all; 503 when the server is busy "
			+ "with other solves")
	DeploymentPlan deployment(@RequestParam(defaultValue = "1") double secondsPerPolsek,
			@RequestParam(required = false) java.time.LocalDate day) {
		checkSeconds(secondsPerPolsek);
		java.time.LocalDate onDay = (day != null) ? day : this.plans.votingDay();
		return this.heavy.call("plan preview",
				() -> this.deployment.planDeployment(StaffingPattern.national2020(), bounded(secondsPerPolsek),
						this.heavy.threads(), onDay, id.praja.personnel.Rank.BRIPDA, PlanPins.NONE, null, deadline()));
	}

	@PostMapping("/posts/preview")
	@Operation(summary = "Group the TPS in scope into posts (2020 national pattern); not stored; improved for 20 s "
			+ "at most in all; 503 when the server is busy with other solves")
	PostPlan preview(@RequestParam(defaultValue = "1") double secondsPerPolsek) {
		checkSeconds(secondsPerPolsek);
		return this.heavy.call("posts preview", () -> this.deployment.planPosts(StaffingPattern.national2020(),
				bounded(secondsPerPolsek), this.heavy.threads(), PlanPins.NONE, null, deadline()));
	}

	private double bounded(double secondsPerPolsek) {
		return Math.min(secondsPerPolsek, this.previewLimit.toMillis() / 1000.0);
	}

	/** Stops improving once the preview has run for its limit (from when it starts). */
	private DeploymentManagement.Progress deadline() {
		long end = System.nanoTime() + this.previewLimit.toNanos();
		return new DeploymentManagement.Progress() {
			@Override
			public boolean stopped() {
				return System.nanoTime() > end;
			}
		};
	}

	private static void checkSeconds(double secondsPerPolsek) {
		if (secondsPerPolsek < 0 || secondsPerPolsek > 30) {
			throw new IllegalArgumentException("secondsPerPolsek must be between 0 and 30");
		}
	}

	@GetMapping("/plans")
	@PreAuthorize(PlanAccess.READERS)
	@Operation(summary = "Plan versions, newest first (published ones only for the Kasatgas and the Polda)")
	List<PlanVersion> versions() {
		return PlanAccess.versions(this.plans);
	}

	@PostMapping("/plans")
	@Operation(summary = "Make a new draft with a first plan (2020 national pattern)")
	ResponseEntity<StoredPlan> create(Principal user) {
		return ResponseEntity.status(HttpStatus.CREATED).body(this.plans.createDraft(user.getName()));
	}

	@GetMapping("/plans/{id}")
	@PreAuthorize(PlanAccess.READERS)
	@Operation(summary = "A plan version with its pattern, pins and content")
	StoredPlan plan(@PathVariable long id) {
		return PlanAccess.readable(this.plans, id);
	}

	@PostMapping("/plans/{id}/revise")
	@Operation(summary = "Make a new draft from this version (the way to change a published plan)")
	ResponseEntity<StoredPlan> revise(@PathVariable long id, Principal user) {
		return ResponseEntity.status(HttpStatus.CREATED).body(this.plans.revise(id, user.getName()));
	}

	@PostMapping("/plans/{id}/solve")
	@Operation(summary = "Solve a draft in the background from where it is, keeping its pins (continue / re-solve)")
	ResponseEntity<Map<String, String>> solve(@PathVariable long id,
			@RequestParam(defaultValue = "2") double secondsPerPolsek) {
		this.plans.solve(id, secondsPerPolsek);
		return ResponseEntity.accepted().body(Map.of("state", "RUNNING"));
	}

	@PostMapping("/plans/{id}/stop")
	@Operation(summary = "Stop a running solve; the best plan so far is kept")
	Map<String, Object> stop(@PathVariable long id) {
		return Map.of("stopping", this.plans.stop(id));
	}

	@GetMapping(path = "/plans/{id}/progress", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	@Operation(summary = "Server-sent events of a solve: progress (best total travel over time), then done")
	SseEmitter progress(@PathVariable long id) {
		return ServerSentEvents.open(Duration.ofMinutes(15), stream -> this.plans.watch(id, stream));
	}

	@GetMapping("/plans/{id}/state")
	@Operation(summary = "Whether a solve of this version runs: RUNNING, DONE, STOPPED, FAILED or IDLE")
	Map<String, String> state(@PathVariable long id) {
		this.plans.get(id);
		return Map.of("state", this.plans.solveState(id));
	}

	/**
	 * A pin to set or remove.
	 *
	 * @param kind post, anchor or officer
	 * @param key the post's anchor, the anchor TPS, or the officer's NRP
	 * @param value for an officer, the post's anchor (his current post when empty)
	 * @param on pin or unpin
	 */
	record PinRequest(String kind, String key, String value, boolean on) {
	}

	@PostMapping("/plans/{id}/pins")
	@Operation(summary = "Pin or unpin a post, an anchor or an officer on a draft")
	StoredPlan pin(@PathVariable long id, @RequestBody PinRequest pin) {
		if (pin.kind() == null || !java.util.Set.of("post", "anchor", "officer").contains(pin.kind())) {
			throw new IllegalArgumentException("kind is required: post, anchor or officer");
		}
		if (pin.key() == null || pin.key().isBlank()) {
			throw new IllegalArgumentException("a pin needs a key: the post's anchor, a TPS code or an NRP");
		}
		return this.plans.pin(id, pin.kind(), pin.key(), pin.value(), pin.on());
	}

	@PutMapping("/plans/{id}/pattern")
	@Operation(summary = "Give a draft another staffing pattern (applied at the next solve)")
	StoredPlan pattern(@PathVariable long id, @RequestBody StaffingPattern pattern) {
		return this.plans.changePattern(id, pattern);
	}

	@PostMapping("/plans/{id}/publish")
	@PreAuthorize("hasAnyRole('ADMIN', 'KAOPS')")
	@Operation(summary = "Publish a draft: it becomes immutable and its Sprin final (Kapolres)")
	StoredPlan publish(@PathVariable long id, Principal user) {
		return this.plans.publish(id, user.getName());
	}

	@GetMapping("/plans/{id}/summary")
	@PreAuthorize(PlanAccess.READERS)
	@Operation(summary = "TPS below the pattern, suggested BKO, longest travels, reserve coverage")
	PlanSummary summary(@PathVariable long id) {
		PlanAccess.readable(this.plans, id);
		return this.plans.summary(id);
	}

	@GetMapping("/plans/{id}/explain")
	@PreAuthorize(PlanAccess.READERS)
	@Operation(summary = "Why a TPS, officer or post is where it is, and what a move would cost")
	PlanExplanation explain(@PathVariable long id, @RequestParam String subject, @RequestParam String key) {
		PlanAccess.readable(this.plans, id);
		return this.plans.explain(id, subject, key);
	}

	@GetMapping("/plans/compare")
	@PreAuthorize(PlanAccess.READERS)
	@Operation(summary = "What moved between two versions and how the scores changed")
	PlanComparison compare(@RequestParam long from, @RequestParam long to) {
		PlanAccess.readable(this.plans, from);
		PlanAccess.readable(this.plans, to);
		return this.plans.compare(from, to);
	}

	@GetMapping(path = "/plans/{id}/map", produces = { "application/geo+json", MediaType.APPLICATION_JSON_VALUE })
	@Operation(summary = "The map of a version as GeoJSON: posts at their anchors, lines to their TPS, reserve bases")
	@PreAuthorize(PlanAccess.READERS)
	ResponseEntity<Map<String, Object>> map(@PathVariable long id) {
		PlanAccess.readable(this.plans, id);
		Map<String, Object> body = this.plans.mapGeoJson(id);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/geo+json"))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + body.get("name") + ".geojson\"")
			.body(body);
	}

	@GetMapping("/plans/{id}/sprin")
	@PreAuthorize(PlanAccess.READERS)
	@Operation(summary = "The Sprin attachment of a version (marked KONSEP unless published): pdf or xlsx, "
			+ "for the Polres or one Polsek")
	ResponseEntity<StreamingResponseBody> sprin(@PathVariable long id,
			@RequestParam(defaultValue = "pdf") String format, @RequestParam(required = false) String polsek) {
		StoredPlan plan = PlanAccess.readable(this.plans, id);
		String name = "sprin-lampiran-v" + plan.version().version() + "-"
				+ ((polsek != null) ? polsek.toLowerCase(Locale.ROOT) : "polres");
		if (format.equals("pdf")) {
			StreamingResponseBody body = out -> this.plans.writeSprin(id, polsek, false, out);
			return ResponseEntity.ok()
				.contentType(MediaType.APPLICATION_PDF)
				.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + ".pdf\"")
				.body(body);
		}
		if (!format.equals("xlsx")) {
			throw new IllegalArgumentException("format must be pdf or xlsx");
		}
		return SheetDownload.of(format, name, (xlsx, out) -> this.plans.writeSprin(id, polsek, true, out));
	}

}
