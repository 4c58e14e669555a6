package id.praja.deployment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Set;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import id.praja.deployment.internal.TerrainTravel;
import id.praja.deployment.internal.TpsDutyRepository;
import id.praja.deployment.planning.ClusteringInstance;
import id.praja.deployment.planning.ClusteringSolution;
import id.praja.deployment.planning.ClusteringSolver;
import id.praja.deployment.planning.Metric;
import id.praja.deployment.planning.OfficerAssignment;
import id.praja.deployment.planning.ReservePlacement;
import id.praja.deployment.planning.Terrain;
import id.praja.deployment.planning.TerrainTravelModel;
import id.praja.personnel.Officer;
import id.praja.personnel.OfficerQuery;
import id.praja.personnel.Rank;
import id.praja.personnel.Unit;
import id.praja.personnel.UnitKind;
import id.praja.personnel.PersonnelManagement;
import id.praja.shared.HeavyWork;
import id.praja.territory.TerritoryManagement;
import id.praja.territory.Tps;
import id.praja.vulnerability.PoliceClass;
import id.praja.vulnerability.VulnerabilityManagement;

/**
 * Deployment planning. So far: the TPS of each Polsek grouped into posts by the staffing
 * pattern — sangat rawan and khusus TPS get fixed posts of their own; the others are
 * clustered so that no post exceeds what one group can cover and the total distance from
 * each TPS to its post's anchor is as small as possible; a post never crosses a Polsek's
 * area; then the posts are filled with officers (see {@link #planDeployment}) and the
 * reserve teams placed. Pins and a previous plan to start from are honoured; versions,
 * background solving and publication are {@link DeploymentPlans}'.
 */
@Service
public class DeploymentManagement {

	/**
	 * Capacity units of one group: a kurang-rawan TPS weighs 10 / 10 = 1, a rawan one 10
	 * / 2 = 5.
	 */
	static final int CAPACITY = 10;

	private final TerritoryManagement territory;

	private final PersonnelManagement personnel;

	private final VulnerabilityManagement vulnerability;

	private final TerrainTravel travel;

	private final HeavyWork heavy;

	private final TpsDutyRepository duty;

	private final ApplicationEventPublisher events;

	DeploymentManagement(TerritoryManagement territory, PersonnelManagement personnel,
			VulnerabilityManagement vulnerability, TpsDutyRepository duty, ApplicationEventPublisher events,
			TerrainTravel travel, HeavyWork heavy) {
		this.heavy = heavy;
		this.duty = duty;
		this.events = events;
		this.territory = territory;
		this.personnel = personnel;
		this.vulnerability = vulnerability;
		this.travel = travel;
	}

	/**
	 * @return the travel model of reserve vehicles: a pace per terrain class, the terrain
	 * of each kecamatan from its population density (see {@link Terrain})
	 */
	TerrainTravelModel travelModel() {
		return this.travel.model();
	}

	/**
	 * Groups the TPS in scope into posts: first a complete plan from the fast local
	 * search, then each Polsek improved by the exact solver within its time.
	 * @param pattern the staffing pattern
	 * @param secondsPerPolsek improvement time per Polsek (0 for the first plan only)
	 * @param threads Polsek solved in parallel
	 * @return the posts
	 */
	public PostPlan planPosts(StaffingPattern pattern, double secondsPerPolsek, int threads) {
		return planPosts(pattern, secondsPerPolsek, threads, PlanPins.NONE, null, Progress.NONE);
	}

	/**
	 * What a background solve reports and checks while it runs.
	 */
	public interface Progress {

		/** Reports nothing and never stops. */
		Progress NONE = new Progress() {
		};

		/**
		 * @param seconds since the start
		 * @param totalDistanceMetres the best total travel so far
		 * @param polsekDone Polsek improved so far
		 * @param polsekTotal Polsek in all
		 */
		default void improved(double seconds, double totalDistanceMetres, int polsekDone, int polsekTotal) {
		}

		/**
		 * @return true when the planner asked to stop (the best plan so far is kept)
		 */
		default boolean stopped() {
			return false;
		}

	}

