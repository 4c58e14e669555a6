package id.praja.command;

/**
 * The status of a dispatchable unit on the board.
 */
public enum UnitStatus {

	/** Ready; may be recommended. */
	AVAILABLE,
	/** Dispatched to an incident, travelling. */
	EN_ROUTE,
	/** At an incident. */
	ON_SCENE,
	/** Not usable (vehicle breakdown, rest, other task). */
	OUT_OF_SERVICE

}
