package id.praja.command;

/**
 * Kinds of incident reported from a TPS.
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
