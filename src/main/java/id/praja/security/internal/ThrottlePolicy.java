package id.praja.security.internal;

import java.time.Duration;
import java.time.Instant;

/**
 * How one kind of key (a client address, an account) is held back after failed logins:
 * after {@code failures} failures within {@code window}, further attempts are refused for
 * {@code firstDelay}; every further round doubles the delay, up to {@code maxDelay}. The
 * rounds are forgotten after {@code forget} without a failure. A pure function of the
 * stored state and the time, so that it can be tested without a database.
 *
 * @param failures failures within the window that start a delay
 * @param window the window in which failures are counted
 * @param firstDelay the delay of the first round
 * @param maxDelay the longest delay
 * @param forget quiet time after which the rounds start again from the first delay
 */
record ThrottlePolicy(int failures, Duration window, Duration firstDelay, Duration maxDelay, Duration forget) {

	ThrottlePolicy {
		if (failures < 1 || window.isNegative() || window.isZero() || firstDelay.isNegative()
				|| maxDelay.compareTo(firstDelay) < 0) {
			throw new IllegalArgumentException(("login throttle: failures must be at least 1, the window positive and "
					+ "the longest delay not shorter than the first (got %d, %s, %s, %s)")
				.formatted(failures, window, firstDelay, maxDelay));
		}
	}

	/**
	 * The stored state of one key.
	 *
	 * @param failures failures in the current window
	 * @param windowStart when the current window began
	 * @param strikes how many delays the key has had
	 * @param blockedUntil attempts before this instant are refused, or null
	 * @param lastFailure the last failure
	 */
	record State(int failures, Instant windowStart, int strikes, Instant blockedUntil, Instant lastFailure) {

		static State fresh(Instant now) {
			return new State(0, now, 0, null, now);
		}

		boolean blockedAt(Instant now) {
			return this.blockedUntil != null && now.isBefore(this.blockedUntil);
		}

	}

	/**
	 * @param state the state before
	 * @param now the time of the failure
	 * @return the state after one more failure
	 */
	State afterFailure(State state, Instant now) {
		int strikes = strikesAt(state, now);
		boolean sameWindow = now.isBefore(state.windowStart().plus(this.window));
		int count = (sameWindow ? state.failures() : 0) + 1;
		Instant windowStart = sameWindow ? state.windowStart() : now;
		Instant blockedUntil = state.blockedUntil();
		if (count >= this.failures) {
			strikes++;
			blockedUntil = now.plus(delay(strikes));
			count = 0;
			windowStart = now;
		}
		return new State(count, windowStart, strikes, blockedUntil, now);
	}

	/**
	 * @return the rounds that still count at {@code now} (zero once forgotten)
	 */
	int strikesAt(State state, Instant now) {
		return state.lastFailure().plus(this.forget).isBefore(now) ? 0 : state.strikes();
	}

	/**
	 * @param strikes the round, from 1
	 * @return the delay of that round: the first delay doubled for each earlier round,
	 * capped
	 */
	Duration delay(int strikes) {
		Duration delay = this.firstDelay;
		for (int i = 1; i < strikes && delay.compareTo(this.maxDelay) < 0; i++) {
			delay = delay.multipliedBy(2);
		}
		return (delay.compareTo(this.maxDelay) > 0) ? this.maxDelay : delay;
	}

}
