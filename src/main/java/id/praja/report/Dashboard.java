package id.praja.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import id.praja.vulnerability.PoliceClass;

/**
 * The operation at a glance on one day, for the Kaops and the Polda: where the operation
 * stands, what it deploys, what happened to date and lately, and where.
 *
 * @param day the day seen from
 * @param unitCode POLRES, POLDA or a Polsek
 * @param unitName its name
 * @param operation the operation's code name
 * @param startsOn its first day
 * @param endsOn its last day
 * @param stages the stages running that day
 * @param votingDay voting day
 * @param daysToVoting days until voting day (0 on the day, negative after it)
 * @param tps TPS in the unit's area
 * @param tpsByClass TPS per police class
 * @param plan the published plan's figures, or null when none is published
 * @param activities activities to date per task force
 * @param activitiesTotal all of them
 * @param eventsSince the first day counted in {@code events}
 * @param events kamtibmas, traffic and protest events to date, per category
 * @param kamtibmas the kamtibmas events to date
 * @param incidentsToday command-center incidents of the day
 * @param redIncidentsToday the red ones among them
 * @param trend the last 14 days
 * @param areas per kecamatan, for the map
 */
public record Dashboard(LocalDate day, String unitCode, String unitName, String operation, LocalDate startsOn,
		LocalDate endsOn, List<String> stages, LocalDate votingDay, long daysToVoting, long tps,
		Map<PoliceClass, Long> tpsByClass, PlanFigures plan, List<TaskForceCount> activities, int activitiesTotal,
		LocalDate eventsSince, Map<EventCategory, Integer> events, int kamtibmas, int incidentsToday,
		int redIncidentsToday, Trend trend, List<Area> areas) {

	/**
	 * The published plan in the unit's area.
	 *
	 * @param version its version number
	 * @param posts posts
	 * @param police officers on posts
	 * @param missing places left empty
	 * @param reserve officers in reserve (whole Polres)
	 * @param reserveNeeded the reserve the pattern asks for (whole Polres)
	 * @param teams reserve teams placed (whole Polres)
	 * @param withinTarget per police class, the share of its TPS a reserve reaches within
	 * its response target (whole Polres)
	 */
	public record PlanFigures(int version, int posts, int police, int missing, int reserve, int reserveNeeded,
			int teams, Map<PoliceClass, Double> withinTarget) {
	}

	/**
	 * Activities of one task force to date.
	 *
	 * @param code its code
	 * @param name its name
	 * @param count activities
	 * @param officers officers involved
	 * @param people people reached
	 */
	public record TaskForceCount(String code, String name, int count, int officers, int people) {
	}

	/**
	 * The last days, oldest first.
	 *
	 * @param days the days
	 * @param kamtibmas kamtibmas events per day
	 * @param activities task-force activities per day
	 */
	public record Trend(List<LocalDate> days, List<Integer> kamtibmas, List<Integer> activities) {
	}

	/**
	 * A kecamatan on the map.
	 *
	 * @param code its code
	 * @param name its name
	 * @param lat latitude of its centre
	 * @param lon longitude of its centre
	 * @param tps its TPS
	 * @param vulnerable its TPS classed RAWAN or above
	 * @param polsek the Polsek serving it
	 * @param kamtibmas kamtibmas events to date of that Polsek
	 * @param incidentsToday incidents of the day in that Polsek
	 */
	public record Area(String code, String name, double lat, double lon, long tps, long vulnerable, String polsek,
			int kamtibmas, int incidentsToday) {
	}

}
