package id.praja.deployment;

import java.util.EnumMap;
import java.util.Map;

import id.praja.vulnerability.PoliceClass;

/**
 * The staffing pattern ("pola pengamanan TPS"): for each police class, how many police
 * form a group and how many TPS one group covers; fixed groups stay at their TPS, mobile
 * ones patrol a cluster of TPS.
 *
 * @param groups per class
 * @param linmasPerTps Linmas per TPS
 * @param reserveShare share of the police held back as reserve (0.10–0.15)
 * @param responseMinutes how fast a reserve must reach a TPS of each class
 */
public record StaffingPattern(Map<PoliceClass, Group> groups, int linmasPerTps, double reserveShare,
		Map<PoliceClass, Integer> responseMinutes) {

	/**
	 * @param police police per group
	 * @param tps TPS one group covers at most
	 * @param fixed true when the group stays at one TPS
	 */
	public record Group(int police, int tps, boolean fixed) {

		public Group {
			if (police < 1 || tps < 1 || (fixed && tps != 1)) {
				throw new IllegalArgumentException("a group has at least 1 police and 1 TPS; a fixed group 1 TPS");
			}
		}

	}

	public StaffingPattern {
		groups = Map.copyOf(groups);
		responseMinutes = Map.copyOf(responseMinutes);
		for (PoliceClass c : PoliceClass.values()) {
			if (!groups.containsKey(c) || !responseMinutes.containsKey(c) || responseMinutes.get(c) < 1) {
				throw new IllegalArgumentException("the pattern has no group or response target for " + c);
			}
		}
		if (reserveShare < 0 || reserveShare > 0.5) {
			throw new IllegalArgumentException("the reserve share must be between 0 and 0.5");
		}
	}

	/**
	 * The 2020 national pattern (Pilkada 2020): kurang rawan 2 police per up to 10 TPS,
	 * mobile; rawan 2 per 2; sangat rawan 2 per 1, fixed; khusus 2 per 1, fixed; 2 Linmas
	 * per TPS; 10 % reserve.
	 * @return the default pattern
	 */
	public static StaffingPattern national2020() {
		Map<PoliceClass, Group> groups = new EnumMap<>(PoliceClass.class);
		groups.put(PoliceClass.KURANG_RAWAN, new Group(2, 10, false));
		groups.put(PoliceClass.RAWAN, new Group(2, 2, false));
		groups.put(PoliceClass.SANGAT_RAWAN, new Group(2, 1, true));
		groups.put(PoliceClass.KHUSUS, new Group(2, 1, true));
		Map<PoliceClass, Integer> response = new EnumMap<>(PoliceClass.class);
		response.put(PoliceClass.KURANG_RAWAN, 60);
		response.put(PoliceClass.RAWAN, 30);
		response.put(PoliceClass.SANGAT_RAWAN, 15);
		response.put(PoliceClass.KHUSUS, 15);
		return new StaffingPattern(groups, 2, 0.10, response);
	}

}
