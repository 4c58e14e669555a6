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
 * @param notable notable events and red incidents of the day, one short line each
 * @param conclusion what the records say about the day: secure only when every expected
 * TPS has reported, no red incident and no notable event
 * @param narrative the notable events and red incidents as sentences with their local
 * times, in the report's language
 * @param letter number, addressee, signatory and copies
 * @param tables the tables of the report, the one source of the web page, the PDF and the
 * workbook
 */
public record DailyReport(LocalDate day, LocalDate previousDay, String unitCode, String unitName, List<String> header,
		String statusLine, List<Line> kamtibmas, Line kamtibmasTotal, Traffic traffic, Traffic trafficPrevious,
		Line accidents, Line protests, List<ReportEvent> protestEvents, Personnel personnel,
		List<TaskForceActivity> activities, TpsSection tps, List<IncidentSource.GakkumduCase> gakkumdu,
		List<String> notable, Conclusion conclusion, List<String> narrative, Letter letter, List<LapharTable> tables) {

	/**
	 * @param t the tables drawn from this report
	 * @return this report with them
	 */
	public DailyReport withTables(List<LapharTable> t) {
		return new DailyReport(this.day, this.previousDay, this.unitCode, this.unitName, this.header, this.statusLine,
				this.kamtibmas, this.kamtibmasTotal, this.traffic, this.trafficPrevious, this.accidents, this.protests,
				this.protestEvents, this.personnel, this.activities, this.tps, this.gakkumdu, this.notable,
				this.conclusion, this.narrative, this.letter, List.copyOf(t));
	}

	/**
	 * @param number the register number
	 * @return this report carrying that number
	 */
	public DailyReport numbered(String number) {
		return new DailyReport(this.day, this.previousDay, this.unitCode, this.unitName, this.header, this.statusLine,
				this.kamtibmas, this.kamtibmasTotal, this.traffic, this.trafficPrevious, this.accidents, this.protests,
				this.protestEvents, this.personnel, this.activities, this.tps, this.gakkumdu, this.notable,
				this.conclusion, this.narrative, this.letter.numbered(number), this.tables);
	}

	/**
	 * What the records allow the report to conclude.
	 *
	 * @param secure true only when nothing below is missing or notable: "aman dan
	 * kondusif"
	 * @param unreportedTps TPS expected to report on a voting or counting day that have
	 * not (0 on other days)
	 * @param openRed red incidents of the day still open
	 * @param notable notable events and closed red incidents of the day
	 */
	public record Conclusion(boolean secure, int unreportedTps, int openRed, int notable) {

		/**
		 * @param unreportedTps TPS without their expected report
		 * @param openRed open red incidents
		 * @param notable notable events (closed red incidents included)
		 * @return the conclusion of these records
		 */
		public static Conclusion of(int unreportedTps, int openRed, int notable) {
			return new Conclusion(unreportedTps == 0 && openRed == 0 && notable == 0, unreportedTps, openRed, notable);
		}

	}

	/**
	 * How the report goes out: its number from the register, to whom, who signs it and
	 * who receives copies, all from the unit tree and the roster.
	 *
	 * @param number e.g. LAPHAR/12/XI/2024/Bag Ops, or null until the report is issued
	 * @param addressee e.g. Kapolda Jawa Timur
	 * @param attention e.g. Karoops ("u.p.")
	 * @param place the town where it is signed
	 * @param signatoryTitle the signing office, one line per entry
	 * @param signatoryName his name, or null when the roster has none
	 * @param signatoryRankNrp e.g. KOMPOL NRP 75080123, or null
	 * @param copies Tembusan, in order
	 */
	public record Letter(String number, String addressee, String attention, String place, List<String> signatoryTitle,
			String signatoryName, String signatoryRankNrp, List<String> copies) {

		Letter numbered(String n) {
			return new Letter(n, this.addressee, this.attention, this.place, this.signatoryTitle, this.signatoryName,
					this.signatoryRankNrp, this.copies);
		}

	}

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
	 * @param unreported TPS that have not made the report expected of them by the
	 * Laphar's moment (now for today, the end of a past day); without a command center,
	 * TPS without any report
	 * @param expected the report expected by then (CHECK_IN, OPENING, COUNTING, CLOSING),
	 * or null
	 * @param expectedBy its local time, or null
	 */
	public record TpsSection(String stage, int total, Map<String, Integer> byStatus, int unreported, String expected,
			java.time.LocalTime expectedBy) {
	}

}
