package id.praja.command;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The one rule that decides which unit goes to an incident, used by the command desk on
 * voting day and by both rehearsals of it (the voting-day simulation and the floor game),
 * so that a rehearsal rehearses the rule the desk will use.
 * <p>
 * The rule: a reserve team goes before a post whose officers, once 2 of them leave, would
 * leave its TPS below the staffing pattern; otherwise (reserve teams and posts that can
 * spare officers alike) the unit that arrives first goes; ties go to the lower
 * {@link Choice#order}. Pure: no clock, no database, no Spring.
 */
public final class DispatchPolicy {

	private DispatchPolicy() {
	}

	/**
	 * Why a unit stands where it stands in the ranking (shown to the operator).
	 */
	public enum Reason {

		/** Ranked by arrival time: nothing faster was passed over. */
		ARRIVAL,
		/**
		 * Ranked before a faster post because pulling that post would leave TPS below the
		 * staffing pattern.
		 */
		SPARES_POSTS,
		/**
		 * A post whose pull leaves TPS below the staffing pattern: after every reserve
		 * team and every post that can spare officers.
		 */
		BELOW_PATTERN

	}

	/**
	 * A unit that could be sent now (busy units are not choices).
	 *
	 * @param <U> what the caller knows of the unit
	 * @param unit the unit
	 * @param order tie-break: lower goes first at equal arrival time
	 * @param minutes travel minutes to the incident
	 * @param reserve true for a reserve team, false for officers pulled from a post
	 * @param leavesTpsBelowPattern for a post: true when its TPS fall below the staffing
	 * pattern while its officers are away
	 */
	public record Choice<U>(U unit, long order, double minutes, boolean reserve, boolean leavesTpsBelowPattern) {

		/**
		 * @param <U> what the caller knows of the unit
		 * @param unit the unit
		 * @param order tie-break
		 * @param minutes travel minutes
		 * @return a reserve team
		 */
		public static <U> Choice<U> reserve(U unit, long order, double minutes) {
			return new Choice<>(unit, order, minutes, true, false);
		}

		/**
		 * @param <U> what the caller knows of the unit
		 * @param unit the unit
		 * @param order tie-break
		 * @param minutes travel minutes
		 * @param leavesTpsBelowPattern whether its TPS fall below the pattern
		 * @return officers pulled from a post
		 */
		public static <U> Choice<U> post(U unit, long order, double minutes, boolean leavesTpsBelowPattern) {
			return new Choice<>(unit, order, minutes, false, leavesTpsBelowPattern);
		}

	}

	/**
	 * A choice at its place in the ranking.
	 *
	 * @param <U> what the caller knows of the unit
	 * @param choice the choice
	 * @param reason why it stands there
	 */
	public record Ranked<U>(Choice<U> choice, Reason reason) {

		/**
		 * @return the unit
		 */
		public U unit() {
			return this.choice.unit();
		}

	}

	private static final Comparator<Choice<?>> RULE = Comparator
		.<Choice<?>>comparingInt(c -> c.leavesTpsBelowPattern() ? 1 : 0)
		.thenComparingDouble(Choice::minutes)
		.thenComparingLong(Choice::order);

	/**
	 * Ranks the units that could go.
	 * @param <U> what the caller knows of the unit
	 * @param choices the available units
	 * @return the units in the order the rule sends them, first = recommended
	 */
	public static <U> List<Ranked<U>> rank(List<Choice<U>> choices) {
		List<Choice<U>> sorted = new ArrayList<>(choices);
		sorted.sort(RULE);
		double fastestBelow = sorted.stream()
			.filter(Choice::leavesTpsBelowPattern)
			.mapToDouble(Choice::minutes)
			.min()
			.orElse(Double.POSITIVE_INFINITY);
		List<Ranked<U>> ranked = new ArrayList<>(sorted.size());
		for (Choice<U> c : sorted) {
			Reason reason = c.leavesTpsBelowPattern() ? Reason.BELOW_PATTERN
					: (fastestBelow < c.minutes()) ? Reason.SPARES_POSTS : Reason.ARRIVAL;
			ranked.add(new Ranked<>(c, reason));
		}
		return ranked;
	}

	/**
	 * The unit the rule sends, without ranking the rest (the simulation's hot path).
	 * @param <U> what the caller knows of the unit
	 * @param choices the available units
	 * @return the first of {@link #rank}, or null when there is none
	 */
	public static <U> Choice<U> first(List<Choice<U>> choices) {
		Choice<U> best = null;
		for (Choice<U> c : choices) {
			if (best == null || RULE.compare(c, best) < 0) {
				best = c;
			}
		}
		return best;
	}

}
