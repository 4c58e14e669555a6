package id.praja.deployment.planning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Places reserve teams at candidate bases so that the TPS that need them most are reached
 * fastest. A placement is judged, in this order, by the worst ratio of travel time to
 * target over the priority points (rawan and above), by the number of points beyond their
 * target, and by the total travel time. Bases are added greedily, then swapped while any
 * swap improves the placement.
 */
public final class ReservePlacement {

	/**
	 * A point that may need a reserve.
	 *
	 * @param lon longitude
	 * @param lat latitude
	 * @param targetMinutes the response target of its class
	 * @param priority true for the classes whose worst case matters most (rawan and
	 * above)
	 */
	public record Point(double lon, double lat, double targetMinutes, boolean priority) {
	}

	/**
	 * A candidate base.
	 *
	 * @param lon longitude
	 * @param lat latitude
	 */
	public record Site(double lon, double lat) {
	}

	/** The judgement of a placement (lower is better, compared in this order). */
	record Score(double worstPriorityRatio, int late, double totalMinutes) implements Comparable<Score> {

		@Override
		public int compareTo(Score o) {
			int c = Double.compare(round(this.worstPriorityRatio), round(o.worstPriorityRatio));
			if (c != 0) {
				return c;
			}
			c = Integer.compare(this.late, o.late);
			return (c != 0) ? c : Double.compare(this.totalMinutes, o.totalMinutes);
		}

		private static double round(double v) {
			return Math.round(v * 1000) / 1000.0;
		}

	}

	private ReservePlacement() {
	}

	/**
	 * @param sites candidate bases
	 * @param points the points to cover
	 * @param teams teams to place (at most one per base)
	 * @param travel the travel model
	 * @return the indexes of the chosen sites
	 */
	public static List<Integer> place(List<Site> sites, List<Point> points, int teams, TravelModel travel) {
		int k = Math.min(teams, sites.size());
		if (k <= 0 || points.isEmpty()) {
			return List.of();
		}
		double[][] minutes = new double[sites.size()][points.size()];
		for (int s = 0; s < sites.size(); s++) {
			for (int p = 0; p < points.size(); p++) {
				minutes[s][p] = travel.minutes(sites.get(s).lon(), sites.get(s).lat(), points.get(p).lon(),
						points.get(p).lat());
			}
		}
		// every candidate is scored from the nearest (and second nearest) chosen site per
		// point, kept up to date, instead of a minimum over all chosen sites per point:
		// the
		// same scores, about k times fewer steps
		List<Integer> chosen = new ArrayList<>();
		double[] nearest = new double[points.size()];
		Arrays.fill(nearest, Double.MAX_VALUE);
		double[] trial = new double[points.size()];
		while (chosen.size() < k) {
			int best = -1;
			Score bestScore = null;
			for (int s = 0; s < sites.size(); s++) {
				if (chosen.contains(s)) {
					continue;
				}
				for (int p = 0; p < trial.length; p++) {
					trial[p] = Math.min(nearest[p], minutes[s][p]);
				}
				Score score = score(trial, points);
				if (bestScore == null || score.compareTo(bestScore) < 0) {
					best = s;
					bestScore = score;
				}
			}
			chosen.add(best);
			for (int p = 0; p < nearest.length; p++) {
				nearest[p] = Math.min(nearest[p], minutes[best][p]);
			}
		}
		Score current = score(chosen, minutes, points);
		double[] second = new double[points.size()];
		int[] nearestAt = new int[points.size()];
		nearest(chosen, minutes, nearest, second, nearestAt);
		boolean improved = true;
		while (improved) {
			improved = false;
			for (int i = 0; i < chosen.size(); i++) {
				for (int s = 0; s < sites.size(); s++) {
					if (chosen.contains(s)) {
						continue;
					}
					// site i leaves, s comes
					for (int p = 0; p < trial.length; p++) {
						trial[p] = Math.min((nearestAt[p] == i) ? second[p] : nearest[p], minutes[s][p]);
					}
					Score score = score(trial, points);
					if (score.compareTo(current) < 0) {
						chosen.set(i, s);
						current = score;
						improved = true;
						nearest(chosen, minutes, nearest, second, nearestAt);
					}
				}
			}
		}
		return List.copyOf(chosen);
	}

	/**
	 * @return for every point, the minutes from the nearest chosen site
	 */
	public static double[] nearestMinutes(List<Site> sites, List<Integer> chosen, List<Point> points,
			TravelModel travel) {
		double[] result = new double[points.size()];
		for (int p = 0; p < points.size(); p++) {
			double best = Double.MAX_VALUE;
			for (int s : chosen) {
				best = Math.min(best, travel.minutes(sites.get(s).lon(), sites.get(s).lat(), points.get(p).lon(),
						points.get(p).lat()));
			}
			result[p] = best;
		}
		return result;
	}

	/**
	 * Per point: the minutes from the nearest chosen site, from the second nearest (the
	 * nearest if two tie), and the position in {@code chosen} of the nearest.
	 */
	private static void nearest(List<Integer> chosen, double[][] minutes, double[] nearest, double[] second,
			int[] nearestAt) {
		for (int p = 0; p < nearest.length; p++) {
			double first = Double.MAX_VALUE;
			double next = Double.MAX_VALUE;
			int at = -1;
			for (int i = 0; i < chosen.size(); i++) {
				double m = minutes[chosen.get(i)][p];
				if (m < first) {
					next = first;
					first = m;
					at = i;
				}
				else if (m < next) {
					next = m;
				}
			}
			nearest[p] = first;
			second[p] = next;
			nearestAt[p] = at;
		}
	}

	/** The score of the given minutes from the nearest chosen site to each point. */
	private static Score score(double[] nearest, List<Point> points) {
		double worst = 0;
		int late = 0;
		double total = 0;
		for (int p = 0; p < points.size(); p++) {
			double best = nearest[p];
			Point point = points.get(p);
			if (point.priority()) {
				worst = Math.max(worst, best / point.targetMinutes());
			}
			if (best > point.targetMinutes()) {
				late++;
			}
			total += best;
		}
		return new Score(worst, late, total);
	}

	static Score score(List<Integer> chosen, double[][] minutes, List<Point> points) {
		double worst = 0;
		int late = 0;
		double total = 0;
		for (int p = 0; p < points.size(); p++) {
			double best = Double.MAX_VALUE;
			for (int s : chosen) {
				best = Math.min(best, minutes[s][p]);
			}
			Point point = points.get(p);
			if (point.priority()) {
				worst = Math.max(worst, best / point.targetMinutes());
			}
			if (best > point.targetMinutes()) {
				late++;
			}
			total += best;
		}
		return new Score(worst, late, total);
	}

}
