package id.praja.command;

/**
 * Kinds of incident reported from a TPS: one vocabulary for the command desk and its
 * rehearsals (the simulation and the floor game use the first six; their former codes
 * BENTROK, INTIMIDASI, POLITIK_UANG, LOGISTIK, UNJUK_RASA, BENCANA are VIOLENCE,
 * INTIMIDATION, MONEY_POLITICS, LOGISTICS_PROBLEM, CROWD, DISASTER). Names for people:
 * {@code command.incident.<TYPE>} in the messages.
 */
public enum IncidentType {

	/** Violence, fights, riots. */
	VIOLENCE,
	/** Intimidation of voters or KPPS staff. */
	INTIMIDATION,
	/** Money or goods handed out (politik uang). */
	MONEY_POLITICS,
	/** Damaged, short or late logistics. */
	LOGISTICS_PROBLEM,
	/** Crowds, protests, refusal of voting. */
	CROWD,
	/** Flood, landslide, fire. */
	DISASTER,
	/** Power or network outage. */
	OUTAGE,
	/** Anything else. */
	OTHER

}