	/**
	 * Groups the TPS into posts, keeping the planner's pins and starting from a previous
	 * plan when there is one (so a re-solve never makes it worse for the same input).
	 * @param pattern the staffing pattern
	 * @param secondsPerPolsek improvement time per Polsek (0 for the first plan only)
	 * @param threads Polsek solved in parallel
	 * @param pins the planner's pins
	 * @param previous the plan to start from, or null
	 * @param progress told of every improvement; asked whether to stop
	 * @return the posts
	 */
	public PostPlan planPosts(StaffingPattern pattern, double secondsPerPolsek, int threads, PlanPins pins,
			PostPlan previous, Progress progress) {
		long start = System.nanoTime();
		Map<String, String> previousAnchor = new HashMap<>();
		Map<String, Post> previousPost = new HashMap<>();
		if (previous != null) {
			for (Post post : previous.posts()) {
				previousPost.put(post.anchor(), post);
				post.tps().forEach(t -> previousAnchor.put(t, post.anchor()));
			}
		}
		List<Area> work = areas(pattern, pins, previousAnchor, previousPost);
		work.forEach(a -> a.solve(0.05, 1));
		double firstPlan = (System.nanoTime() - start) / 1e9;
		progress.improved(firstPlan, work.stream().mapToDouble(Area::distance).sum(), 0, work.size());
		if (secondsPerPolsek > 0) {
			// on the node's heavy-work threads (the caller's included), never more of
			// them
			java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
			this.heavy.parallel(work.size(), threads, i -> {
				Area a = work.get(i);
				if (!progress.stopped()) {
					a.solve(secondsPerPolsek, 1);
				}
				synchronized (progress) {
					progress.improved((System.nanoTime() - start) / 1e9,
							work.stream().mapToDouble(Area::distance).sum(), done.incrementAndGet(), work.size());
				}
			});
		}
		List<Post> posts = new ArrayList<>();
		List<PostPlan.PolsekBound> bounds = new ArrayList<>();
		double total = 0;
		int tps = 0;
		for (Area a : work) {
			posts.addAll(a.posts());
			total += a.distance();
			tps += a.tps.size();
			double bound = a.bound();
			bounds.add(new PostPlan.PolsekBound(a.polsek, a.distance(), Double.isNaN(bound) ? null : bound));
		}
		posts.sort(Comparator.comparing(Post::polsek).thenComparing(Post::anchor));
		int police = posts.stream().mapToInt(Post::police).sum();
		int reserve = (int) Math.ceil(police * pattern.reserveShare() / (1 - pattern.reserveShare()));
		return new PostPlan(List.copyOf(posts), tps, police, reserve, tps * pattern.linmasPerTps(), total, firstPlan,
				(System.nanoTime() - start) / 1e9, List.copyOf(bounds));
	}

	/** Units whose officers are kept out of TPS duty: reserves and escorts. */
	static final Set<String> RESERVE_UNITS = Set.of("SAT-SAMAPTA", "BKO-BRIMOB");

	/** Officers per reserve team (a Dalmas squad). */
	static final int RESERVE_TEAM = 12;

	/** Functions that command rather than stand at a TPS. */
	static final List<String> COMMANDERS = List.of("Kapolres", "Wakapolres", "Kapolsek", "Wakapolsek", "Kabag", "Kasat",
			"Wakasat", "Kasi", "Danki", "Kasubdit");

	/**
	 * Posts with officers: the TPS grouped into posts, then every post filled from its
	 * own Polsek first, then the Polres headquarters, then BKO, nearest first, with
	 * officers available that day only; commanders, the reserve units (Sat Samapta, BKO
	 * Brimob) and the functions the {@linkplain #tpsDuty() TPS duty rule} keeps out
	 * (staff such as Bag Ops or Si Propam) stay out of TPS duty. Each post is led by its
	 * most senior officer.
	 * @param pattern the staffing pattern
	 * @param secondsPerPolsek improvement time for the posts per Polsek
	 * @param threads Polsek solved in parallel
	 * @param day the day of the deployment (status: leave, sickness ... that day)
	 * @param minimumLeaderRank the least rank a post's leader must hold
	 * @return the plan
	 */
	public DeploymentPlan planDeployment(StaffingPattern pattern, double secondsPerPolsek, int threads, LocalDate day,
			Rank minimumLeaderRank) {
		return planDeployment(pattern, secondsPerPolsek, threads, day, minimumLeaderRank, PlanPins.NONE, null,
				Progress.NONE);
	}

