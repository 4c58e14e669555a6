package id.praja.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.praja.deployment.DeploymentPlan;
import id.praja.deployment.DeploymentPlans;
import id.praja.deployment.StaffedPost;
import id.praja.deployment.StoredPlan;
import id.praja.operation.Activity;
import id.praja.operation.AgendaItem;
import id.praja.operation.Operation;
import id.praja.operation.OperationManagement;
import id.praja.operation.TaskForce;
import id.praja.personnel.PersonnelManagement;
import id.praja.report.internal.ReportUnits;
import id.praja.territory.Kecamatan;
import id.praja.territory.TerritoryManagement;
import id.praja.vulnerability.PoliceClass;
import id.praja.vulnerability.VulnerabilityManagement;

/**
 * The operation's dashboard: key figures, the last 14 days and the kecamatan map, for the
 * Polres (or a Kapolsek's own Polsek). Read-only.
 */
@Service
public class Dashboards {

	/** Days in the trend. */
	public static final int TREND_DAYS = 14;

	private final DailyReports reports;

	private final OperationManagement operation;

	private final DeploymentPlans plans;

	private final VulnerabilityManagement vulnerability;

	private final TerritoryManagement territory;

	private final PersonnelManagement personnel;

	private final ObjectProvider<IncidentSource> sources;

	private final ReportUnits units;

	Dashboards(DailyReports reports, ReportUnits units, OperationManagement operation, DeploymentPlans plans,
			VulnerabilityManagement vulnerability, TerritoryManagement territory, PersonnelManagement personnel,
			ObjectProvider<IncidentSource> sources) {
		this.reports = reports;
		this.units = units;
		this.operation = operation;
		this.plans = plans;
		this.vulnerability = vulnerability;
		this.territory = territory;
		this.personnel = personnel;
		this.sources = sources;
	}

	/**
	 * @return voting day: the start of the voting stage of the agenda, else the last day
	 * of the operation
	 */
	@Transactional(readOnly = true)
	public LocalDate votingDay() {
		return this.operation.votingDay().orElseGet(() -> this.operation.operation().endsOn());
	}

	/**
	 * @param today the calendar day
	 * @return it while the operation runs, else voting day
	 */
	@Transactional(readOnly = true)
	public LocalDate defaultDay(LocalDate today) {
		Operation op = this.operation.operation();
		return (today.isBefore(op.startsOn()) || today.isAfter(op.endsOn())) ? votingDay() : today;
	}

