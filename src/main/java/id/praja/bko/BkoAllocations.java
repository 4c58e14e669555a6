package id.praja.bko;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.praja.bko.internal.BkoRepository;
import id.praja.bko.planning.BkoProblem;
import id.praja.bko.planning.BkoSolver;
import id.praja.bko.planning.ConvoyTravel;
import id.praja.deployment.DeploymentPlans;
import id.praja.deployment.PlanVersion;
import id.praja.deployment.PostedOfficer;
import id.praja.deployment.StaffedPost;
import id.praja.deployment.StoredPlan;
import id.praja.operation.OperationManagement;
import id.praja.personnel.PersonnelManagement;
import id.praja.personnel.Unit;
import id.praja.personnel.UnitKind;
import id.praja.shared.AccessScopes;
import id.praja.shared.Conflict;
import id.praja.shared.CurrentUser;
import id.praja.shared.NotFound;

/**
 * The Polda's BKO allocation. The shortfalls come from each Polres' plan (the newest
 * published version, else the newest draft), the reserve units from the Polda's records;
 * a draft is solved at once (fewest TPS below the pattern, then least travel, see
 * {@link BkoSolver}), the Karoops moves and pins platoons (the others are re-solved
 * around the pins) and publishes it; the newest published allocation is what the
 * receiving Polres' planners see.
 */
@Service
public class BkoAllocations {

	/** Time limit of one solve; the Polda's case is solved optimally in well under it. */
	static final double SECONDS = 10;

	/** A platoon arrives two days before voting day (the shift to the TPS) ... */
	static final int DAYS_BEFORE = 2;

	/** ... and stays until the day after. */
	static final int DAYS_AFTER = 1;

	private final BkoRepository repository;

	private final DeploymentPlans plans;

	private final PersonnelManagement personnel;

	private final OperationManagement operation;

	private final ApplicationEventPublisher events;

	private final ObjectProvider<AccessScopes> scopes;

	BkoAllocations(BkoRepository repository, DeploymentPlans plans, PersonnelManagement personnel,
			OperationManagement operation, ApplicationEventPublisher events, ObjectProvider<AccessScopes> scopes) {
		this.scopes = scopes;
		this.repository = repository;
		this.plans = plans;
		this.personnel = personnel;
		this.operation = operation;
		this.events = events;
	}

	/**
	 * @return the Polda's reserve units
	 */
	public List<ReserveUnit> reserveUnits() {
		poldaOnly();
		return this.repository.units();
	}

	/**
	 * The Polres short of their pattern now, each read from its current plan (its newest
	 * published version, else its newest draft).
	 * @return the shortfalls, largest first
	 */
	public List<PolresShortfall> shortfalls() {
		poldaOnly();
		Map<String, Unit> units = new HashMap<>();
		this.personnel.units().forEach(u -> units.put(u.code(), u));
		List<String> reserveCodes = reserveUnits().stream().map(ReserveUnit::code).toList();
		Map<String, Map<List<Integer>, Integer>> gaps = new TreeMap<>();
		Map<String, StoredPlan> planOf = new HashMap<>();
		for (Map.Entry<String, PlanVersion> current : this.plans.currentPerPolres().entrySet()) {
			Unit unit = units.get(current.getKey());
			if (unit == null || unit.kind() != UnitKind.POLRES || unit.baseLat() == null) {
				continue;
			}
			StoredPlan plan = this.plans.get(current.getValue().id());
			planOf.put(unit.code(), plan);
			for (StaffedPost s : plan.plan().staffed()) {
				long own = s.officers().stream().filter(o -> !fromPolda(o, reserveCodes)).count();
				int missing = (int) Math.max(0, s.post().police() - own);
				if (missing > 0) {
					gaps.computeIfAbsent(unit.code(), k -> new TreeMap<>(BkoAllocations::compareKeys))
						.merge(List.of(missing, s.post().tps().size()), 1, Integer::sum);
				}
			}
		}
		List<PolresShortfall> shortfalls = new ArrayList<>();
		gaps.forEach((code, byKind) -> {
			Unit polres = units.get(code);
			List<PolresShortfall.Gap> list = new ArrayList<>();
			byKind.forEach((key, posts) -> list.add(new PolresShortfall.Gap(key.get(0), key.get(1), posts)));
			StoredPlan plan = planOf.get(code);
			shortfalls.add(new PolresShortfall(code, polres.name(), polres.baseLat(), polres.baseLon(),
					plan.version().version(), plan.version().electionDay(), list));
		});
		shortfalls.sort((a, b) -> Integer.compare(b.tpsBelow(), a.tpsBelow()));
		return shortfalls;
	}

