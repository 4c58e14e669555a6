package id.praja.exercise.floorgame;

import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * A floor game in the list of sessions.
 *
 * @param id its id
 * @param name its name
 * @param facilitator who created it
 * @param createdAt when
 * @param state where it stands
 * @param clockStart game time of the start
 */
public record FloorGameSession(long id, String name, String facilitator, Instant createdAt, GameState state,
		Instant clockStart) {

}
