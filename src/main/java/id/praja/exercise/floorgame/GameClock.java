package id.praja.exercise.floorgame;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import id.praja.shared.Conflict;

/**
 * The authoritative clock of a floor game, kept by the server: game time is
 * {@code start + elapsed}, plus the wall time since the last change times the speed while
 * running. Every change (start, pause, speed, end) folds the time run so far into
 * {@code elapsedMs}, so the clock is computed, never ticked.
 *
 * @param state where the game stands
 * @param speed game seconds per wall second: 1, 10 or 60
 * @param start game time when the game starts (e.g. 06:00 WIB on voting day)
 * @param elapsedMs game milliseconds run up to {@code changedAt}
 * @param changedAt wall time of the last change
 */
public record GameClock(GameState state, int speed, Instant start, long elapsedMs, Instant changedAt) {

	/** Speeds a facilitator can choose. */
	public static final Set<Integer> SPEEDS = Set.of(1, 10, 60);

	public GameClock {
		if (!SPEEDS.contains(speed)) {
			throw new IllegalArgumentException("speed must be 1, 10 or 60");
		}
		if (elapsedMs < 0) {
			throw new IllegalArgumentException("elapsed game time must not be negative");
		}
	}

	/**
	 * @param start the game time to start from
	 * @param now wall time
	 * @return a clock in SETUP at 1×
	 */
	public static GameClock setUp(Instant start, Instant now) {
		return new GameClock(GameState.SETUP, 1, start, 0, now);
	}

	/**
	 * @param wall a wall time (not before {@code changedAt})
	 * @return the game time at that moment
	 */
	public Instant gameTime(Instant wall) {
		return this.start.plusMillis(elapsedAt(wall));
	}

	/**
	 * @param wall a wall time
	 * @return game milliseconds since the start at that moment
	 */
	public long elapsedAt(Instant wall) {
		if (this.state != GameState.RUNNING) {
			return this.elapsedMs;
		}
		long wallMs = Math.max(0, Duration.between(this.changedAt, wall).toMillis());
		return this.elapsedMs + wallMs * this.speed;
	}

	/**
	 * @param game a game time not before the last change
	 * @param now the wall time now (answered when the clock stands)
	 * @return the wall time at which the running clock reaches {@code game}
	 */
	public Instant wallTimeOf(Instant game, Instant now) {
		if (this.state != GameState.RUNNING) {
			return now;
		}
		long gameMs = Duration.between(this.start, game).toMillis() - this.elapsedMs;
		Instant wall = this.changedAt.plusMillis(Math.max(0, gameMs) / this.speed);
		return wall.isAfter(now) ? now : wall;
	}

	/**
	 * @param now wall time
	 * @return the clock running from where it stood
	 */
	public GameClock started(Instant now) {
		if (this.state != GameState.SETUP && this.state != GameState.PAUSED) {
			throw new Conflict("the game can only be started when it is being set up or paused");
		}
		return new GameClock(GameState.RUNNING, this.speed, this.start, this.elapsedMs, now);
	}

	/**
	 * @param now wall time
	 * @return the clock standing at the game time reached
	 */
	public GameClock paused(Instant now) {
		if (this.state != GameState.RUNNING) {
			throw new Conflict("only a running game can be paused");
		}
		return new GameClock(GameState.PAUSED, this.speed, this.start, elapsedAt(now), now);
	}

	/**
	 * @param now wall time
	 * @param newSpeed 1, 10 or 60
	 * @return the clock going on from the game time reached at the new speed
	 */
	public GameClock withSpeed(Instant now, int newSpeed) {
		if (this.state == GameState.ENDED) {
			throw new Conflict("the game has ended");
		}
		return new GameClock(this.state, newSpeed, this.start, elapsedAt(now), now);
	}

	/**
	 * @param now wall time
	 * @return the clock stopped for good at the game time reached
	 */
	public GameClock ended(Instant now) {
		if (this.state == GameState.ENDED) {
			throw new Conflict("the game has already ended");
		}
		return new GameClock(GameState.ENDED, this.speed, this.start, elapsedAt(now), now);
	}

}