	private static int compareKeys(List<Integer> a, List<Integer> b) {
		int c = Integer.compare(a.get(0), b.get(0));
		return (c != 0) ? c : Integer.compare(a.get(1), b.get(1));
	}

	private static boolean fromPolda(PostedOfficer o, List<String> reserveCodes) {
		return reserveCodes.stream().anyMatch(c -> o.unitCode().startsWith(c + "-P"));
	}

	/**
	 * The allocation is the Polda's: the staff of one Polres among several (whatever
	 * their role) find none of it.
	 */
	private void poldaOnly() {
		if (CurrentUser.scope(this.scopes).polres() != null) {
			throw new NotFound("the BKO allocation is the Polda's");
		}
	}

	/**
	 * @return every allocation version, newest first
	 */
	public List<BkoAllocation> versions() {
		poldaOnly();
		return this.repository.heads().stream().map(this::view).toList();
	}

	/**
	 * @param id an allocation
	 * @return it
	 * @throws NotFound when there is none
	 */
	public BkoAllocation get(long id) {
		poldaOnly();
		return this.repository.head(id).map(this::view).orElseThrow(() -> new NotFound("no BKO allocation " + id));
	}

	/**
	 * @return the newest published allocation, if any
	 */
	public Optional<BkoAllocation> published() {
		return this.repository.latestPublished().map(this::view);
	}

	/**
	 * Makes a new draft for today's shortfalls and reserve units, solved at once.
	 * @param user who makes it
	 * @return the draft
	 * @throws Conflict when the operation has no voting day yet
	 */
	@Transactional
	public BkoAllocation propose(String user) {
		poldaOnly();
		List<PolresShortfall> needs = shortfalls();
		LocalDate votingDay = needs.stream()
			.map(PolresShortfall::votingDay)
			.findFirst()
			.or(this.operation::votingDay)
			.orElseThrow(() -> new Conflict("the operation has no voting day yet"));
		List<ReserveUnit> units = reserveUnits();
		Solved solved = solve(needs, units, votingDay, Map.of());
		long id = this.repository.insert(votingDay, needs, tpsBelow(needs), solved.allocation().tpsBelow(),
				solved.allocation().travelMinutes(), solved.allocation().optimal(), user, solved.rows());
		BkoAllocation made = get(id);
		this.events.publishEvent(new BkoAllocationChanged(made.version(), "bko.proposed", null, null,
				Map.of("tpsBelowBefore", made.tpsBelowBefore(), "tpsBelow", made.tpsBelow(), "platoonsSent",
						made.sent().size(), "travelMinutes", made.travelMinutes())));
		return made;
	}

	/**
	 * Moves a platoon of a draft to a Polres (or keeps it home) and pins it there; the
	 * other platoons are re-solved around the pins.
	 * @param id a draft
	 * @param unitCode the platoon's unit
	 * @param platoon its number
	 * @param polresCode the Polres, or null to keep it at its home base
	 * @return the draft
	 * @throws Conflict when published; IllegalArgumentException for an unknown platoon or
	 * a Polres without shortfall in this draft, or one the platoon cannot serve
	 */
	@Transactional
	public BkoAllocation move(long id, String unitCode, int platoon, String polresCode) {
		poldaOnly();
		BkoAllocation draft = draft(id);
		BkoAllocation.PlatoonAssignment current = platoon(draft, unitCode, platoon);
		if (polresCode != null && draft.needs().stream().noneMatch(n -> n.polresCode().equals(polresCode))) {
			throw new IllegalArgumentException("Polres " + polresCode + " has no shortfall in this allocation");
		}
		if (polresCode != null && !current.availableOnVotingDay()) {
			throw new IllegalArgumentException(current.code() + " is not available on voting day");
		}
		Map<String, String> pins = pins(draft);
		pins.put(current.code(), (polresCode != null) ? polresCode : "");
		BkoAllocation after = resolve(draft, pins);
		this.events.publishEvent(new BkoAllocationChanged(draft.version(), "bko.moved", current.code(),
				place(current.polresCode(), draft.tpsBelow()), place(polresCode, after.tpsBelow())));
		return after;
	}

