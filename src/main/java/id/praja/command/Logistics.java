package id.praja.command;

/**
 * Movements of the ballot logistics (ballots, boxes, forms) that police escort.
 */
public enum Logistics {

	/** Logistics arrived at the TPS. */
	ARRIVED,
	/** Logistics left the TPS under escort (to the PPS/PPK after counting). */
	ESCORTED_AWAY

}
