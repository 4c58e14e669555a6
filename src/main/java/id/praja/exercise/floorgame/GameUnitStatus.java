package id.praja.exercise.floorgame;

import java.time.Instant;

import id.praja.command.UnitStatus;

/**
 * A unit at a moment of the game.
 *
 * @param unit the unit
 * @param status AVAILABLE, EN_ROUTE, ON_SCENE or RETURNING (the desk's unit states)
 * @param incident the incident it is busy with, or null
 * @param until game time its status ends (arrival, end of handling, back at base), or
 * null when available
 */
public record GameUnitStatus(GameUnit unit, UnitStatus status, Long incident, Instant until) {

	/**
	 * @return true when it can be dispatched
	 */
	public boolean available() {
		return this.status == UnitStatus.AVAILABLE;
	}

}
