package id.praja.deployment;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.praja.deployment.internal.PlanReadings;
import id.praja.deployment.internal.PlanRepository;
import id.praja.deployment.internal.SolveJobs;
import id.praja.deployment.internal.SprinDocuments;
import id.praja.operation.Member;
import id.praja.operation.SprinOrder;
import id.praja.personnel.PersonnelManagement;
import id.praja.personnel.Rank;
import id.praja.shared.AccessScope;
import id.praja.shared.AccessScopes;
import id.praja.shared.Conflict;
import id.praja.shared.CurrentUser;
import id.praja.shared.EventStream;
import id.praja.shared.NotFound;
import id.praja.territory.TerritoryManagement;
import id.praja.territory.Tps;
import id.praja.vulnerability.VulnerabilityManagement;

/**
 * The stored versions of the deployment plan and what is done with them: a draft is made,
 * solved in the background (progress streamed, stop, continue), pinned by hand and
 * re-solved around the pins, and published; a published version is immutable, its Sprin
 * can be made and printed, and a change makes a new draft based on it. What is read off a
 * version for people (summary, explanations, comparison, map) is computed by
 * {@code internal.PlanReadings}. The plans themselves are computed by the planner,
 * {@link DeploymentManagement}, which stores nothing.
 */
@Service
public class DeploymentPlans {

	/** The least rank a post's leader must hold (Bripda: every Brigadir qualifies). */
	static final Rank MINIMUM_LEADER_RANK = Rank.BRIPDA;

	private final DeploymentManagement planner;

	private final PlanRepository repository;

	private final SolveJobs jobs;

	private final TerritoryManagement territory;

	private final PersonnelManagement personnel;

	private final ApplicationEventPublisher events;

	private final VulnerabilityManagement vulnerability;

	private final id.praja.operation.OperationManagement operation;

	private final ObjectProvider<AccessScopes> scopes;

	private final PlanReadings readings;

	DeploymentPlans(DeploymentManagement planner, PlanRepository repository, SolveJobs jobs,
			TerritoryManagement territory, PersonnelManagement personnel, ApplicationEventPublisher events,
			VulnerabilityManagement vulnerability, id.praja.operation.OperationManagement operation,
			PlanReadings readings, ObjectProvider<AccessScopes> scopes) {
		this.readings = readings;
		this.operation = operation;
		this.scopes = scopes;
		this.vulnerability = vulnerability;
		this.planner = planner;
		this.repository = repository;
		this.jobs = jobs;
		this.territory = territory;
		this.personnel = personnel;
		this.events = events;
	}

	/**
	 * @return every version of the Polres in the current user's scope, newest first
	 */
	public List<PlanVersion> versions() {
		return this.repository.versions(scope().polresFilter());
	}

	/**
	 * @param id a version id
	 * @return that version
	 * @throws NotFound when it does not exist or belongs to a Polres outside the current
	 * user's scope
	 */
	public StoredPlan get(long id) {
		return this.repository.find(id, scope().polresFilter())
			.orElseThrow(() -> new NotFound("no plan version " + id));
	}

	/**
	 * @return the newest published version of the Polres in scope, if any: what the
	 * field, the exercise and the command center work with
	 */
	public Optional<StoredPlan> published() {
		String polres = scope().polresFilter();
		return this.repository.latestPublished(polres).flatMap(id -> this.repository.find(id, polres));
	}

	/** The current user's scope; without a scope provider, nothing (fails closed). */
	private AccessScope scope() {
		return CurrentUser.scope(this.scopes);
	}

	/** The Polres a new plan of the current user belongs to (null: the Polda's own). */
	private String owningPolres() {
		AccessScopes provider = this.scopes.getIfAvailable();
		return (provider != null) ? provider.polres() : null;
	}

