package id.praja.deployment.planning;

import java.util.List;

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
	void greatCircleTravelUsesDetourAndSpeed() {
		// 0.1 degree of longitude at 8° S is about 11 km: × 1.4 at 40 km/h is about 23
		// minutes
		assertThat(TRAVEL.minutes(113.6, -8.2, 113.7, -8.2)).isBetween(22.0, 24.0);
		assertThat(TravelModel.greatCircle(1.0, 60).minutes(113.6, -8.2, 113.7, -8.2)).isBetween(10.5, 11.5);
	}

}