	/**
	 * Posts with officers, keeping the planner's pins (see {@link PlanPins}) and starting
	 * from a previous plan.
	 * @param pattern the staffing pattern
	 * @param secondsPerPolsek improvement time for the posts per Polsek
	 * @param threads Polsek solved in parallel
	 * @param day the day of the deployment
	 * @param minimumLeaderRank the least rank a post's leader must hold
	 * @param pins the planner's pins
	 * @param previous the plan to start from (its posts, and its officers where nothing
	 * better offers), or null
	 * @param progress told of every improvement; asked whether to stop
	 * @return the plan
	 */
	public DeploymentPlan planDeployment(StaffingPattern pattern, double secondsPerPolsek, int threads, LocalDate day,
			Rank minimumLeaderRank, PlanPins pins, DeploymentPlan previous, Progress progress) {
		PostPlan posts = planPosts(pattern, secondsPerPolsek, threads, pins,
				(previous != null) ? previous.posts() : null, progress);
		Map<String, String> previousAnchorOf = new HashMap<>();
		if (previous != null) {
			previous.staffed()
				.forEach(s -> s.officers().forEach(o -> previousAnchorOf.put(o.nrp(), s.post().anchor())));
		}
		long start = System.nanoTime();
		List<String> unmet = new ArrayList<>();
		Map<String, Integer> slotOfAnchor = new HashMap<>();
		for (int s = 0; s < posts.posts().size(); s++) {
			slotOfAnchor.put(posts.posts().get(s).anchor(), s);
		}
		Map<Integer, List<Officer>> pinnedOn = new HashMap<>();
		Map<String, Unit> units = new HashMap<>();
		this.personnel.units().forEach(u -> units.put(u.code(), u));
		Map<String, Boolean> dutyRule = this.duty.rule();
		Map<String, Tps> tpsByCode = new HashMap<>();
		this.territory.forEachTps(null, t -> tpsByCode.put(t.code(), t));
		List<Officer> officers = this.personnel.allOfficers(null);
		List<OfficerAssignment.Candidate> candidates = new ArrayList<>();
		List<Officer> offered = new ArrayList<>();
		int reserve = 0;
		for (Officer o : officers) {
			Unit unit = units.get(o.unitCode());
			String pinnedTo = pins.officers().get(o.nrp());
			if (pinnedTo != null) {
				Integer slot = slotOfAnchor.get(pinnedTo);
				if (unit == null || unit.baseLat() == null || !o.statusOn(day).available()) {
					unmet.add(o.nrp() + " (" + o.name() + "): not available on " + day);
				}
				else if (slot == null) {
					unmet.add(o.nrp() + " (" + o.name() + "): no post at " + pinnedTo);
				}
				else {
					pinnedOn.computeIfAbsent(slot, k -> new ArrayList<>()).add(o);
				}
				continue;
			}
			if (unit == null || unit.baseLat() == null || !o.statusOn(day).available()) {
				continue;
			}
			if (RESERVE_UNITS.contains(o.unitCode())) {
				reserve++;
				continue;
			}
			if (COMMANDERS.stream().anyMatch(c -> o.function().startsWith(c))) {
				continue;
			}
			if (!dutyRule.getOrDefault(o.unitCode(), true)) {
				continue;
			}
			String area = (unit.kind() == UnitKind.POLSEK) ? unit.code() : null;
			int tier = (unit.kind() == UnitKind.BKO) ? 2 : 1;
			Integer previousSlot = slotOfAnchor.get(previousAnchorOf.get(o.nrp()));
			candidates.add(new OfficerAssignment.Candidate(o.nrp(), area, tier, unit.baseLon(), unit.baseLat(),
					(previousSlot != null) ? previousSlot : -1));
			offered.add(o);
		}
		List<OfficerAssignment.Slot> slots = new ArrayList<>();
		for (int s = 0; s < posts.posts().size(); s++) {
			Post p = posts.posts().get(s);
			Tps anchor = tpsByCode.get(p.anchor());
			int already = pinnedOn.getOrDefault(s, List.of()).size();
			slots.add(new OfficerAssignment.Slot(p.polsek(), anchor.lon(), anchor.lat(),
					Math.max(0, p.police() - already)));
		}
		pins.officers().forEach((nrp, anchor) -> {
			if (officers.stream().noneMatch(o -> o.nrp().equals(nrp))) {
				unmet.add(nrp + ": no such officer");
			}
		});
		pins.posts().forEach(anchor -> {
			if (!slotOfAnchor.containsKey(anchor)) {
				unmet.add("post " + anchor + ": no longer a post");
			}
		});
		List<List<Integer>> assigned = OfficerAssignment.assign(slots, candidates);
		List<StaffedPost> staffed = new ArrayList<>();
		int missing = 0;
		for (int s = 0; s < slots.size(); s++) {
			Post post = posts.posts().get(s);
			OfficerAssignment.Slot slot = slots.get(s);
			List<Officer> on = new ArrayList<>(pinnedOn.getOrDefault(s, List.of()));
			assigned.get(s).forEach(i -> on.add(offered.get(i)));
			on.sort(Comparator.comparing(Officer::rank).reversed().thenComparing(Officer::name));
			List<PostedOfficer> posted = on.stream().map(o -> {
				Unit u = units.get(o.unitCode());
				return new PostedOfficer(o.nrp(), o.name(), o.rank().abbreviation(), o.unitCode(),
						Metric.HAVERSINE.distance(u.baseLon(), u.baseLat(), slot.lon(), slot.lat()));
			}).toList();
			int gap = Math.max(0, post.police() - posted.size());
			missing += gap;
			boolean leaderOk = !on.isEmpty() && on.get(0).rank().compareTo(minimumLeaderRank) >= 0;
			staffed.add(new StaffedPost(post, posted, gap, leaderOk));
		}
		ReservePlan reserves = planReserves(pattern, reserve, RESERVE_TEAM, units.values(), tpsByCode.values());
		return new DeploymentPlan(posts, List.copyOf(staffed), missing, reserve, posts.reserve(), reserves,
				(System.nanoTime() - start) / 1e9, unmet);
	}