	/**
	 * Pins a platoon where it is, or unpins it (the draft is then re-solved).
	 * @param id a draft
	 * @param unitCode the platoon's unit
	 * @param platoon its number
	 * @param on pin or unpin
	 * @return the draft
	 */
	@Transactional
	public BkoAllocation pin(long id, String unitCode, int platoon, boolean on) {
		poldaOnly();
		BkoAllocation draft = draft(id);
		BkoAllocation.PlatoonAssignment current = platoon(draft, unitCode, platoon);
		Map<String, String> pins = pins(draft);
		if (on) {
			pins.put(current.code(), (current.polresCode() != null) ? current.polresCode() : "");
		}
		else {
			pins.remove(current.code());
		}
		BkoAllocation after = resolve(draft, pins);
		this.events.publishEvent(new BkoAllocationChanged(draft.version(), on ? "bko.pinned" : "bko.unpinned",
				current.code(), place(current.polresCode(), draft.tpsBelow()),
				place(platoon(after, unitCode, platoon).polresCode(), after.tpsBelow())));
		return after;
	}

	/**
	 * Publishes a draft: it no longer changes, and the receiving Polres' planners count
	 * its platoons as available officers on their days.
	 * @param id a draft
	 * @param user who publishes
	 * @return the published allocation
	 */
	@Transactional
	public BkoAllocation publish(long id, String user) {
		poldaOnly();
		BkoAllocation draft = draft(id);
		this.repository.publish(id, user);
		Map<String, Integer> byPolres = new TreeMap<>();
		draft.sent().forEach(p -> byPolres.merge(p.polresCode(), p.officers(), Integer::sum));
		this.events.publishEvent(new BkoAllocationPublished(draft.version(), draft.sent().size(),
				draft.sent().stream().mapToInt(BkoAllocation.PlatoonAssignment::officers).sum(), draft.tpsBelow(),
				byPolres));
		return get(id);
	}

	/**
	 * @param polresCode a Polres
	 * @param day a day
	 * @return the platoons of the newest published allocation with that Polres that day
	 */
	public List<BkoAllocation.PlatoonAssignment> arriving(String polresCode, LocalDate day) {
		return published()
			.map(a -> a.sent()
				.stream()
				.filter(p -> p.polresCode().equals(polresCode) && !day.isBefore(p.from()) && !day.isAfter(p.to()))
				.toList())
			.orElse(List.of());
	}

	private BkoAllocation draft(long id) {
		BkoAllocation a = get(id);
		if (a.published()) {
			throw new Conflict("BKO allocation version " + a.version() + " is published and cannot change");
		}
		return a;
	}

