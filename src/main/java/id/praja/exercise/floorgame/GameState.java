package id.praja.exercise.floorgame;

/** Where a floor game stands. */
public enum GameState {

	/**
	 * Being prepared: the facilitator writes the injects; the clock stands at its start.
	 */
	SETUP,
	/** The clock runs at the session's speed. */
	RUNNING,
	/** The clock stands; players may still decide. */
	PAUSED,
	/** Over: the record is final, only the lessons can still be written. */
	ENDED

}
