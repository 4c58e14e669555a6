package id.praja.exercise.floorgame;

import java.time.Instant;
import java.util.Map;

/**
 * An entry of a floor game's append-only log.
 *
 * @param seq its place in the log, from 1
 * @param wallTime real time it happened (for events of the running clock: when the clock
 * reached its game time)
 * @param gameTime game time it happened
 * @param actor who did it ({@code clock} for what the clock brought about)
 * @param kind what happened
 * @param payload its details (ids, unit codes, game times as ISO instants, minutes)
 */
public record GameEvent(int seq, Instant wallTime, Instant gameTime, String actor, EventKind kind,
		Map<String, Object> payload) {

	/** Actor of events the clock brings about (injects firing, arrivals, resolutions). */
	public static final String CLOCK = "clock";

	public GameEvent {
		payload = Map.copyOf(payload);
	}

	long number(String key) {
		Object v = this.payload.get(key);
		if (v instanceof Number n) {
			return n.longValue();
		}
		return Long.parseLong(String.valueOf(v));
	}

	double decimal(String key) {
		Object v = this.payload.get(key);
		if (v instanceof Number n) {
			return n.doubleValue();
		}
		return Double.parseDouble(String.valueOf(v));
	}

	String text(String key) {
		Object v = this.payload.get(key);
		return (v != null) ? String.valueOf(v) : null;
	}

	Instant instant(String key) {
		return Instant.parse(text(key));
	}

}