	/**
	 * @return the current version of every Polres in scope that has one: its newest
	 * published version, else its newest draft (in the order of the versions)
	 */
	public Map<String, PlanVersion> currentPerPolres() {
		Map<String, PlanVersion> current = new java.util.LinkedHashMap<>();
		for (PlanVersion v : versions()) {
			if (v.polresCode() == null) {
				continue;
			}
			PlanVersion known = current.get(v.polresCode());
			// newest first: keep the first, unless a published one comes after a draft
			if (known == null || (!known.published() && v.published())) {
				current.put(v.polresCode(), v);
			}
		}
		return current;
	}

	/**
	 * @return the plan the operation works with: the newest published version, else a
	 * demo plan computed now (2020 national pattern, reference election day)
	 */
	public DeploymentPlan planInForce() {
		return published().map(StoredPlan::plan)
			.orElseGet(() -> this.planner.planDeployment(StaffingPattern.national2020(), 0, threads(), votingDay(),
					MINIMUM_LEADER_RANK));
	}

	/**
	 * Makes a new draft with a first plan (a second or two) for the 2020 national pattern
	 * and the reference election day.
	 * @param user who makes it
	 * @return the draft
	 */
	@Transactional
	public StoredPlan createDraft(String user) {
		StaffingPattern pattern = StaffingPattern.national2020();
		LocalDate votingDay = votingDay();
		DeploymentPlan plan = this.planner.planDeployment(pattern, 0, threads(), votingDay, MINIMUM_LEADER_RANK);
		long id = this.repository.insert(null, votingDay, pattern, PlanPins.NONE, plan, user, owningPolres());
		StoredPlan stored = get(id);
		this.events.publishEvent(new PlanChanged(stored.version().version(), "plan.created", null, scores(plan)));
		return stored;
	}

	/**
	 * Makes a new draft from any version (a published one included), with its pattern,
	 * pins and plan: the way to change a published plan.
	 * @param id the version to start from
	 * @param user who makes it
	 * @return the new draft
	 */
	@Transactional
	public StoredPlan revise(long id, String user) {
		StoredPlan from = get(id);
		long created = this.repository.insert(id, from.version().electionDay(), from.pattern(), from.pins(),
				from.plan(), user, null);
		StoredPlan stored = get(created);
		this.events.publishEvent(new PlanChanged(stored.version().version(), "plan.created",
				"v" + from.version().version(), scores(from.plan())));
		return stored;
	}

	/**
	 * Starts solving a draft in the background from where it is, around its pins: the
	 * same call continues a stopped solve or re-solves after changes.
	 * @param id a draft
	 * @param secondsPerPolsek improvement time per Polsek
	 */
	public void solve(long id, double secondsPerPolsek) {
		StoredPlan draft = draft(id);
		if (secondsPerPolsek < 0 || secondsPerPolsek > 60) {
			throw new IllegalArgumentException("secondsPerPolsek must be between 0 and 60");
		}
		this.jobs.start(id, job -> {
			DeploymentPlan plan = solveFrom(draft, secondsPerPolsek, job);
			this.repository.updatePlan(id, plan);
			return scores(plan);
		});
		this.events.publishEvent(new PlanChanged(draft.version().version(), "plan.solve-started", scores(draft.plan()),
				java.util.Map.of("secondsPerPolsek", secondsPerPolsek)));
	}

	/**
	 * Solves a draft now (for the command line and tests).
	 * @param id a draft
	 * @param secondsPerPolsek improvement time per Polsek
	 * @return the solved draft
	 */
	public StoredPlan solveNow(long id, double secondsPerPolsek) {
		StoredPlan draft = draft(id);
		if (this.jobs.running(id)) {
			throw new Conflict("this plan is already being solved; stop it or wait");
		}
		this.repository.updatePlan(id, solveFrom(draft, secondsPerPolsek, DeploymentManagement.Progress.NONE));
		return get(id);
	}

	private DeploymentPlan solveFrom(StoredPlan draft, double secondsPerPolsek,
			DeploymentManagement.Progress progress) {
		return this.planner.planDeployment(draft.pattern(), secondsPerPolsek, threads(), draft.version().electionDay(),
				MINIMUM_LEADER_RANK, draft.pins(), draft.plan(), progress);
	}

	/**
	 * @param id a version
	 * @return true when a solve was running and will stop
	 */
	public boolean stop(long id) {
		get(id);
		return this.jobs.stop(id);
	}

