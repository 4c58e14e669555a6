package id.praja.command;

import java.util.List;

import org.junit.jupiter.api.Test;

import id.praja.command.DispatchPolicy.Choice;
import id.praja.command.DispatchPolicy.Ranked;
import id.praja.command.DispatchPolicy.Reason;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one dispatch rule of the desk, the simulation and the floor game.
 */
class DispatchPolicyTests {

	@Test
	void theUnitThatArrivesFirstGoesWhenNoPostIsLeftBelowThePattern() {
		List<Ranked<String>> ranked = DispatchPolicy.rank(List.of(Choice.reserve("far reserve", 1, 30),
				Choice.post("spare post", 2, 5, false), Choice.reserve("near reserve", 3, 12)));
		assertThat(ranked).extracting(Ranked::unit).containsExactly("spare post", "near reserve", "far reserve");
		assertThat(ranked).extracting(Ranked::reason).containsOnly(Reason.ARRIVAL);
	}

	@Test
	void aReserveTeamGoesBeforeAPostThatWouldLeaveTpsBelowThePatternEvenWhenSlower() {
		List<Ranked<String>> ranked = DispatchPolicy
			.rank(List.of(Choice.post("thin post", 1, 3, true), Choice.reserve("reserve", 2, 25)));
		assertThat(ranked).extracting(Ranked::unit).containsExactly("reserve", "thin post");
		assertThat(ranked).extracting(Ranked::reason).containsExactly(Reason.SPARES_POSTS, Reason.BELOW_PATTERN);
		assertThat(DispatchPolicy.first(List.of(Choice.post("thin post", 1, 3, true), Choice.reserve("reserve", 2, 25)))
			.unit()).isEqualTo("reserve");
	}

	@Test
	void withoutAReserveTeamThePostsThatLeaveTpsBelowThePatternGoByArrivalTime() {
		List<Ranked<String>> ranked = DispatchPolicy
			.rank(List.of(Choice.post("B", 2, 9, true), Choice.post("A", 1, 4, true)));
		assertThat(ranked).extracting(Ranked::unit).containsExactly("A", "B");
		assertThat(DispatchPolicy.first(List.<Choice<String>>of())).isNull();
	}

	@Test
	void tiesGoToTheLowerOrderAndFirstAgreesWithRank() {
		List<Choice<String>> choices = List.of(Choice.reserve("second", 2, 10), Choice.reserve("first", 1, 10),
				Choice.post("third", 3, 10, false), Choice.post("last", 0, 1, true));
		assertThat(DispatchPolicy.rank(choices)).extracting(Ranked::unit)
			.containsExactly("first", "second", "third", "last");
		assertThat(DispatchPolicy.first(choices).unit()).isEqualTo("first");
	}

}
