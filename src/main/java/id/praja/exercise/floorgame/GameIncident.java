package id.praja.exercise.floorgame;

import java.time.Instant;

import id.praja.command.Severity;

/**
 * A fired inject as the players see it at a moment of the game.
 *
 * @param inject the inject it comes from (its id is the incident's)
 * @param firedAt game time it happened
 * @param severity severity now: it rises while nobody is on scene (green → yellow → red,
 * as in the simulation)
 * @param status REPORTED, DISPATCHED, ON_SCENE or RESOLVED
 * @param unit the unit sent, or null
 * @param dispatchedBy who sent it
 * @param dispatchedAt game time it was sent
 * @param arrivesAt game time it arrives (arrived)
 * @param arrivedAt game time it arrived, or null
 * @param resolvedAt game time the incident was handled, or null
 * @param responseMinutes game minutes from the incident to the first unit on scene, or
 * null before arrival
 * @param withinTarget whether that is within the TPS class's response target, or null
 * @param recommended while no unit is sent: the free unit the desk's rule would send
 * ({@link id.praja.command.DispatchPolicy}), or null
 */
public record GameIncident(Inject inject, Instant firedAt, Severity severity, String status, String unit,
		String dispatchedBy, Instant dispatchedAt, Instant arrivesAt, Instant arrivedAt, Instant resolvedAt,
		Double responseMinutes, Boolean withinTarget, String recommended) {

	/**
	 * @return the incident's id (that of its inject)
	 */
	public long id() {
		return this.inject.id();
	}

}