	/**
	 * Streams the progress of a version's solve: the progress so far ({@code progress}
	 * events: seconds, best total travel in kilometres), every improvement, then
	 * {@code done}; just {@code idle} when nothing ran.
	 * @param id a version
	 * @param stream where the events go
	 * @throws NotFound for an unknown version (before anything is sent)
	 */
	public void watch(long id, EventStream stream) {
		get(id);
		this.jobs.watch(id, stream);
	}

	/**
	 * @param id a version
	 * @return RUNNING, DONE, STOPPED, FAILED or IDLE, whichever node runs the solve
	 */
	public String solveState(long id) {
		return this.jobs.state(id);
	}

	/**
	 * Pins or unpins a post, an anchor or an officer on a draft; the plan itself changes
	 * at the next solve, which keeps every pin.
	 * @param id a draft
	 * @param kind {@code post}, {@code anchor} or {@code officer}
	 * @param key the post's anchor, the anchor TPS, or the officer's NRP
	 * @param value for an officer, the anchor of the post he stays at (his current one
	 * when null)
	 * @param on pin or unpin
	 * @return the draft
	 */
	@Transactional
	public StoredPlan pin(long id, String kind, String key, String value, boolean on) {
		StoredPlan draft = draft(id);
		if (this.jobs.running(id)) {
			throw new Conflict("this plan is being solved; stop it before pinning");
		}
		DeploymentPlan plan = draft.plan();
		String target = value;
		if (on) {
			switch (String.valueOf(kind)) {
				case "post" -> requirePost(plan, key);
				case "anchor" -> {
					if (plan.posts().posts().stream().noneMatch(p -> p.tps().contains(key))) {
						throw new IllegalArgumentException("TPS " + key + " is in no post of this plan");
					}
				}
				case "officer" -> {
					String current = plan.staffed()
						.stream()
						.filter(s -> s.officers().stream().anyMatch(o -> o.nrp().equals(key)))
						.map(s -> s.post().anchor())
						.findFirst()
						.orElse(null);
					target = (value == null || value.isBlank()) ? current : value;
					if (target == null) {
						throw new IllegalArgumentException(
								"officer " + key + " is on no post of this plan; give the post to pin him to");
					}
					requirePost(plan, target);
				}
				default -> {
				}
			}
		}
		PlanPins pins = draft.pins().with(kind, key, target, on);
		this.repository.updatePins(id, pins);
		this.events.publishEvent(new PlanChanged(draft.version().version(), "plan.pinned", draft.pins(), pins));
		return get(id);
	}

	private static void requirePost(DeploymentPlan plan, String anchor) {
		if (plan.posts().posts().stream().noneMatch(p -> p.anchor().equals(anchor))) {
			throw new IllegalArgumentException("no post is anchored at TPS " + anchor + " in this plan");
		}
	}

	/**
	 * Gives a draft another pattern; the plan follows at the next solve.
	 * @param id a draft
	 * @param pattern the pattern
	 * @return the draft
	 */
	@Transactional
	public StoredPlan changePattern(long id, StaffingPattern pattern) {
		StoredPlan draft = draft(id);
		if (this.jobs.running(id)) {
			throw new Conflict("this plan is being solved; stop it before changing the pattern");
		}
		this.repository.updatePattern(id, pattern);
		this.events
			.publishEvent(new PlanChanged(draft.version().version(), "plan.pattern-changed", draft.pattern(), pattern));
		return get(id);
	}

	/**
	 * Publishes a draft: from now on it is immutable and its Sprin may be printed.
	 * @param id a draft
	 * @param user who publishes
	 * @return the published version
	 */
	@Transactional
	public StoredPlan publish(long id, String user) {
		StoredPlan draft = draft(id);
		if (this.jobs.running(id)) {
			throw new Conflict("this plan is being solved; stop it or wait before publishing");
		}
		this.repository.publish(id, user);
		DeploymentPlan plan = draft.plan();
		this.events.publishEvent(new PlanPublished(draft.version().version(), plan.staffed().size(),
				plan.staffed().stream().mapToInt(s -> s.officers().size()).sum(), plan.missing()));
		return get(id);
	}

