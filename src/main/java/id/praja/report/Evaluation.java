package id.praja.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An evaluation (Anev): the Laphar figures of a side A against a side B. The two sides
 * are two periods of one unit (day against day, week against week, stage against stage)
 * or one period of two Polsek. Change and percent read as in the Laphar: A − B, relative
 * to B, "–" when B is zero.
 *
 * @param mode what is compared
 * @param a the side evaluated
 * @param b the side it is compared with
 * @param rows one row per figure, in the Laphar's order (its most recent 1000 entries do
 * not reach back to the start of the periods)
 */
public record Evaluation(AnevMode mode, Side a, Side b, List<Row> rows) {

	/**
	 * @param code a figure code
	 * @return its row
	 * @throws IllegalArgumentException when there is none
	 */
	public Row row(String code) {
		return this.rows.stream()
			.filter(r -> r.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("no figure " + code));
	}

	/**
	 * @return true when the two periods differ in length (then the per-day rates compare
	 * better than the totals)
	 */
	public boolean unequalLengths() {
		return this.a.days() != this.b.days();
	}

	/**
	 * One side of a comparison.
	 *
	 * @param label e.g. "8 Oktober 2024", "Masa tenang", "Polsek Tempurejo"
	 * @param unitCode POLRES or a Polsek code
	 * @param unitName its name
	 * @param from first day
	 * @param to last day
	 */
	public record Side(String label, String unitCode, String unitName, LocalDate from, LocalDate to) {

		/**
		 * @return days in the period, both ends included
		 */
		public long days() {
			return this.to.toEpochDay() - this.from.toEpochDay() + 1;
		}

	}

	/**
	 * A figure on both sides.
	 *
	 * @param code e.g. KEJAHATAN, KAMTIBMAS, MD, KEGIATAN_PREEMTIF, INSIDEN
	 * @param label its Indonesian label (the task force's name for a task force)
	 * @param group KAMTIBMAS, LAKA_LANTAS, UNJUK_RASA, KEGIATAN or INSIDEN
	 * @param a value of side A
	 * @param b value of side B
	 * @param change A − B, e.g. +2, -1, 0
	 * @param percent e.g. +50%, -25%, 0%; "–" when B is zero
	 * @param aPerDay A per day of its period
	 * @param bPerDay B per day of its period
	 */
	public record Row(String code, String label, String group, long a, long b, String change, String percent,
			double aPerDay, double bPerDay) {

		static Row of(String code, String label, String group, long a, long b, long aDays, long bDays) {
			return new Row(code, label, group, a, b, Evaluation.change(a, b), Evaluation.percent(a, b), round(a, aDays),
					round(b, bDays));
		}

		/**
		 * @return true for a task force's activities
		 */
		public boolean taskForce() {
			return this.code.startsWith("KEGIATAN_");
		}

		private static double round(long value, long days) {
			return Math.round(100.0 * value / Math.max(1, days)) / 100.0;
		}

	}

	/**
	 * @param a the value evaluated
	 * @param b the value compared with
	 * @return e.g. +2, -1, 0
	 */
	public static String change(long a, long b) {
		long d = a - b;
		return (d > 0) ? "+" + d : Long.toString(d);
	}

	/**
	 * @param a the value evaluated
	 * @param b the value compared with
	 * @return e.g. +50%, -100%, 0%; "–" when b is zero
	 */
	public static String percent(long a, long b) {
		if (b == 0) {
			return "–";
		}
		long p = Math.round(100.0 * (a - b) / b);
		return ((p > 0) ? "+" + p : Long.toString(p)) + "%";
	}

	/**
	 * All Polsek in scope ranked by one figure over a period, against the period of the
	 * same length just before.
	 *
	 * @param by the figure ranked by
	 * @param period the period ranked
	 * @param previous the period before, of the same length
	 * @param codes the figure codes of {@link RankRow#values()}, in order
	 * @param labels their Indonesian labels
	 * @param rows highest first; equal values share a rank
	 */
	public record Ranking(String by, Side period, Side previous, List<String> codes, List<String> labels,
			List<RankRow> rows) {
	}

	/**
	 * One Polsek in a ranking.
	 *
	 * @param rank its rank (1 is the highest value)
	 * @param unitCode the Polsek
	 * @param unitName its name
	 * @param values every figure over the period, by code
	 * @param value the figure ranked by
	 * @param previous that figure in the period before
	 * @param change value − previous
	 * @param percent relative to previous, "–" when it is zero
	 */
	public record RankRow(int rank, String unitCode, String unitName, Map<String, Long> values, long value,
			long previous, String change, String percent) {
	}

}
