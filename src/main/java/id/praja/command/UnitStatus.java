package id.praja.command;

/**
 * The status of a dispatchable unit on the board: one vocabulary for the command desk and
 * the floor game. Names for people: {@code incident.unitStatus.<STATUS>} in the messages.
 */
public enum UnitStatus {

	/** Ready; may be recommended. */
	AVAILABLE,
	/** Dispatched to an incident, travelling. */
	EN_ROUTE,
	/** At an incident. */
	ON_SCENE,
	/** Not usable (vehicle breakdown, rest, other task). */
	OUT_OF_SERVICE,
	/** The incident is handled; driving back to its base, not yet ready. */
	RETURNING

}
