package id.praja.command;

/**
 * What a field report tells.
 */
public enum ReportType {

	/** The TPS moved to a new stage of voting day ({@link TpsStatus}). */
	STATUS,
	/** The officer arrived at his post. */
	CHECK_IN,
	/** Ballot logistics arrived at the TPS or were escorted away ({@link Logistics}). */
	LOGISTICS,
	/** Something happened that the command post must know ({@link IncidentType}). */
	INCIDENT

}
