package id.praja.deployment.web;

import java.util.List;

import id.praja.deployment.DeploymentPlans;
import id.praja.deployment.PlanVersion;
import id.praja.deployment.StoredPlan;
import id.praja.shared.CurrentUser;
import id.praja.shared.NotFound;

/**
 * Who reads which plan versions. The planners (Kabag Ops, Kapolres, administrators) work
 * on drafts; the task-force leaders (Kasatgas) and the Polda viewer read the plans in
 * force only: a draft does not exist for them (404, absent from the list).
 */
final class PlanAccess {

	/** Make, change, solve and publish plans; read drafts. */
	static final String PLANNERS = "hasAnyRole('ADMIN', 'KAOPS', 'PERENCANA')";

	/** Read plans: the planners, and the Kasatgas and Polda viewer (published only). */
	static final String READERS = "hasAnyRole('ADMIN', 'KAOPS', 'PERENCANA', 'KASATGAS', 'PENGAMAT')";

	private static final String[] DRAFT_READERS = { "ADMIN", "KAOPS", "PERENCANA" };

	private PlanAccess() {
	}

	/**
	 * @return true when the current user may read drafts
	 */
	static boolean seesDrafts() {
		return CurrentUser.hasRole(DRAFT_READERS);
	}

	/**
	 * @return the versions the current user may read, newest first
	 */
	static List<PlanVersion> versions(DeploymentPlans plans) {
		List<PlanVersion> all = plans.versions();
		return seesDrafts() ? all : all.stream().filter(PlanVersion::published).toList();
	}

	/**
	 * @return the version, when the current user may read it
	 * @throws NotFound for a draft and a reader who reads published plans only
	 */
	static StoredPlan readable(DeploymentPlans plans, long id) {
		StoredPlan plan = plans.get(id);
		if (!plan.version().published() && !seesDrafts()) {
			throw new NotFound("plan version " + id + " does not exist");
		}
		return plan;
	}

}