	/**
	 * @param day the day seen from
	 * @param requestedUnit POLRES, POLDA or a Polsek (a Kapolsek gets his own)
	 * @return the dashboard
	 */
	@Transactional(readOnly = true)
	public Dashboard dashboard(LocalDate day, String requestedUnit) {
		if (day == null) {
			throw new IllegalArgumentException("choose a day");
		}
		Operation op = this.operation.operation();
		if (day.isBefore(op.startsOn().minusDays(30)) || day.isAfter(op.endsOn())) {
			throw new IllegalArgumentException("the day lies outside the operation's period");
		}
		String unit = this.units.unit(requestedUnit);
		String filter = ReportUnits.polsekFilter(unit);
		Set<String> units = (filter == null) ? null : Set.of(filter);
		Map<String, String> polsekOf = this.personnel.polsekAreas();

		// TPS by police class in the unit's area
		Map<String, String> kecamatanOf = new HashMap<>();
		this.territory.forEachTps(null, t -> kecamatanOf.put(t.code(), t.kecamatanCode()));
		Map<String, PoliceClass> classes = this.vulnerability.classes();
		Map<PoliceClass, Long> byClass = new EnumMap<>(PoliceClass.class);
		for (PoliceClass c : PoliceClass.values()) {
			byClass.put(c, 0L);
		}
		Map<String, Long> tpsPerKecamatan = new HashMap<>();
		Map<String, Long> vulnerablePerKecamatan = new HashMap<>();
		long tps = 0;
		for (Map.Entry<String, String> t : kecamatanOf.entrySet()) {
			String kecamatan = t.getValue();
			if (filter != null && !filter.equals(polsekOf.get(kecamatan))) {
				continue;
			}
			PoliceClass c = classes.getOrDefault(t.getKey(), PoliceClass.KURANG_RAWAN);
			byClass.merge(c, 1L, Long::sum);
			tps++;
			tpsPerKecamatan.merge(kecamatan, 1L, Long::sum);
			if (c != PoliceClass.KURANG_RAWAN) {
				vulnerablePerKecamatan.merge(kecamatan, 1L, Long::sum);
			}
		}

		// activities to date and per day of the trend
		List<Activity> log = this.operation.activitiesBetween(op.startsOn().minusYears(1), day);
		List<Activity> toDate = log.stream()
			.filter(a -> !a.at().toLocalDate().isAfter(day))
			.filter(a -> filter == null || filter.equals(a.unitCode()))
			.toList();
		List<Dashboard.TaskForceCount> perTaskForce = new ArrayList<>();
		for (TaskForce t : this.operation.taskForces()) {
			List<Activity> mine = toDate.stream().filter(a -> a.taskForce().equals(t.code())).toList();
			perTaskForce.add(new Dashboard.TaskForceCount(t.code(), t.name(), mine.size(),
					mine.stream().mapToInt(Activity::officers).sum(), mine.stream().mapToInt(Activity::people).sum()));
		}

		// events to date, per category and per Polsek
		LocalDate since = op.startsOn().isAfter(day) ? day : op.startsOn();
		List<ReportEvent> events = this.reports.events(since, day, unit, null);
		Map<EventCategory, Integer> perCategory = new EnumMap<>(EventCategory.class);
		for (EventCategory c : EventCategory.values()) {
			perCategory.put(c, 0);
		}
		Map<String, Integer> kamtibmasPerPolsek = new HashMap<>();
		int kamtibmas = 0;
		for (ReportEvent e : events) {
			perCategory.merge(e.category(), e.count(), Integer::sum);
			if (EventCategory.KAMTIBMAS.contains(e.category())) {
				kamtibmas += e.count();
				kamtibmasPerPolsek.merge(e.unitCode(), e.count(), Integer::sum);
			}
		}

		// incidents of the day
		List<IncidentSource.Incident> incidents = new ArrayList<>();
		for (IncidentSource source : IncidentSource.all(this.sources)) {
			incidents.addAll(source.incidents(day, units));
		}
		Map<String, Integer> incidentsPerPolsek = new HashMap<>();
		incidents.forEach(i -> incidentsPerPolsek.merge(String.valueOf(i.unitCode()), 1, Integer::sum));

		// the last 14 days
		LocalDate first = day.minusDays(TREND_DAYS - 1);
		Map<LocalDate, Integer> kamtibmasPerDay = this.reports.kamtibmasPerDay(first, day, unit);
		List<LocalDate> days = new ArrayList<>(kamtibmasPerDay.keySet());
		List<Integer> activitiesPerDay = new ArrayList<>();
		for (LocalDate d : days) {
			activitiesPerDay.add((int) toDate.stream().filter(a -> a.at().toLocalDate().equals(d)).count());
		}

		// the map
		List<Dashboard.Area> areas = new ArrayList<>();
		for (Kecamatan k : this.territory.kecamatan()) {
			String polsek = polsekOf.get(k.code());
			if (filter != null && !filter.equals(polsek)) {
				continue;
			}
			areas.add(new Dashboard.Area(k.code(), k.name(), k.lat(), k.lon(),
					tpsPerKecamatan.getOrDefault(k.code(), 0L), vulnerablePerKecamatan.getOrDefault(k.code(), 0L),
					polsek, kamtibmasPerPolsek.getOrDefault(polsek, 0), incidentsPerPolsek.getOrDefault(polsek, 0)));
		}

		List<String> stages = this.reports.stagesOn(day).stream().map(AgendaItem::name).toList();
		LocalDate voting = votingDay();
		return new Dashboard(day, unit, this.units.name(unit), op.codeName(), op.startsOn(), op.endsOn(), stages,
				voting, voting.toEpochDay() - day.toEpochDay(), tps, byClass, plan(filter), perTaskForce, toDate.size(),
				since, perCategory, kamtibmas, incidents.size(),
				(int) incidents.stream().filter(IncidentSource.Incident::red).count(),
				new Dashboard.Trend(days, new ArrayList<>(kamtibmasPerDay.values()), activitiesPerDay), areas);
	}

	private Dashboard.PlanFigures plan(String filter) {
		Optional<StoredPlan> stored = this.plans.published();
		if (stored.isEmpty()) {
			return null;
		}
		DeploymentPlan plan = stored.get().plan();
		int posts = 0;
		int police = 0;
		int missing = 0;
		for (StaffedPost s : plan.staffed()) {
			if (filter == null || filter.equals(s.post().polsek())) {
				posts++;
				police += s.officers().size();
				missing += s.missing();
			}
		}
		return new Dashboard.PlanFigures(stored.get().version().version(), posts, police, missing, plan.reserve(),
				plan.reserveNeeded(), (plan.reserves() != null) ? plan.reserves().teams() : 0,
				(plan.reserves() != null && plan.reserves().withinTarget() != null) ? plan.reserves().withinTarget()
						: Map.of());
	}

}
