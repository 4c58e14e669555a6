package id.praja.command;

/**
 * How bad an incident is.
 */
public enum Severity {

	/** Noted, handled locally. */
	GREEN,
	/** Needs attention of the Polsek. */
	YELLOW,
	/** Needs the command post now (reinforcement, escalation). */
	RED

}
