package id.praja.command;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import id.praja.command.internal.IncidentStore;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dispatch ranking, checkable by hand: straight-line travel at 1 km per minute on a
 * grid where 0.01 degree of latitude counts as 1 km.
 */
class DispatchRankingTests {

	/** 1 minute per 0.01 degree (Manhattan distance; hand-checkable). */
	static final Dispatcher.Travel GRID = (lon1, lat1, lon2, lat2) -> (Math.abs(lon1 - lon2) + Math.abs(lat1 - lat2))
			* 100;

	static Dispatcher.Candidate reserve(String id, double lat) {
		return new Dispatcher.Candidate(id, "RESERVE", id, lat, 113.0, 10, null, null, List.of());
	}

	static Dispatcher.Candidate post(String id, double lat, int officers, int required, List<String> tps) {
		return new Dispatcher.Candidate(id, "POST", id, lat, 113.0, 2, officers, required, tps);
	}

	@Test
	void unitsAreRankedByArrivalTime() {
		// incident at (-8.00, 113.0); A is 0.05 degree away (5 min), B 0.02 (2 min)
		List<DispatchOption> options = Dispatcher.rank(
				List.of(reserve("RESERVE:1:A", -8.05), reserve("RESERVE:2:B", -8.02)), Map.of(), -8.00, 113.0, GRID, 8);
		assertThat(options).extracting(o -> o.unit().id()).containsExactly("RESERVE:2:B", "RESERVE:1:A");
		assertThat(options).extracting(DispatchOption::minutes).containsExactly(2.0, 5.0);
		assertThat(options.get(0).costly()).isFalse();
	}

	@Test
	void aPostsCostListsItsTpsWhenTheOfficersLeftFallBelowThePattern() {
		List<String> tps = List.of("35.09.18.2001-TPS-001", "35.09.18.2001-TPS-002");
		List<DispatchOption> options = Dispatcher.rank(List.of(post("POST:X", -8.01, 2, 2, tps),
				post("POST:Y", -8.03, 4, 2, List.of("35.09.18.2001-TPS-003")), reserve("RESERVE:1:A", -8.04)), Map.of(),
				-8.00, 113.0, GRID, 8);
		// the desk's rule: POST:X is the fastest but leaves its TPS below the pattern, so
		// the
		// reserve team goes before it; POST:Y can spare 2 officers and arrives first
		assertThat(options).extracting(o -> o.unit().id()).containsExactly("POST:Y", "RESERVE:1:A", "POST:X");
		assertThat(options).extracting(DispatchOption::reason)
			.containsExactly(DispatchPolicy.Reason.SPARES_POSTS, DispatchPolicy.Reason.SPARES_POSTS,
					DispatchPolicy.Reason.BELOW_PATTERN);
		DispatchOption x = options.get(2);
		// 2 officers, the pattern wants 2: both leave, none remain, both TPS are
		// uncovered
		assertThat(x.remaining()).isZero();
		assertThat(x.required()).isEqualTo(2);
		assertThat(x.uncoveredTps()).containsExactlyElementsOf(tps);
		assertThat(x.costly()).isTrue();
		// 4 officers: 2 remain, as the pattern wants: no TPS below it
		DispatchOption y = options.get(0);
		assertThat(y.remaining()).isEqualTo(2);
		assertThat(y.uncoveredTps()).isEmpty();
	}

	@Test
	void busyUnitsAreNotRecommendedAndOnlyTheNearestPostsAreKept() {
		Map<String, IncidentStore.UnitRow> rows = Map.of("RESERVE:2:B",
				new IncidentStore.UnitRow("RESERVE:2:B", UnitStatus.EN_ROUTE, 7L, Instant.EPOCH, "operator"),
				"RESERVE:3:C",
				new IncidentStore.UnitRow("RESERVE:3:C", UnitStatus.AVAILABLE, null, Instant.EPOCH, "operator"));
		List<DispatchOption> options = Dispatcher.rank(List.of(reserve("RESERVE:1:A", -8.05),
				reserve("RESERVE:2:B", -8.01), reserve("RESERVE:3:C", -8.09), post("POST:1", -8.02, 4, 2, List.of("a")),
				post("POST:2", -8.03, 4, 2, List.of("b")), post("POST:3", -8.04, 4, 2, List.of("c"))), rows, -8.00,
				113.0, GRID, 2);
		assertThat(options).extracting(o -> o.unit().id())
			.containsExactly("POST:1", "POST:2", "RESERVE:1:A", "RESERVE:3:C");
	}

}
