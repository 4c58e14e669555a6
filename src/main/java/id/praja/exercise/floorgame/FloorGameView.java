package id.praja.exercise.floorgame;

import java.time.Instant;
import java.util.List;

/**
 * A floor game as the facilitator and players see it at a moment: the clock, the injects,
 * the incidents, the units and the log. Times are instants (shown in WIB).
 *
 * @param id the session
 * @param name its name
 * @param facilitator who created it
 * @param createdAt when
 * @param planName the plan whose reserve teams are played
 * @param state SETUP, RUNNING, PAUSED or ENDED
 * @param speed game seconds per wall second
 * @param clockStart game time of the start
 * @param gameTime game time now
 * @param lessons the facilitator's lessons learned
 * @param injects the injects in game time order
 * @param incidents the fired injects, in the order they fired
 * @param units the units
 * @param events the log
 * @param summary response times so far
 */
public record FloorGameView(long id, String name, String facilitator, Instant createdAt, String planName,
		GameState state, int speed, Instant clockStart, Instant gameTime, String lessons, List<Inject> injects,
		List<GameIncident> incidents, List<GameUnitStatus> units, List<GameEvent> events, ResponseSummary summary) {
}
