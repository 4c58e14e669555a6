package id.praja.security.internal;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import id.praja.security.internal.ThrottlePolicy.State;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The growing delays of the login throttle, without a database.
 */
class ThrottlePolicyTests {

	static final Instant T0 = Instant.parse("2024-11-27T00:00:00Z");

	final ThrottlePolicy policy = new ThrottlePolicy(5, Duration.ofMinutes(15), Duration.ofMinutes(1),
			Duration.ofHours(1), Duration.ofDays(1));

	State fail(State state, Instant at, int times) {
		for (int i = 0; i < times; i++) {
			state = this.policy.afterFailure(state, at);
		}
		return state;
	}

	@Test
	void holdsBackOnlyOnceTheThresholdIsReachedWithinTheWindow() {
		State four = fail(State.fresh(T0), T0, 4);
		assertThat(four.blockedAt(T0)).isFalse();
		State five = fail(four, T0.plusSeconds(60), 1);
		assertThat(five.blockedAt(T0.plusSeconds(61))).isTrue();
		assertThat(five.blockedUntil()).isEqualTo(T0.plusSeconds(120));
		assertThat(five.blockedAt(T0.plusSeconds(120))).isFalse();
	}

	@Test
	void failuresOutsideTheWindowStartAFreshCount() {
		State four = fail(State.fresh(T0), T0, 4);
		State later = fail(four, T0.plus(Duration.ofMinutes(16)), 1);
		assertThat(later.failures()).isEqualTo(1);
		assertThat(later.blockedAt(T0.plus(Duration.ofMinutes(16)))).isFalse();
	}

	@Test
	void theDelayDoublesEachRoundUpToTheLongest() {
		assertThat(this.policy.delay(1)).isEqualTo(Duration.ofMinutes(1));
		assertThat(this.policy.delay(2)).isEqualTo(Duration.ofMinutes(2));
		assertThat(this.policy.delay(3)).isEqualTo(Duration.ofMinutes(4));
		assertThat(this.policy.delay(7)).isEqualTo(Duration.ofHours(1));
		assertThat(this.policy.delay(1_000)).isEqualTo(Duration.ofHours(1));

		State state = State.fresh(T0);
		Instant now = T0;
		for (int round = 1; round <= 3; round++) {
			state = fail(state, now, 5);
			assertThat(state.strikes()).isEqualTo(round);
			assertThat(Duration.between(now, state.blockedUntil())).isEqualTo(this.policy.delay(round));
			now = state.blockedUntil();
		}
	}

	@Test
	void roundsAreForgottenAfterAQuietDay() {
		State twice = fail(fail(State.fresh(T0), T0, 5), T0.plus(Duration.ofMinutes(2)), 5);
		assertThat(twice.strikes()).isEqualTo(2);
		Instant nextDay = T0.plus(Duration.ofDays(2));
		assertThat(this.policy.strikesAt(twice, nextDay)).isZero();
		State again = fail(twice, nextDay, 5);
		assertThat(Duration.between(nextDay, again.blockedUntil())).isEqualTo(Duration.ofMinutes(1));
	}

	@Test
	void refusesSettingsThatMakeNoSense() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ThrottlePolicy(0, Duration.ofMinutes(15),
				Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofDays(1)));
		assertThatIllegalArgumentException().isThrownBy(() -> new ThrottlePolicy(5, Duration.ofMinutes(15),
				Duration.ofMinutes(10), Duration.ofMinutes(1), Duration.ofDays(1)));
	}

	@Test
	void anIpv6ClientCountsByItsNetworkAndAnIpv4ClientByItsAddress() {
		assertThat(LoginThrottle.addressKey("2001:db8:1:2:aaaa::1"))
			.isEqualTo(LoginThrottle.addressKey("2001:db8:1:2:bbbb::7"))
			.isEqualTo("address:20010db800010002::/64");
		assertThat(LoginThrottle.addressKey("2001:db8:1:3::1"))
			.isNotEqualTo(LoginThrottle.addressKey("2001:db8:1:2::1"));
		assertThat(LoginThrottle.addressKey("10.0.0.1")).isEqualTo("address:10.0.0.1");
		assertThat(LoginThrottle.addressKey(null)).isEqualTo("address:unknown");
		assertThat(LoginThrottle.accountKey("Operator")).isEqualTo("account:operator");
	}

}
