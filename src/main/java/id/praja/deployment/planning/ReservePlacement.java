package id.praja.deployment.planning;

import java.util.ArrayList;
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
		List<Integer> chosen = new ArrayList<>();
		while (chosen.size() < k) {
			int best = -1;
			Score bestScore = null;
			for (int s = 0; s < sites.size(); s++) {
				if (chosen.contains(s)) {
					continue;
				}
				chosen.add(s);
				Score score = score(chosen, minutes, points);
				chosen.remove(chosen.size() - 1);
				if (bestScore == null || score.compareTo(bestScore) < 0) {
					best = s;
					bestScore = score;
				}
			}
			chosen.add(best);
		}
		Score current = score(chosen, minutes, points);
		boolean improved = true;
		while (improved) {
			improved = false;
			for (int i = 0; i < chosen.size(); i++) {
				for (int s = 0; s < sites.size(); s++) {
					if (chosen.contains(s)) {
						continue;
					}
					int old = chosen.get(i);
					chosen.set(i, s);
					Score score = score(chosen, minutes, points);
					if (score.compareTo(current) < 0) {
						current = score;
						improved = true;
					}
					else {
						chosen.set(i, old);
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
