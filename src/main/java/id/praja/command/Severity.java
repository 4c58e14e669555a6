package id.praja.command;

/**
 * How bad an incident is: one vocabulary for the command desk and its rehearsals (the
 * simulation and the floor game). An incident nobody attends rises green → yellow → red.
 */
public enum Severity {

	/** Noted, handled locally. */
	GREEN,
	/** Needs attention of the Polsek. */
	YELLOW,
	/** Needs the command post now (reinforcement, escalation). */
	RED;

	/**
	 * @return the next severity of an incident nobody attends (RED stays RED)
	 */
	public Severity next() {
		return (this == RED) ? RED : values()[ordinal() + 1];
	}

}