	private StoredPlan draft(long id) {
		StoredPlan plan = get(id);
		if (plan.version().published()) {
			throw new Conflict("plan version " + plan.version().version()
					+ " is published and cannot be changed; make a new version from it");
		}
		return plan;
	}

	private static Map<String, Object> scores(DeploymentPlan plan) {
		return Map.of("distanceKm", Math.round(plan.posts().totalDistanceMetres() / 10) / 100.0, "missing",
				plan.missing(), "posts", plan.staffed().size());
	}

	private static int threads() {
		return Runtime.getRuntime().availableProcessors();
	}

	/**
	 * @param id a version
	 * @return its summary: shortfalls, longest travels, reserve coverage
	 */
	public PlanSummary summary(long id) {
		return this.readings.summary(get(id));
	}

	/**
	 * Explains where a TPS, an officer or a post is, and what a move would cost.
	 * @param id a version
	 * @param subject {@code tps}, {@code officer} or {@code post}
	 * @param key a TPS code, an NRP, or a post's anchor
	 * @return the explanation
	 */
	public PlanExplanation explain(long id, String subject, String key) {
		return this.readings.explain(get(id), subject, key);
	}

	/**
	 * @param fromId the older version
	 * @param toId the newer version
	 * @return what moved and how the scores changed
	 */
	public PlanComparison compare(long fromId, long toId) {
		return this.readings.compare(get(fromId), get(toId));
	}

	/**
	 * The map of a version as GeoJSON (for GIS tools and the printed annex): each post as
	 * a point at its anchor, a line from the anchor to each of its TPS, and the reserve
	 * bases.
	 * @param id a version
	 * @return a FeatureCollection
	 */
	public Map<String, Object> mapGeoJson(long id) {
		return this.readings.mapGeoJson(get(id));
	}

	/**
	 * Writes a version's Sprin attachment (marked as a draft unless published), for the
	 * Polres or one Polsek: headed with the Sprin it belongs to (or that none is issued
	 * yet), a recap per Polsek, the TPS by kecamatan and desa, the officers per post.
	 * @param id a version
	 * @param polsek a Polsek code, or null for all
	 * @param xlsx XLSX instead of PDF
	 * @param out where it goes
	 * @throws IOException when writing fails
	 */
	public void writeSprin(long id, String polsek, boolean xlsx, OutputStream out) throws IOException {
		SprinDocuments.Attachment attachment = attachment(id, polsek);
		if (xlsx) {
			SprinDocuments.xlsx(attachment, out);
		}
		else {
			SprinDocuments.pdf(attachment, out);
		}
	}

	/**
	 * @param id a version
	 * @param polsek a Polsek code, or null for all
	 * @return what its Sprin attachment prints
	 */
	SprinDocuments.Attachment attachment(long id, String polsek) {
		StoredPlan stored = get(id);
		id.praja.personnel.Letterhead letterhead = this.personnel.letterhead();
		Map<String, String> unitNames = new HashMap<>();
		this.personnel.units().forEach(u -> unitNames.put(u.code(), u.name()));
		if (polsek != null && this.personnel.policeBases().stream().noneMatch(u -> u.code().equals(polsek))) {
			throw new NotFound("no Polsek " + polsek);
		}
		// the posts grouped by Polsek (in the order they first appear), so that the post
		// numbers of the PDF and the workbook agree
		Map<String, List<StaffedPost>> byPolsek = new java.util.LinkedHashMap<>();
		stored.plan()
			.staffed()
			.stream()
			.filter(p -> polsek == null || p.post().polsek().equals(polsek))
			.forEach(p -> byPolsek.computeIfAbsent(p.post().polsek(), k -> new ArrayList<>()).add(p));
		List<StaffedPost> posts = byPolsek.values().stream().flatMap(List::stream).toList();
		PlanVersion v = stored.version();
		id.praja.shared.Formats formats = formats();
		String status = v.published()
				? "Rencana versi %d, diterbitkan %s oleh %s".formatted(v.version(),
						formats.date(v.publishedAt().atZone(this.personnel.timeZone()).toLocalDate()), v.publishedBy())
				: "KONSEP — rencana versi %d belum diterbitkan".formatted(v.version());
		if (polsek != null) {
			status = status + " — bagian " + unitNames.getOrDefault(polsek, polsek);
		}
		Optional<SprinOrder> sprin = this.operation.sprinOfPlan(id);
		String heading = sprin.map(o -> o.attachmentHeading(letterhead))
			.orElseGet(() -> SprinOrder.attachmentHeading(letterhead, "(belum diterbitkan)", "(belum diterbitkan)"));
		String signedOn = sprin.filter(o -> !o.draft())
			.map(o -> formats.date(o.issuedOn()))
			.orElse(".................... " + v.electionDay().getYear());
		Map<String, Integer> linmas = new HashMap<>();
		this.personnel.linmas().forEach(l -> linmas.put(l.desaCode(), l.strength()));
		return new SprinDocuments.Attachment(heading, status, letterhead, signedOn, posts, tpsByCode(),
				this.vulnerability.classes(), unitNames, linmas);
	}