	/**
	 * The rule which Polres functions may be posted to TPS: every function unit of the
	 * Polres except the reserve units (they are the reserve, whatever the rule says).
	 * @return the functions, in the order of the unit list
	 */
	public List<TpsDuty> tpsDuty() {
		Map<String, Boolean> rule = this.duty.rule();
		return this.personnel.units()
			.stream()
			.filter(u -> u.kind() == UnitKind.FUNGSI && !RESERVE_UNITS.contains(u.code()))
			.map(u -> new TpsDuty(u.code(), u.name(), u.officers(), rule.getOrDefault(u.code(), true)))
			.toList();
	}

	/**
	 * Changes the rule: the functions listed may be posted to TPS, the others not. It
	 * applies at the next plan or solve; published plans stay as they are.
	 * @param allowed codes of the functions that may be posted to TPS
	 * @return the rule afterwards
	 */
	@org.springframework.transaction.annotation.Transactional
	public List<TpsDuty> changeTpsDuty(Set<String> allowed) {
		List<TpsDuty> before = tpsDuty();
		for (String code : allowed) {
			if (before.stream().noneMatch(d -> d.unitCode().equals(code))) {
				throw new IllegalArgumentException("unknown function " + code);
			}
		}
		for (TpsDuty d : before) {
			this.duty.set(d.unitCode(), allowed.contains(d.unitCode()));
		}
		List<TpsDuty> after = tpsDuty();
		this.events.publishEvent(new TpsDutyChanged(excluded(before), excluded(after)));
		return after;
	}

	private static List<String> excluded(List<TpsDuty> rule) {
		return rule.stream().filter(d -> !d.allowed()).map(TpsDuty::unitCode).toList();
	}

