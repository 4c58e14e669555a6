package id.praja.deployment.planning;

import java.util.ArrayList;
import java.util.List;

import com.google.ortools.Loader;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;

/**
 * Fills posts with officers as a min-cost maximum flow: as many places as possible are
 * filled, and among those fillings the cheapest — an officer of the post's own Polsek
 * before one of the Polres headquarters before a BKO one (each tier outweighs any
 * distance), then the shortest distance from the officer's base to the post. Every
 * officer is used at most once; officers kept for reserves or unavailable that day are
 * simply not offered.
 */
public final class OfficerAssignment {

	/** How much a tier step costs, in metres: more than any distance in a district. */
	static final long TIER_COST = 1_000_000;

	/**
	 * A post to fill.
	 *
	 * @param area the Polsek whose area it is in
	 * @param lon anchor longitude
	 * @param lat anchor latitude
	 * @param places officers needed
	 */
	public record Slot(String area, double lon, double lat, int places) {
	}

	/**
	 * An officer who may be posted.
	 *
	 * @param id his NRP
	 * @param area his Polsek, or null for headquarters and BKO
	 * @param tier 0 own Polsek, 1 headquarters, 2 BKO (used for officers without area)
	 * @param lon his base longitude
	 * @param lat his base latitude
	 * @param previousSlot the slot he held in the plan being re-solved, or -1: among
	 * equally good choices he keeps it, so a re-solve does not shuffle officers for
	 * nothing
	 */
	public record Candidate(String id, String area, int tier, double lon, double lat, int previousSlot) {

		public Candidate(String id, String area, int tier, double lon, double lat) {
			this(id, area, tier, lon, lat, -1);
		}

	}

	private OfficerAssignment() {
	}

	/**
	 * @param slots the posts
	 * @param candidates the officers on offer
	 * @return for each slot, the indexes of the candidates posted there
	 */
	public static List<List<Integer>> assign(List<Slot> slots, List<Candidate> candidates) {
		Loader.loadNativeLibraries();
		int officers = candidates.size();
		int source = 0;
		int sink = 1;
		int firstOfficer = 2;
		int firstSlot = 2 + officers;
		MinCostFlow flow = new MinCostFlow();
		for (int o = 0; o < officers; o++) {
			flow.addArcWithCapacityAndUnitCost(source, firstOfficer + o, 1, 0);
		}
		List<int[]> arcs = new ArrayList<>();
		long demand = 0;
		for (int s = 0; s < slots.size(); s++) {
			Slot slot = slots.get(s);
			demand += slot.places();
			flow.addArcWithCapacityAndUnitCost(firstSlot + s, sink, slot.places(), 0);
			for (int o = 0; o < officers; o++) {
				Candidate c = candidates.get(o);
				if (c.area() != null && !c.area().equals(slot.area())) {
					continue; // a Polsek's officers serve their own area
				}
				long metres = Math.round(Metric.HAVERSINE.distance(c.lon(), c.lat(), slot.lon(), slot.lat()));
				// in half metres, one less for the officer's previous slot: a tie-break
				// only
				long cost = 2 * (((c.area() != null) ? 0 : c.tier()) * TIER_COST + metres)
						- ((c.previousSlot() == s) ? 1 : 0);
				int arc = flow.addArcWithCapacityAndUnitCost(firstOfficer + o, firstSlot + s, 1, cost);
				arcs.add(new int[] { arc, o, s });
			}
		}
		flow.setNodeSupply(source, officers);
		flow.setNodeSupply(sink, -demand);
		MinCostFlowBase.Status status = flow.solveMaxFlowWithMinCost();
		if (status != MinCostFlowBase.Status.OPTIMAL) {
			throw new IllegalStateException("the assignment could not be solved: " + status);
		}
		List<List<Integer>> result = new ArrayList<>();
		for (int s = 0; s < slots.size(); s++) {
			result.add(new ArrayList<>());
		}
		for (int[] a : arcs) {
			if (flow.getFlow(a[0]) > 0) {
				result.get(a[2]).add(a[1]);
			}
		}
		return result;
	}

}
