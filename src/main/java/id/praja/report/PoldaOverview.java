package id.praja.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.praja.deployment.DeploymentPlans;
import id.praja.deployment.PlanVersion;
import id.praja.deployment.StaffedPost;
import id.praja.personnel.PersonnelManagement;
import id.praja.personnel.Unit;
import id.praja.personnel.UnitKind;
import id.praja.shared.AccessScopes;
import id.praja.shared.CurrentUser;
import id.praja.shared.NotFound;
import id.praja.vulnerability.PoliceClass;
import id.praja.vulnerability.VulnerabilityManagement;

/**
 * The Polda's view of its Polres: for every Polres in the current user's scope its TPS by
 * police class, the state of its plan with the police it posts and those it lacks, and
 * today's incidents. Each figure is read through the owning module's facade: TPS classes
 * from the vulnerability module, plans from the deployment module, incidents from the
 * command center ({@link IncidentSource}).
 */
@Service
public class PoldaOverview {

	private final PersonnelManagement personnel;

	private final VulnerabilityManagement vulnerability;

	private final DeploymentPlans plans;

	private final ObjectProvider<IncidentSource> sources;

	private final ObjectProvider<AccessScopes> scopes;

	PoldaOverview(PersonnelManagement personnel, VulnerabilityManagement vulnerability, DeploymentPlans plans,
			ObjectProvider<IncidentSource> sources, ObjectProvider<AccessScopes> scopes) {
		this.scopes = scopes;
		this.personnel = personnel;
		this.vulnerability = vulnerability;
		this.plans = plans;
		this.sources = sources;
	}

	/** The state of a Polres' plan. */
	public enum PlanState {

		/** No plan version yet. */
		NONE,
		/** Only drafts. */
		DRAFT,
		/** A published version. */
		PUBLISHED

	}

	/**
	 * One Polres as the Polda reads it.
	 *
	 * @param code the Polres
	 * @param name its name
	 * @param lat its headquarters' latitude, or null
	 * @param lon its headquarters' longitude, or null
	 * @param tpsByClass its TPS per police class (every class present, zero when none)
	 * @param plan the state of its plan
	 * @param planVersion the version read (the newest published, else the newest draft),
	 * or null
	 * @param posted the police its plan posts at TPS
	 * @param shortfall the police its plan lacks against the staffing pattern
	 * @param incidents today's incidents
	 * @param redIncidents of which red
	 */
	public record PolresRow(String code, String name, Double lat, Double lon, Map<PoliceClass, Long> tpsByClass,
			PlanState plan, Integer planVersion, int posted, int shortfall, int incidents, int redIncidents) {

		/**
		 * @return its TPS in all
		 */
		public long tps() {
			return this.tpsByClass.values().stream().mapToLong(Long::longValue).sum();
		}

	}

	/**
	 * @param day the day whose incidents are counted (today for the dashboard)
	 * @return every Polres under the Polda, in the order of the unit tree
	 * @throws NotFound for the staff of one Polres among several: the Polda's view is not
	 * theirs
	 */
	@Transactional(readOnly = true)
	public List<PolresRow> polres(LocalDate day) {
		if (CurrentUser.scope(this.scopes).polres() != null) {
			throw new NotFound("the Polda's view is for the Polda's staff");
		}
		Map<String, Unit> units = new HashMap<>();
		this.personnel.units().forEach(u -> units.put(u.code(), u));
		Map<String, String> kecamatanPolres = new HashMap<>();
		this.personnel.polsekAreas()
			.forEach((kec, polsek) -> kecamatanPolres.put(kec, DailyReports.polresOf(units, polsek)));

		Map<String, Map<PoliceClass, Long>> classes = new HashMap<>();
		this.vulnerability.classes().forEach((tps, c) -> {
			String polres = kecamatanPolres.get(kecamatanOf(tps));
			if (polres != null) {
				classes.computeIfAbsent(polres, k -> new EnumMap<>(PoliceClass.class)).merge(c, 1L, Long::sum);
			}
		});

		Map<String, PlanVersion> planOf = this.plans.currentPerPolres();

		Map<String, int[]> incidents = new HashMap<>();
		for (IncidentSource source : IncidentSource.all(this.sources)) {
			for (IncidentSource.Incident i : source.incidents(day, null)) {
				String polres = DailyReports.polresOf(units, i.unitCode());
				if (polres != null) {
					int[] n = incidents.computeIfAbsent(polres, k -> new int[2]);
					n[0]++;
					n[1] += i.red() ? 1 : 0;
				}
			}
		}

		List<PolresRow> rows = new ArrayList<>();
		for (Unit u : this.personnel.units()) {
			if (u.kind() != UnitKind.POLRES) {
				continue;
			}
			Map<PoliceClass, Long> byClass = new LinkedHashMap<>();
			for (PoliceClass c : PoliceClass.values()) {
				byClass.put(c, classes.getOrDefault(u.code(), Map.of()).getOrDefault(c, 0L));
			}
			Optional<PlanVersion> plan = Optional.ofNullable(planOf.get(u.code()));
			int posted = 0;
			int shortfall = 0;
			if (plan.isPresent()) {
				for (StaffedPost s : this.plans.get(plan.get().id()).plan().staffed()) {
					posted += s.officers().size();
					shortfall += Math.max(0, s.post().police() - s.officers().size());
				}
			}
			PlanState state = plan.map(v -> v.published() ? PlanState.PUBLISHED : PlanState.DRAFT)
				.orElse(PlanState.NONE);
			int[] n = incidents.getOrDefault(u.code(), new int[2]);
			rows.add(new PolresRow(u.code(), u.name(), u.baseLat(), u.baseLon(), byClass, state,
					plan.map(PlanVersion::version).orElse(null), posted, shortfall, n[0], n[1]));
		}
		return rows;
	}

	/**
	 * @param tpsCode a TPS code: its desa's code (kecamatan code, a dot, the desa's
	 * number) followed by {@code -TPS-} and its number
	 * @return its kecamatan's code
	 */
	static String kecamatanOf(String tpsCode) {
		int dash = tpsCode.indexOf('-');
		String desa = (dash < 0) ? tpsCode : tpsCode.substring(0, dash);
		int dot = desa.lastIndexOf('.');
		return (dot < 0) ? desa : desa.substring(0, dot);
	}

}
