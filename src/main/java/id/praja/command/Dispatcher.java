package id.praja.command;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import id.praja.command.internal.IncidentStore;
import id.praja.command.internal.TpsDirectory;
import id.praja.deployment.DeploymentPlan;
import id.praja.deployment.DeploymentPlans;
import id.praja.deployment.PlanPublished;
import id.praja.deployment.ReservePlan;
import id.praja.deployment.StaffedPost;
import id.praja.deployment.StoredPlan;
import id.praja.shared.ClusterCaches;
import id.praja.shared.SystemScope;
import id.praja.shared.TravelTimes;
import id.praja.territory.TpsImported;

/**
 * The dispatchable units and the ranking of them for an incident. Units come from the
 * plan in force: the newest published plan version, or without one the demo plan (2020
 * national pattern, voting day, leaders at least Bripda — as the exercise rehearses):
 * every reserve team at its base, and every post of the plan, which can send 2 of its
 * officers. Travel minutes come from the one travel model ({@link TravelTimes}).
 */
@Component
class Dispatcher {

	/** Officers a post sends when it is dispatched. */
	static final int POST_OFFICERS = 2;

	/** Posts considered for one incident (the nearest by travel time). */
	static final int NEAREST_POSTS = 8;

	private final DeploymentPlans plans;

	private final TravelTimes travel;

	/** The units of the plan in force, cached on every node. */
	static final String CACHE = "command.dispatch-units";

	private final TpsDirectory directory;

	private final ClusterCaches caches;

	private final Supplier<Units> units;

	Dispatcher(DeploymentPlans plans, TravelTimes travel, TpsDirectory directory, ClusterCaches caches) {
		this.plans = plans;
		this.travel = travel;
		this.directory = directory;
		this.caches = caches;
		this.units = caches.cache(CACHE, this::load);
	}

	/** A unit that could be sent, before its status is known. */
	record Candidate(String id, String kind, String label, double lat, double lon, int officers, Integer postOfficers,
			Integer required, List<String> tps) {
	}

	/** The units of one plan. */
	record Units(String planName, List<Candidate> candidates) {
	}

	/** Travel time between two points (lon, lat). */
	interface Travel {

		double minutes(double lon1, double lat1, double lon2, double lat2);

	}

	/** In the publication's transaction: every node forgets the units once it commits. */
	@EventListener
	void on(PlanPublished event) {
		this.caches.changed(CACHE);
	}

	/** Posts are placed at their TPS: a TPS import may move them. */
	@EventListener
	void on(TpsImported event) {
		this.caches.changed(CACHE);
	}

	/**
	 * @return the units of the plan in force (computed once, again after a publication or
	 * a TPS import on any node)
	 */
	Units units() {
		return this.units.get();
	}

	private Units load() {
		// the whole plan, whoever's request triggers the load (callers filter by scope)
		return SystemScope.call("dispatch units", () -> {
			StoredPlan published = this.plans.published().orElse(null);
			DeploymentPlan plan = (published != null) ? published.plan() : this.plans.planInForce();
			String name = (published != null) ? "v" + published.version().version() : "demo";
			return new Units(name, candidates(plan));
		});
	}

	private List<Candidate> candidates(DeploymentPlan plan) {
		List<Candidate> list = new ArrayList<>();
		ReservePlan reserves = plan.reserves();
		int n = 0;
		for (ReservePlan.Base base : reserves.bases()) {
			n++;
			list.add(new Candidate("RESERVE:" + n + ":" + base.unitCode(), "RESERVE",
					"Cadangan " + n + " · " + base.name(), base.lat(), base.lon(), reserves.teamSize(), null, null,
					List.of()));
		}
		for (StaffedPost s : plan.staffed()) {
			double[] at = this.directory.place(s.post().anchor());
			if (at == null || s.officers().size() < POST_OFFICERS) {
				continue;
			}
			list.add(new Candidate("POST:" + s.post().anchor(), "POST", "Pos " + s.post().anchor(), at[0], at[1],
					POST_OFFICERS, s.officers().size(), s.post().police(), s.post().tps()));
		}
		return list;
	}

	/**
	 * @return the one travel model
	 */
	Travel travel() {
		return this.travel::minutes;
	}

	/**
	 * Ranks the available units by the {@link DispatchPolicy}: every reserve team and the
	 * nearest posts; a busy unit (anything but AVAILABLE) is never recommended. A post's
	 * cost is the TPS that fall below the pattern while 2 of its officers are away.
	 * @param candidates the units
	 * @param rows status rows by unit id (a unit without one is AVAILABLE)
	 * @param lat where the incident is
	 * @param lon where the incident is
	 * @param travel the travel model
	 * @param nearestPosts how many posts to keep
	 * @return the options in the policy's order, the recommended unit first
	 */
	static List<DispatchOption> rank(List<Candidate> candidates, Map<String, IncidentStore.UnitRow> rows, double lat,
			double lon, Travel travel, int nearestPosts) {
		List<DispatchPolicy.Choice<DispatchOption>> reserves = new ArrayList<>();
		List<DispatchPolicy.Choice<DispatchOption>> posts = new ArrayList<>();
		long order = 0;
		for (Candidate c : candidates) {
			order++;
			IncidentStore.UnitRow row = rows.get(c.id());
			if (row != null && row.status() != UnitStatus.AVAILABLE) {
				continue;
			}
			double minutes = Math.round(travel.minutes(c.lon(), c.lat(), lon, lat) * 10) / 10.0;
			if (c.postOfficers() == null) {
				DispatchOption option = new DispatchOption(unit(c, row), minutes, c.officers(), null, null, List.of(),
						null);
				reserves.add(DispatchPolicy.Choice.reserve(option, order, minutes));
			}
			else {
				int remaining = c.postOfficers() - c.officers();
				List<String> uncovered = (remaining < c.required()) ? c.tps() : List.of();
				DispatchOption option = new DispatchOption(unit(c, row), minutes, c.officers(), remaining, c.required(),
						uncovered, null);
				posts.add(DispatchPolicy.Choice.post(option, order, minutes, !uncovered.isEmpty()));
			}
		}
		posts.sort(Comparator.comparingDouble(DispatchPolicy.Choice<DispatchOption>::minutes)
			.thenComparingLong(DispatchPolicy.Choice::order));
		List<DispatchPolicy.Choice<DispatchOption>> all = new ArrayList<>(reserves);
		all.addAll(posts.subList(0, Math.min(nearestPosts, posts.size())));
		return DispatchPolicy.rank(all).stream().map(r -> r.unit().because(r.reason())).toList();
	}

	static DispatchUnit unit(Candidate c, IncidentStore.UnitRow row) {
		return new DispatchUnit(c.id(), c.kind(), c.label(), c.lat(), c.lon(),
				(row != null) ? row.status() : UnitStatus.AVAILABLE, (row != null) ? row.incident() : null,
				(row != null) ? row.updatedAt() : null, (row != null) ? row.updatedBy() : null);
	}

}
