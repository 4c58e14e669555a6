package id.praja.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import id.praja.operation.ActivityKind;

/**
 * The daily report (Laphar) of one day and one unit, in the national daily-release shape.
 *
 * @param day the day reported
 * @param previousDay the day compared with
 * @param unitCode POLRES, POLDA or a Polsek code
 * @param unitName e.g. Polres Jember
 * @param header the letterhead lines
 * @param statusLine the overall status
 * @param kamtibmas kejahatan, pelanggaran, gangguan, bencana
 * @param kamtibmasTotal their sum
 * @param traffic traffic accidents of the day
 * @param trafficPrevious of the previous day
 * @param accidents accidents compared
 * @param protests protests compared
 * @param protestEvents the protests of the day
 * @param personnel personnel deployed by force, or null without a published plan
 * @param activities activities per task force
 * @param tps TPS status on voting and counting days, else null
 * @param gakkumdu Gakkumdu cases open that day
 * @param notable notable events and red incidents of the day
 */
public record DailyReport(LocalDate day, LocalDate previousDay, String unitCode, String unitName, List<String> header,
		String statusLine, List<Line> kamtibmas, Line kamtibmasTotal, Traffic traffic, Traffic trafficPrevious,
		Line accidents, Line protests, List<ReportEvent> protestEvents, Personnel personnel,
		List<TaskForceActivity> activities, TpsSection tps, List<IncidentSource.GakkumduCase> gakkumdu,
		List<String> notable) {

	/**
	 * @return the kamtibmas lines followed by their total
	 */
	public List<Line> kamtibmasRows() {
		List<Line> rows = new java.util.ArrayList<>(this.kamtibmas);
		rows.add(this.kamtibmasTotal);
		return rows;
	}

	/**
	 * A count against the previous day.
	 *
	 * @param code the category code
	 * @param today count today
	 * @param previous count the previous day
	 * @param change e.g. +2, -1, 0
	 * @param percent e.g. +50%, -25%, 0%; "–" when the previous day had none
	 */
	public record Line(String code, int today, int previous, String change, String percent) {

		static Line of(String code, int today, int previous) {
			int d = today - previous;
			String change = (d > 0) ? "+" + d : Integer.toString(d);
			String percent;
			if (previous == 0) {
				percent = "–";
			}
			else {
				long p = Math.round(100.0 * d / previous);
				percent = ((p > 0) ? "+" + p : Long.toString(p)) + "%";
			}
			return new Line(code, today, previous, change, percent);
		}

	}

	/**
	 * Traffic accidents.
	 *
	 * @param accidents accidents
	 * @param dead MD
	 * @param badlyHurt LB
	 * @param lightlyHurt LR
	 * @param lossRp material loss in rupiah
	 */
	public record Traffic(int accidents, int dead, int badlyHurt, int lightlyHurt, long lossRp) {
	}

	/**
	 * Personnel deployed by force, from the published plan and the roster.
	 *
	 * @param polri Polri officers on posts and in reserve
	 * @param bko BKO officers on posts
	 * @param tni TNI soldiers of the area
	 * @param linmas Linmas of the area
	 * @param planVersion the published plan version counted
	 */
	public record Personnel(int polri, int bko, int tni, int linmas, int planVersion) {

		/**
		 * @return all forces together
		 */
		public int total() {
			return this.polri + this.bko + this.tni + this.linmas;
		}

	}

	/**
	 * Activities of one task force that day.
	 *
	 * @param code task force code
	 * @param name its name
	 * @param kinds count per kind
	 * @param total all activities
	 * @param officers officers involved
	 * @param people people reached
	 */
	public record TaskForceActivity(String code, String name, Map<ActivityKind, Integer> kinds, int total, int officers,
			int people) {
	}

	/**
	 * TPS status on a voting or counting day.
	 *
	 * @param stage the stage that day (PEMUNGUTAN, PENGHITUNGAN)
	 * @param total TPS in the unit's area
	 * @param byStatus reported TPS per status
	 * @param unreported TPS without a report
	 */
	public record TpsSection(String stage, int total, Map<String, Integer> byStatus, int unreported) {
	}

}