	/**
	 * Places the reserve teams at Polres, Polsek and Koramil bases (see
	 * {@link ReservePlacement}).
	 */
	private ReservePlan planReserves(StaffingPattern pattern, int pool, int teamSize, Collection<Unit> units,
			Collection<Tps> tps) {
		List<Unit> bases = units.stream()
			.filter(u -> u.baseLat() != null && (u.kind() == UnitKind.POLRES || u.kind() == UnitKind.POLSEK
					|| (u.kind() == UnitKind.TNI && u.code().startsWith("KORAMIL-"))))
			.sorted(Comparator.comparing(Unit::code))
			.toList();
		List<ReservePlacement.Site> sites = bases.stream()
			.map(u -> new ReservePlacement.Site(u.baseLon(), u.baseLat()))
			.toList();
		Map<String, PoliceClass> classes = this.vulnerability.classes();
		List<Tps> ordered = tps.stream().sorted(Comparator.comparing(Tps::code)).toList();
		List<PoliceClass> classOf = new ArrayList<>();
		List<ReservePlacement.Point> points = new ArrayList<>();
		for (Tps t : ordered) {
			PoliceClass c = classes.getOrDefault(t.code(), PoliceClass.KURANG_RAWAN);
			classOf.add(c);
			points.add(new ReservePlacement.Point(t.lon(), t.lat(), pattern.responseMinutes().get(c),
					c != PoliceClass.KURANG_RAWAN));
		}
		int teams = pool / teamSize;
		List<Integer> chosen = ReservePlacement.place(sites, points, teams, travelModel());
		double[] minutes = ReservePlacement.nearestMinutes(sites, chosen, points, travelModel());
		Map<PoliceClass, Double> within = new java.util.EnumMap<>(PoliceClass.class);
		Map<PoliceClass, Double> worst = new java.util.EnumMap<>(PoliceClass.class);
		Map<PoliceClass, int[]> counts = new java.util.EnumMap<>(PoliceClass.class);
		for (int p = 0; p < points.size(); p++) {
			PoliceClass c = classOf.get(p);
			int[] n = counts.computeIfAbsent(c, k -> new int[2]);
			n[0]++;
			if (minutes[p] <= points.get(p).targetMinutes()) {
				n[1]++;
			}
			worst.merge(c, Math.round(minutes[p] * 10) / 10.0, Math::max);
		}
		counts.forEach((c, n) -> within.put(c, Math.round(1000.0 * n[1] / n[0]) / 1000.0));
		List<ReservePlan.Base> chosenBases = chosen.stream()
			.map(i -> bases.get(i))
			.map(u -> new ReservePlan.Base(u.code(), u.name(), u.baseLat(), u.baseLon()))
			.toList();
		return new ReservePlan(chosen.size(), teamSize, chosenBases, within, worst);
	}

	/**
	 * The same TPS grouped by a naive greedy rule (anchors spread far apart, each TPS to
	 * the nearest anchor with room, no improvement): the baseline the optimiser is
	 * compared with.
	 * @param pattern the staffing pattern
	 * @return the total distance of the greedy plan, in metres
	 */
	public double greedyDistance(StaffingPattern pattern) {
		double total = 0;
		for (Area a : areas(pattern)) {
			if (a.instance != null) {
				int[] greedy = ClusteringSolver.greedy(a.instance, Metric.HAVERSINE);
				total += a.instance.objective(greedy, Metric.HAVERSINE);
			}
		}
		return total;
	}

	/**
	 * @return the TPS in scope grouped by the Polsek whose area they lie in, ordered by
	 * Polsek
	 */
	private List<Area> areas(StaffingPattern pattern) {
		return areas(pattern, PlanPins.NONE, Map.of(), Map.of());
	}

	private List<Area> areas(StaffingPattern pattern, PlanPins pins, Map<String, String> previousAnchor,
			Map<String, Post> previousPost) {
		Map<String, String> areas = this.personnel.polsekAreas();
		Map<String, PoliceClass> classes = this.vulnerability.classes();
		Map<String, List<Tps>> byPolsek = new TreeMap<>();
		this.territory.forEachTps(null, t -> {
			String polsek = areas.get(t.kecamatanCode());
			if (polsek != null) {
				byPolsek.computeIfAbsent(polsek, k -> new ArrayList<>()).add(t);
			}
		});
		return byPolsek.entrySet()
			.stream()
			.map(e -> new Area(e.getKey(), e.getValue(), classes, pattern, pins, previousAnchor, previousPost))
			.toList();
	}