	private static BkoAllocation.PlatoonAssignment platoon(BkoAllocation a, String unitCode, int platoon) {
		return a.platoons()
			.stream()
			.filter(p -> p.unitCode().equals(unitCode) && p.platoon() == platoon)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("no platoon " + platoon + " of " + unitCode));
	}

	/** The draft's pins: platoon code to Polres code, "" for home. */
	private static Map<String, String> pins(BkoAllocation a) {
		Map<String, String> pins = new LinkedHashMap<>();
		a.platoons()
			.stream()
			.filter(BkoAllocation.PlatoonAssignment::pinned)
			.forEach(p -> pins.put(p.code(), (p.polresCode() != null) ? p.polresCode() : ""));
		return pins;
	}

	private static Map<String, Object> place(String polres, int tpsBelow) {
		Map<String, Object> place = new LinkedHashMap<>();
		place.put("polres", (polres != null) ? polres : "markas");
		place.put("tpsBelow", tpsBelow);
		return place;
	}

	private BkoAllocation resolve(BkoAllocation draft, Map<String, String> pins) {
		Solved solved = solve(draft.needs(), reserveUnits(), draft.votingDay(), pins);
		this.repository.update(draft.id(), solved.allocation().tpsBelow(), solved.allocation().travelMinutes(),
				solved.allocation().optimal(), solved.rows());
		return get(draft.id());
	}

	private record Solved(BkoSolver.Allocation allocation, List<BkoRepository.Row> rows) {
	}

	private static Solved solve(List<PolresShortfall> needs, List<ReserveUnit> units, LocalDate votingDay,
			Map<String, String> pins) {
		List<BkoProblem.Need> problemNeeds = needs.stream()
			.map(n -> new BkoProblem.Need(n.polresCode(),
					n.gaps().stream().map(g -> new BkoProblem.Gap(g.missing(), g.tps(), g.posts())).toList()))
			.toList();
		List<BkoProblem.Platoon> platoons = new ArrayList<>();
		List<ReserveUnit> unitOf = new ArrayList<>();
		for (ReserveUnit u : units) {
			for (int p = 1; p <= u.platoons(); p++) {
				platoons.add(new BkoProblem.Platoon(u.code(), p, u.platoonStrength(p)));
				unitOf.add(u);
			}
		}
		int[][] minutes = new int[platoons.size()][needs.size()];
		int[] pinOf = new int[platoons.size()];
		for (int i = 0; i < platoons.size(); i++) {
			ReserveUnit u = unitOf.get(i);
			for (int r = 0; r < needs.size(); r++) {
				PolresShortfall n = needs.get(r);
				minutes[i][r] = u.availableOn(n.votingDay())
						? ConvoyTravel.minutes(u.homeLat(), u.homeLon(), n.lat(), n.lon()) : -1;
			}
			String pin = pins.get(u.code() + "-P" + platoons.get(i).number());
			pinOf[i] = BkoProblem.FREE;
			if (pin != null) {
				int r = indexOf(needs, pin);
				// a pin to a Polres no longer reachable falls back to free
				pinOf[i] = pin.isEmpty() ? BkoProblem.HOME : (r >= 0 && minutes[i][r] >= 0) ? r : BkoProblem.FREE;
			}
		}
		BkoProblem problem = new BkoProblem(problemNeeds, platoons, minutes, pinOf);
		BkoSolver.Allocation allocation = BkoSolver.solve(problem, SECONDS);
		List<BkoRepository.Row> rows = new ArrayList<>();
		for (int i = 0; i < platoons.size(); i++) {
			ReserveUnit u = unitOf.get(i);
			BkoProblem.Platoon p = platoons.get(i);
			int r = allocation.polresOf()[i];
			boolean pinned = pinOf[i] != BkoProblem.FREE;
			if (r < 0) {
				rows.add(new BkoRepository.Row(u.code(), p.number(), p.officers(), null, pinned, null, null, null,
						null));
				continue;
			}
			PolresShortfall n = needs.get(r);
			LocalDate from = max(u.availableFrom(), votingDay.minusDays(DAYS_BEFORE));
			LocalDate to = min(u.availableTo(), votingDay.plusDays(DAYS_AFTER));
			double km = Math.round(ConvoyTravel.roadKm(u.homeLat(), u.homeLon(), n.lat(), n.lon()));
			rows.add(new BkoRepository.Row(u.code(), p.number(), p.officers(), n.polresCode(), pinned, minutes[i][r],
					km, from, to));
		}
		return new Solved(allocation, rows);
	}

	private static int indexOf(List<PolresShortfall> needs, String polres) {
		for (int r = 0; r < needs.size(); r++) {
			if (needs.get(r).polresCode().equals(polres)) {
				return r;
			}
		}
		return -1;
	}

	private static LocalDate max(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

	private static LocalDate min(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

	private static int tpsBelow(List<PolresShortfall> needs) {
		return needs.stream().mapToInt(PolresShortfall::tpsBelow).sum();
	}

	private BkoAllocation view(BkoRepository.Head head) {
		Map<String, ReserveUnit> units = new HashMap<>();
		reserveUnits().forEach(u -> units.put(u.code(), u));
		Map<String, String> polresNames = new HashMap<>();
		head.needs().forEach(n -> polresNames.put(n.polresCode(), n.polresName()));
		List<BkoAllocation.PlatoonAssignment> platoons = new ArrayList<>();
		Map<String, int[]> received = new HashMap<>();
		for (BkoRepository.Row r : this.repository.rows(head.id())) {
			ReserveUnit u = units.get(r.unitCode());
			platoons.add(new BkoAllocation.PlatoonAssignment(r.unitCode(), u.name(), u.homeName(), r.platoon(),
					r.officers(), r.polresCode(), (r.polresCode() != null) ? polresNames.get(r.polresCode()) : null,
					r.pinned(), r.travelMinutes(), r.distanceKm(), r.from(), r.to(), u.availableOn(head.votingDay())));
			if (r.polresCode() != null) {
				int[] got = received.computeIfAbsent(r.polresCode(), k -> new int[2]);
				got[0]++;
				got[1] += r.officers();
			}
		}
		List<BkoAllocation.PolresResult> results = new ArrayList<>();
		for (PolresShortfall n : head.needs()) {
			int[] got = received.getOrDefault(n.polresCode(), new int[2]);
			BkoProblem.Need need = new BkoProblem.Need(n.polresCode(),
					n.gaps().stream().map(g -> new BkoProblem.Gap(g.missing(), g.tps(), g.posts())).toList());
			results.add(new BkoAllocation.PolresResult(n.polresCode(), n.polresName(), n.officersMissing(),
					n.tpsBelow(), got[0], got[1], BkoSolver.bestCover(need, got[1])));
		}
		return new BkoAllocation(head.id(), head.version(), head.votingDay(), head.needs(), platoons, results,
				head.tpsBelowBefore(), head.tpsBelow(), head.travelMinutes(), head.optimal(), head.createdBy(),
				head.createdAt(), head.publishedBy(), head.publishedAt());
	}

}
