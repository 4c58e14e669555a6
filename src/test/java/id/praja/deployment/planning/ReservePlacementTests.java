package id.praja.deployment.planning;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReservePlacementTests {

	static final TravelModel TRAVEL = TravelModel.greatCircle(1.4, 40);

	@Test
	void theRemoteVulnerableTpsDecidesWhereTheOnlyTeamWaits() {
		// three bases along a line; many calm TPS near the first, one rawan TPS near the
		// third
		List<ReservePlacement.Site> sites = List.of(new ReservePlacement.Site(113.60, -8.20),
				new ReservePlacement.Site(113.70, -8.20), new ReservePlacement.Site(113.90, -8.20));
		List<ReservePlacement.Point> points = new java.util.ArrayList<>();
		for (int i = 0; i < 20; i++) {
			points.add(new ReservePlacement.Point(113.60 + i * 0.001, -8.20, 60, false));
		}
		points.add(new ReservePlacement.Point(113.91, -8.20, 30, true));
		List<Integer> one = ReservePlacement.place(sites, points, 1, TRAVEL);
		// from the first base the rawan TPS is 48 min away (over its 30); the middle one
		// reaches
		// it in 31 and every calm TPS within 60: the worst priority ratio decides
		assertThat(one).containsExactly(2);
		List<Integer> two = ReservePlacement.place(sites, points, 2, TRAVEL);
		assertThat(two).containsExactlyInAnyOrder(0, 2);
		double[] minutes = ReservePlacement.nearestMinutes(sites, two, points, TRAVEL);
		assertThat(minutes[20]).isLessThan(30);
		assertThat(minutes[0]).isLessThan(1);
	}

	@Test
	void choosesWhatScoringEveryChoiceInFullChooses() {
		// the placement keeps the nearest and second-nearest chosen base per point
		// instead
		// of scoring each candidate over all chosen bases: it must choose exactly as that
		Random random = new Random(7);
		for (int round = 0; round < 20; round++) {
			List<ReservePlacement.Site> sites = new ArrayList<>();
			for (int s = 0; s < 5 + random.nextInt(25); s++) {
				// a coarse grid, so that bases tie in distance
				sites
					.add(new ReservePlacement.Site(113.5 + random.nextInt(10) * 0.05, -8.4 + random.nextInt(6) * 0.05));
			}
			List<ReservePlacement.Point> points = new ArrayList<>();
			for (int p = 0; p < 50 + random.nextInt(200); p++) {
				boolean priority = random.nextInt(5) == 0;
				points.add(new ReservePlacement.Point(113.5 + random.nextDouble() * 0.5,
						-8.4 + random.nextDouble() * 0.3, priority ? 15 + random.nextInt(16) : 60, priority));
			}
			int teams = 1 + random.nextInt(Math.min(sites.size(), 8));
			assertThat(ReservePlacement.place(sites, points, teams, TRAVEL)).as("round %d", round)
				.isEqualTo(inFull(sites, points, teams));
		}
	}

	/** The placement as first written: every candidate scored over all chosen bases. */
	private static List<Integer> inFull(List<ReservePlacement.Site> sites, List<ReservePlacement.Point> points,
			int teams) {
		double[][] minutes = new double[sites.size()][points.size()];
		for (int s = 0; s < sites.size(); s++) {
			for (int p = 0; p < points.size(); p++) {
				minutes[s][p] = TRAVEL.minutes(sites.get(s).lon(), sites.get(s).lat(), points.get(p).lon(),
						points.get(p).lat());
			}
		}
		List<Integer> chosen = new ArrayList<>();
		while (chosen.size() < teams) {
			int best = -1;
			ReservePlacement.Score bestScore = null;
			for (int s = 0; s < sites.size(); s++) {
				if (chosen.contains(s)) {
					continue;
				}
				chosen.add(s);
				ReservePlacement.Score score = ReservePlacement.score(chosen, minutes, points);
				chosen.remove(chosen.size() - 1);
				if (bestScore == null || score.compareTo(bestScore) < 0) {
					best = s;
					bestScore = score;
				}
			}
			chosen.add(best);
		}
		ReservePlacement.Score current = ReservePlacement.score(chosen, minutes, points);
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
					ReservePlacement.Score score = ReservePlacement.score(chosen, minutes, points);
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

	@Test
	void greatCircleTravelUsesDetourAndSpeed() {
		// 0.1 degree of longitude at 8° S is about 11 km: × 1.4 at 40 km/h is about 23
		// minutes
		assertThat(TRAVEL.minutes(113.6, -8.2, 113.7, -8.2)).isBetween(22.0, 24.0);
		assertThat(TravelModel.greatCircle(1.0, 60).minutes(113.6, -8.2, 113.7, -8.2)).isBetween(10.5, 11.5);
	}

}