	/** One Polsek's TPS: fixed ones apart, mobile ones as a clustering instance. */
	private static final class Area {

		final String polsek;

		final List<Tps> tps;

		final List<Tps> fixed = new ArrayList<>();

		final List<Tps> mobile = new ArrayList<>();

		final Map<String, PoliceClass> classes;

		final StaffingPattern pattern;

		final ClusteringInstance instance;

		/** Posts the planner pinned whole: anchor code to its TPS. */
		final Map<String, List<Tps>> pinned = new TreeMap<>();

		/** Mobile TPS that must stay anchors. */
		final boolean[] mustAnchor;

		/** The previous plan's grouping of the mobile TPS, or null. */
		final int[] initial;

		volatile ClusteringSolution solution;

		/** the best lower bound proven for the current solution's instance. */
		volatile double bound = Double.NaN;

		Area(String polsek, List<Tps> tps, Map<String, PoliceClass> classes, StaffingPattern pattern, PlanPins pins,
				Map<String, String> previousAnchor, Map<String, Post> previousPost) {
			this.polsek = polsek;
			this.tps = tps;
			this.classes = classes;
			this.pattern = pattern;
			Map<String, Tps> byCode = new HashMap<>();
			tps.forEach(t -> byCode.put(t.code(), t));
			java.util.Set<String> taken = new java.util.HashSet<>();
			for (String anchor : pins.posts()) {
				Post post = previousPost.get(anchor);
				if (post == null || !post.polsek().equals(polsek) || post.fixed()) {
					continue;
				}
				List<Tps> members = post.tps()
					.stream()
					.map(byCode::get)
					.filter(t -> t != null && !pattern.groups().get(classOf(t)).fixed())
					.toList();
				if (members.stream().anyMatch(t -> t.code().equals(anchor))) {
					this.pinned.put(anchor, members);
					members.forEach(t -> taken.add(t.code()));
				}
			}
			for (Tps t : tps) {
				if (pattern.groups().get(classOf(t)).fixed()) {
					this.fixed.add(t);
				}
				else if (!taken.contains(t.code())) {
					this.mobile.add(t);
				}
			}
			if (this.mobile.isEmpty()) {
				this.instance = null;
				this.mustAnchor = null;
				this.initial = null;
				return;
			}
			Map<String, Integer> index = new HashMap<>();
			for (int i = 0; i < this.mobile.size(); i++) {
				index.put(this.mobile.get(i).code(), i);
			}
			this.mustAnchor = new boolean[this.mobile.size()];
			int forced = 0;
			for (int i = 0; i < this.mobile.size(); i++) {
				if (pins.keepsAnchor(this.mobile.get(i).code())) {
					this.mustAnchor[i] = true;
					forced++;
				}
			}
			int[] start = new int[this.mobile.size()];
			for (int i = 0; start != null && i < start.length; i++) {
				Integer centre = index.get(previousAnchor.get(this.mobile.get(i).code()));
				if (centre == null) {
					start = null;
				}
				else {
					start[i] = centre;
				}
			}
			this.initial = start;
			int n = this.mobile.size();
			double[] x = new double[n];
			double[] y = new double[n];
			double[] capacity = new double[n];
			double[] demand = new double[n];
			double sum = 0;
			for (int i = 0; i < n; i++) {
				Tps t = this.mobile.get(i);
				x[i] = t.lon();
				y[i] = t.lat();
				capacity[i] = CAPACITY;
				demand[i] = weight(classOf(t));
				sum += demand[i];
			}
			int p = Math.max(forced, (int) Math.ceil(sum / CAPACITY - 1e-9));
			this.instance = new ClusteringInstance(x, y, capacity, demand, Math.min(p, n));
		}

		PoliceClass classOf(Tps t) {
			return this.classes.getOrDefault(t.code(), PoliceClass.KURANG_RAWAN);
		}

		double weight(PoliceClass c) {
			return (double) CAPACITY / this.pattern.groups().get(c).tps();
		}

