package id.praja.exercise.floorgame;

/** What an entry of a floor game's log records. */
public enum EventKind {

	/** The clock started or resumed. */
	START,
	/** The clock stopped. */
	PAUSE,
	/** The clock's speed changed. */
	SPEED,
	/** A scripted incident happened (its game time was reached). */
	INJECT_FIRED,
	/** A player sent a unit to an incident. */
	DISPATCH,
	/** The unit reached the incident. */
	ARRIVED,
	/** The incident was handled; the unit returns to its base. */
	RESOLVED,
	/** A remark written during the game. */
	NOTE,
	/** The facilitator ended the game. */
	END

}
