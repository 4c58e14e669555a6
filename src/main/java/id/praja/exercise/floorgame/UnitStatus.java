package id.praja.exercise.floorgame;

import java.time.Instant;

/**
 * A unit at a moment of the game.
 *
 * @param unit the unit
 * @param status AVAILABLE, EN_ROUTE, ON_SCENE or RETURNING
 * @param incident the incident it is busy with, or null
 * @param until game time its status ends (arrival, end of handling, back at base), or
 * null when available
 */
public record UnitStatus(GameUnit unit, String status, Long incident, Instant until) {

	/**
	 * @return true when it can be dispatched
	 */
	public boolean available() {
		return this.status.equals("AVAILABLE");
	}

}
