package id.praja.deployment;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.praja.deployment.internal.PlanRepository;
import id.praja.deployment.internal.SolveJobs;
import id.praja.deployment.internal.SprinDocuments;
import id.praja.deployment.planning.Metric;
import id.praja.operation.Member;
import id.praja.operation.SprinOrder;
import id.praja.personnel.PersonnelManagement;
import id.praja.personnel.Rank;
import id.praja.personnel.Unit;
import id.praja.shared.Conflict;
import id.praja.shared.EventStream;
import id.praja.shared.NotFound;
import id.praja.territory.TerritoryManagement;
import id.praja.territory.Tps;
import id.praja.vulnerability.PoliceClass;
import id.praja.vulnerability.VulnerabilityManagement;

/**
 * Versions of the deployment plan: a draft is made, solved in the background (progress
 * over server-sent events, stop, continue), pinned by hand and re-solved around the pins,
 * explained, compared with another version and published; a published version is
 * immutable, its Sprin can be printed, and a change makes a new draft based on it.
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

	private final MessageSource messages;

	private final VulnerabilityManagement vulnerability;

	private final id.praja.operation.OperationManagement operation;

	DeploymentPlans(DeploymentManagement planner, PlanRepository repository, SolveJobs jobs,
			TerritoryManagement territory, PersonnelManagement personnel, ApplicationEventPublisher events,
			MessageSource messages, VulnerabilityManagement vulnerability,
			id.praja.operation.OperationManagement operation) {
		this.operation = operation;
		this.vulnerability = vulnerability;
		this.planner = planner;
		this.repository = repository;
		this.jobs = jobs;
		this.territory = territory;
		this.personnel = personnel;
		this.events = events;
		this.messages = messages;
	}

	/**
	 * @return every version, newest first
	 */
	public List<PlanVersion> versions() {
		return this.repository.versions();
	}

	/**
	 * @param id a version id
	 * @return that version
	 */
	public StoredPlan get(long id) {
		return this.repository.find(id).orElseThrow(() -> new NotFound("no plan version " + id));
	}

	/**
	 * @return the newest published version, if any: what the field, the exercise and the
	 * command center work with
	 */
	public Optional<StoredPlan> published() {
		return this.repository.latestPublished().flatMap(this.repository::find);
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
		long id = this.repository.insert(null, votingDay, pattern, PlanPins.NONE, plan, user);
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
				from.plan(), user);
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

	private String msg(String key, Object... args) {
		return this.messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

	/**
	 * @param id a version
	 * @return its summary: shortfalls, longest travels, reserve coverage
	 */
	public PlanSummary summary(long id) {
		StoredPlan stored = get(id);
		DeploymentPlan plan = stored.plan();
		Map<String, Tps> tps = tpsByCode();
		List<PlanSummary.Shortfall> below = plan.staffed()
			.stream()
			.filter(s -> s.missing() > 0)
			.sorted(Comparator.comparingInt(StaffedPost::missing).reversed().thenComparing(s -> s.post().anchor()))
			.map(s -> new PlanSummary.Shortfall(s.post().polsek(), s.post().anchor(), s.post().tps(), s.missing()))
			.toList();
		List<PlanSummary.Travel> tpsTravels = new ArrayList<>();
		List<PlanSummary.Travel> officerTravels = new ArrayList<>();
		int leaders = 0;
		int assigned = 0;
		for (StaffedPost s : plan.staffed()) {
			Tps anchor = tps.get(s.post().anchor());
			for (String code : s.post().tps()) {
				Tps t = tps.get(code);
				if (t != null && anchor != null) {
					tpsTravels.add(new PlanSummary.Travel(code, s.post().polsek(), s.post().anchor(),
							Math.round(Metric.HAVERSINE.distance(t.lon(), t.lat(), anchor.lon(), anchor.lat()))));
				}
			}
			for (PostedOfficer o : s.officers()) {
				officerTravels.add(new PlanSummary.Travel(o.nrp() + " " + o.rank() + " " + o.name(), s.post().polsek(),
						s.post().anchor(), Math.round(o.distanceMetres())));
			}
			assigned += s.officers().size();
			if (!s.leaderRankOk()) {
				leaders++;
			}
		}
		tpsTravels.sort(Comparator.comparingDouble(PlanSummary.Travel::metres).reversed());
		officerTravels.sort(Comparator.comparingDouble(PlanSummary.Travel::metres).reversed());
		int reserveShort = Math.max(0, plan.reserveNeeded() - plan.reserve());
		return new PlanSummary(stored.version().version(), plan.staffed().size(), plan.posts().tps(),
				plan.posts().police(), assigned, plan.missing(), plan.reserve(), plan.reserveNeeded(),
				plan.missing() + reserveShort, below, tpsTravels.subList(0, Math.min(10, tpsTravels.size())),
				officerTravels.subList(0, Math.min(10, officerTravels.size())), plan.reserves().withinTarget(),
				plan.reserves().worstMinutes(), leaders, plan.unmetPins(),
				Math.round(plan.posts().totalDistanceMetres() / 10) / 100.0, boundGapPercent(plan.posts()));
	}

	/**
	 * @return how far the posts' distance is above its proven bound, in percent
	 */
	private static Double boundGapPercent(PostPlan posts) {
		double bound = posts.boundMetres();
		if (Double.isNaN(bound) || bound <= 0) {
			return null;
		}
		return Math.max(0, (posts.totalDistanceMetres() - bound) / bound * 100);
	}

	/**
	 * Explains where a TPS, an officer or a post is, and what a move would cost.
	 * @param id a version
	 * @param subject {@code tps}, {@code officer} or {@code post}
	 * @param key a TPS code, an NRP, or a post's anchor
	 * @return the explanation
	 */
	public PlanExplanation explain(long id, String subject, String key) {
		StoredPlan stored = get(id);
		Map<String, Tps> tps = tpsByCode();
		return switch (String.valueOf(subject)) {
			case "tps" -> explainTps(stored, tps, key);
			case "officer" -> explainOfficer(stored, tps, key);
			case "post" -> explainPost(stored, tps, key);
			default -> throw new IllegalArgumentException("explain a tps, an officer or a post, not " + subject);
		};
	}

	private PlanExplanation explainTps(StoredPlan stored, Map<String, Tps> tps, String code) {
		StaffedPost home = stored.plan()
			.staffed()
			.stream()
			.filter(s -> s.post().tps().contains(code))
			.findFirst()
			.orElseThrow(
					() -> new NotFound("TPS " + code + " is in no post of plan version " + stored.version().version()));
		Post post = home.post();
		Tps t = tps.get(code);
		Tps anchor = tps.get(post.anchor());
		double here = Metric.HAVERSINE.distance(t.lon(), t.lat(), anchor.lon(), anchor.lat());
		List<String> reasons = new ArrayList<>();
		boolean pinned = stored.pins().posts().contains(post.anchor()) || stored.pins().anchors().contains(code);
		if (post.fixed()) {
			reasons.add(msg("explain.tps.fixed", msg("class." + post.highestClass().name())));
		}
		else {
			reasons.add(msg("explain.tps.mobile", post.anchor(), Math.round(here), post.tps().size(),
					Math.round(post.load() * 100)));
		}
		if (pinned) {
			reasons.add(msg("explain.pinned"));
		}
		if (home.missing() > 0) {
			reasons.add(msg("explain.tps.below", home.missing()));
		}
		StaffingPattern pattern = stored.pattern();
		PoliceClass own = this.vulnerability.classes().getOrDefault(code, PoliceClass.KURANG_RAWAN);
		double weight = 1.0 / pattern.groups().get(own).tps();
		List<PlanExplanation.Alternative> alternatives = new ArrayList<>();
		if (!post.fixed()) {
			stored.plan()
				.staffed()
				.stream()
				.map(StaffedPost::post)
				.filter(p -> !p.fixed() && p.polsek().equals(post.polsek()) && !p.anchor().equals(post.anchor()))
				.map(p -> {
					Tps a = tps.get(p.anchor());
					double there = Metric.HAVERSINE.distance(t.lon(), t.lat(), a.lon(), a.lat());
					boolean room = p.load() + weight <= 1.0 + 1e-9;
					return new PlanExplanation.Alternative(p.anchor(), Math.round(there - here),
							room ? msg("explain.tps.room", Math.round((p.load() + weight) * 100))
									: msg("explain.tps.full", Math.round(p.load() * 100)));
				})
				.sorted(Comparator.comparingDouble(PlanExplanation.Alternative::deltaMetres))
				.limit(3)
				.forEach(alternatives::add);
		}
		return new PlanExplanation("tps", code, post.polsek(), post.anchor(), pinned, reasons, alternatives);
	}

	private PlanExplanation explainOfficer(StoredPlan stored, Map<String, Tps> tps, String nrp) {
		StaffedPost home = stored.plan()
			.staffed()
			.stream()
			.filter(s -> s.officers().stream().anyMatch(o -> o.nrp().equals(nrp)))
			.findFirst()
			.orElseThrow(() -> new NotFound(
					"officer " + nrp + " is on no post of plan version " + stored.version().version()));
		PostedOfficer officer = home.officers().stream().filter(o -> o.nrp().equals(nrp)).findFirst().orElseThrow();
		Map<String, Unit> units = new HashMap<>();
		this.personnel.units().forEach(u -> units.put(u.code(), u));
		Unit unit = units.get(officer.unitCode());
		List<String> reasons = new ArrayList<>();
		boolean pinned = stored.pins().officers().containsKey(nrp);
		String tier = officer.unitCode().equals(home.post().polsek()) ? "own"
				: (unit != null && unit.kind() == id.praja.personnel.UnitKind.BKO) ? "bko" : "polres";
		reasons.add(msg("explain.officer." + tier, officer.unitCode(), Math.round(officer.distanceMetres())));
		if (home.officers().get(0).nrp().equals(nrp)) {
			reasons.add(msg("explain.officer.leader", officer.rank()));
		}
		if (pinned) {
			reasons.add(msg("explain.pinned"));
		}
		List<PlanExplanation.Alternative> alternatives = new ArrayList<>();
		if (unit != null && unit.baseLat() != null) {
			stored.plan()
				.staffed()
				.stream()
				.filter(s -> s != home && (s.post().polsek().equals(home.post().polsek())))
				.map(s -> {
					Tps a = tps.get(s.post().anchor());
					double there = Metric.HAVERSINE.distance(unit.baseLon(), unit.baseLat(), a.lon(), a.lat());
					return new PlanExplanation.Alternative(s.post().anchor(),
							Math.round(there - officer.distanceMetres()), (s.missing() > 0)
									? msg("explain.officer.fills", s.missing()) : msg("explain.officer.swap"));
				})
				.sorted(Comparator.comparingDouble(PlanExplanation.Alternative::deltaMetres))
				.limit(3)
				.forEach(alternatives::add);
		}
		return new PlanExplanation("officer", nrp, home.post().polsek(), home.post().anchor(), pinned, reasons,
				alternatives);
	}

	private PlanExplanation explainPost(StoredPlan stored, Map<String, Tps> tps, String anchorCode) {
		StaffedPost home = stored.plan()
			.staffed()
			.stream()
			.filter(s -> s.post().anchor().equals(anchorCode))
			.findFirst()
			.orElseThrow(() -> new NotFound(
					"no post anchored at " + anchorCode + " in plan version " + stored.version().version()));
		Post post = home.post();
		List<String> reasons = new ArrayList<>();
		boolean pinned = stored.pins().posts().contains(anchorCode) || stored.pins().anchors().contains(anchorCode);
		reasons.add(msg("explain.post.pattern", msg("class." + post.highestClass().name()), post.police(),
				post.tps().size(), Math.round(post.load() * 100)));
		reasons.add(msg("explain.post.staffed", home.officers().size(), post.police(),
				home.officers().isEmpty() ? "-" : home.officers().get(0).rank() + " " + home.officers().get(0).name()));
		if (pinned) {
			reasons.add(msg("explain.pinned"));
		}
		List<PlanExplanation.Alternative> alternatives = new ArrayList<>();
		double current = sumTo(post, tps, tps.get(anchorCode));
		for (String other : post.tps()) {
			if (!other.equals(anchorCode)) {
				alternatives.add(new PlanExplanation.Alternative(other,
						Math.round(sumTo(post, tps, tps.get(other)) - current), msg("explain.post.anchor")));
			}
		}
		alternatives.sort(Comparator.comparingDouble(PlanExplanation.Alternative::deltaMetres));
		return new PlanExplanation("post", anchorCode, post.polsek(), anchorCode, pinned, reasons,
				alternatives.subList(0, Math.min(3, alternatives.size())));
	}

	private static double sumTo(Post post, Map<String, Tps> tps, Tps anchor) {
		double sum = 0;
		for (String code : post.tps()) {
			Tps t = tps.get(code);
			sum += Metric.HAVERSINE.distance(t.lon(), t.lat(), anchor.lon(), anchor.lat());
		}
		return sum;
	}

	/**
	 * @param fromId the older version
	 * @param toId the newer version
	 * @return what moved and how the scores changed
	 */
	public PlanComparison compare(long fromId, long toId) {
		StoredPlan from = get(fromId);
		StoredPlan to = get(toId);
		Map<String, String> tpsFrom = anchorOfTps(from.plan());
		Map<String, String> tpsTo = anchorOfTps(to.plan());
		List<PlanComparison.Move> tpsMoves = moves(tpsFrom, tpsTo);
		Map<String, String> officersFrom = anchorOfOfficers(from.plan());
		Map<String, String> officersTo = anchorOfOfficers(to.plan());
		List<PlanComparison.Move> officerMoves = moves(officersFrom, officersTo);
		Map<PoliceClass, Double> within = new EnumMap<>(PoliceClass.class);
		to.plan()
			.reserves()
			.withinTarget()
			.forEach((c, v) -> within.put(c,
					Math.round((v - from.plan().reserves().withinTarget().getOrDefault(c, 0.0)) * 1000) / 1000.0));
		return new PlanComparison(from.version().version(), to.version().version(),
				Math.round((to.plan().posts().totalDistanceMetres() - from.plan().posts().totalDistanceMetres()) / 10)
						/ 100.0,
				to.plan().missing() - from.plan().missing(), to.plan().staffed().size() - from.plan().staffed().size(),
				tpsMoves.size(), tpsMoves.subList(0, Math.min(200, tpsMoves.size())), officerMoves.size(),
				officerMoves.subList(0, Math.min(200, officerMoves.size())), within);
	}

	private static Map<String, String> anchorOfTps(DeploymentPlan plan) {
		Map<String, String> anchors = new HashMap<>();
		plan.posts().posts().forEach(p -> p.tps().forEach(t -> anchors.put(t, p.anchor())));
		return anchors;
	}

	private static Map<String, String> anchorOfOfficers(DeploymentPlan plan) {
		Map<String, String> anchors = new HashMap<>();
		plan.staffed().forEach(s -> s.officers().forEach(o -> anchors.put(o.nrp(), s.post().anchor())));
		return anchors;
	}

	private static List<PlanComparison.Move> moves(Map<String, String> from, Map<String, String> to) {
		Set<String> keys = new TreeSet<>(from.keySet());
		keys.addAll(to.keySet());
		List<PlanComparison.Move> moves = new ArrayList<>();
		for (String k : keys) {
			String a = from.get(k);
			String b = to.get(k);
			if (a == null ? b != null : !a.equals(b)) {
				moves.add(new PlanComparison.Move(k, a, b));
			}
		}
		return moves;
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

	/**
	 * The map of a version as GeoJSON (for GIS tools and the printed annex): each post as
	 * a point at its anchor, a line from the anchor to each of its TPS, and the reserve
	 * bases.
	 * @param id a version
	 * @return a FeatureCollection
	 */
	public Map<String, Object> mapGeoJson(long id) {
		StoredPlan stored = get(id);
		Map<String, Tps> tps = tpsByCode();
		List<Map<String, Object>> features = new ArrayList<>();
		for (StaffedPost s : stored.plan().staffed()) {
			Post post = s.post();
			Tps anchor = tps.get(post.anchor());
			if (anchor == null) {
				continue;
			}
			Map<String, Object> properties = new java.util.LinkedHashMap<>();
			properties.put("kind", "post");
			properties.put("anchor", post.anchor());
			properties.put("polsek", post.polsek());
			properties.put("class", post.highestClass().name());
			properties.put("fixed", post.fixed());
			properties.put("tps", post.tps().size());
			properties.put("police", post.police());
			properties.put("officers", s.officers().size());
			properties.put("missing", s.missing());
			properties.put("leader",
					s.officers().isEmpty() ? null : s.officers().get(0).rank() + " " + s.officers().get(0).name());
			features.add(feature("Point", List.of(anchor.lon(), anchor.lat()), properties));
			for (String code : post.tps()) {
				Tps t = tps.get(code);
				if (t != null && !code.equals(post.anchor())) {
					features.add(feature("LineString",
							List.of(List.of(anchor.lon(), anchor.lat()), List.of(t.lon(), t.lat())),
							Map.of("kind", "assignment", "tps", code, "anchor", post.anchor())));
				}
			}
		}
		for (ReservePlan.Base b : stored.plan().reserves().bases()) {
			features.add(feature("Point", List.of(b.lon(), b.lat()),
					Map.of("kind", "reserve", "unit", b.unitCode(), "name", b.name())));
		}
		Map<String, Object> collection = new java.util.LinkedHashMap<>();
		collection.put("type", "FeatureCollection");
		collection.put("name", "rencana-v" + stored.version().version());
		collection.put("features", features);
		return collection;
	}

	private static Map<String, Object> feature(String type, Object coordinates, Map<String, Object> properties) {
		Map<String, Object> feature = new java.util.LinkedHashMap<>();
		feature.put("type", "Feature");
		feature.put("geometry", Map.of("type", type, "coordinates", coordinates));
		feature.put("properties", properties);
		return feature;
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
	 * @return voting day, from the operation's agenda: who is available is judged on it
	 * @throws Conflict when the agenda has no voting stage
	 */
	public LocalDate votingDay() {
		return this.operation.votingDay()
			.orElseThrow(() -> new Conflict(
					"the operation's agenda has no voting stage (PEMUNGUTAN); add it on the operation page first"));
	}

}