		void solve(double seconds, int threads) {
			if (this.instance == null) {
				return;
			}
			ClusteringSolution current0 = this.solution;
			int[] from = (current0 != null && current0.feasible()) ? current0.centreOf() : this.initial;
			ClusteringInstance problem = this.instance;
			if (from != null && ClusteringSolver.centres(from) != problem.p()) {
				// an earlier solve needed more groups than the minimum to pack the TPS
				problem = new ClusteringInstance(problem.x(), problem.y(), problem.capacity(), problem.demand(),
						ClusteringSolver.centres(from));
			}
			ClusteringSolution candidate = new ClusteringSolver(Metric.HAVERSINE, threads, 1).solveFeasible(problem,
					seconds, from, this.mustAnchor);
			ClusteringSolution current = this.solution;
			if (current == null || !current.feasible()
					|| (candidate.feasible() && candidate.objective() < current.objective())) {
				if (current != null && ClusteringSolver.centres(current.centreOf()) != ClusteringSolver
					.centres(candidate.centreOf())) {
					this.bound = Double.NaN;
				}
				this.solution = candidate;
			}
			// the best bound proven for the number of posts the plan has
			if (candidate.feasible() && this.solution.feasible()
					&& ClusteringSolver.centres(candidate.centreOf()) == ClusteringSolver
						.centres(this.solution.centreOf())
					&& !Double.isNaN(candidate.bound()) && !(candidate.bound() <= this.bound)) {
				this.bound = candidate.bound();
			}
		}

		/**
		 * @return a proven lower bound on this Polsek's distance (pinned posts as they
		 * are, the same number of posts), NaN when unknown
		 */
		double bound() {
			double pinnedDistance = distance() - ((this.solution != null) ? this.solution.objective() : 0);
			if (this.instance == null) {
				return pinnedDistance;
			}
			if (this.solution == null || !this.solution.feasible() || Double.isNaN(this.bound)) {
				return Double.NaN;
			}
			return pinnedDistance + Math.min(this.bound, this.solution.objective());
		}

		double distance() {
			double pinnedDistance = 0;
			for (Map.Entry<String, List<Tps>> e : this.pinned.entrySet()) {
				Tps anchor = e.getValue().stream().filter(t -> t.code().equals(e.getKey())).findFirst().orElseThrow();
				for (Tps t : e.getValue()) {
					pinnedDistance += Metric.HAVERSINE.distance(t.lon(), t.lat(), anchor.lon(), anchor.lat());
				}
			}
			return pinnedDistance + ((this.solution != null) ? this.solution.objective() : 0);
		}

		/** A group of TPS as a post anchored at one of them. */
		Post group(Tps anchor, List<Tps> members) {
			PoliceClass highest = PoliceClass.KURANG_RAWAN;
			double load = 0;
			double max = 0;
			List<String> codes = new ArrayList<>();
			for (Tps t : members) {
				highest = highest.max(classOf(t));
				load += weight(classOf(t));
				max = Math.max(max, Metric.HAVERSINE.distance(t.lon(), t.lat(), anchor.lon(), anchor.lat()));
				codes.add(t.code());
			}
			return new Post(this.polsek, anchor.code(), List.copyOf(codes), highest, false,
					this.pattern.groups().get(highest).police(), load / CAPACITY, max);
		}

		List<Post> posts() {
			List<Post> posts = new ArrayList<>();
			for (Tps t : this.fixed) {
				PoliceClass c = classOf(t);
				posts.add(new Post(this.polsek, t.code(), List.of(t.code()), c, true,
						this.pattern.groups().get(c).police(), 1.0, 0));
			}
			this.pinned.forEach((anchor, members) -> posts
				.add(group(members.stream().filter(t -> t.code().equals(anchor)).findFirst().orElseThrow(), members)));
			if (this.solution == null) {
				return posts;
			}
			int[] centreOf = this.solution.centreOf();
			Map<Integer, List<Integer>> clusters = new TreeMap<>();
			for (int i = 0; i < centreOf.length; i++) {
				clusters.computeIfAbsent(centreOf[i], k -> new ArrayList<>()).add(i);
			}
			clusters.forEach((centre, members) -> posts
				.add(group(this.mobile.get(centre), members.stream().map(this.mobile::get).toList())));
			return posts;
		}

	}

}