	/**
	 * Makes the Sprin of the TPS security from a published version: a draft whose
	 * personnel are the officers of the plan's posts, post by post (leader first), to be
	 * issued with a number on the operation's Sprin page. The plan's attachment is headed
	 * with it from then on. A version has one such Sprin; asked again, it is returned.
	 * @param id a published version
	 * @return the Sprin
	 */
	@Transactional
	public SprinOrder makeSprin(long id) {
		StoredPlan stored = get(id);
		if (!stored.version().published()) {
			throw new Conflict("plan version " + stored.version().version()
					+ " is not published; the Sprin of the TPS security is made from a published plan");
		}
		Map<String, Member> people = new java.util.LinkedHashMap<>();
		for (StaffedPost s : stored.plan().staffed()) {
			for (PostedOfficer o : s.officers()) {
				people.putIfAbsent(o.nrp(), new Member(o.nrp(), o.name(), o.rank(), o.unitCode()));
			}
		}
		LocalDate day = stored.version().electionDay();
		LocalDate issuedOn = stored.version().publishedAt().atZone(this.personnel.timeZone()).toLocalDate();
		// from the shift to the TPS (H-2) to the day after voting
		return this.operation.draftPlanSprin(id, stored.version().version(), issuedOn, day.minusDays(2),
				day.plusDays(1), List.copyOf(people.values()));
	}

	/**
	 * @param id a version
	 * @return the Sprin made from it, if any
	 */
	public Optional<SprinOrder> sprinOf(long id) {
		return this.operation.sprinOfPlan(id);
	}

	private Map<String, Tps> tpsByCode() {
		Map<String, Tps> tps = new HashMap<>();
		this.territory.forEachTps(null, t -> tps.put(t.code(), t));
		return tps;
	}

	private id.praja.shared.Formats formats() {
		return new id.praja.shared.Formats(this.personnel.timeZone(), id.praja.shared.Formats.INDONESIAN);
	}

	/**
	 * @return the BKO platoons the Polda sent to the Polres for voting day (counted by
	 * the planner as available officers), none without a voting day
	 */
	public List<Reinforcements.Platoon> reinforcements() {
		Optional<LocalDate> day = this.operation.votingDay();
		if (day.isEmpty()) {
			return List.of();
		}
		return this.personnel.units()
			.stream()
			.filter(u -> u.kind() == id.praja.personnel.UnitKind.POLRES)
			.flatMap(u -> this.planner.platoons(u.code(), day.get()).stream())
			.toList();
	}

	/**
	 * @return voting day, from the operation's agenda: who is available is judged on it
	 * @throws Conflict when the agenda has no voting stage
	 */
	public LocalDate votingDay() {
		return this.operation.votingDay()
			.orElseThrow(() -> new Conflict(
					"the operation's agenda has no voting stage (PEMUNGUTAN); add it on the operation page first"));
	}

}
