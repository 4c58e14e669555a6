package id.praja.exercise.simulation;

/** Severity of an incident; it rises while nobody attends it. */
public enum Severity {

	/** Under control, routine presence suffices. */
	GREEN,
	/** Tension rising. */
	YELLOW,
	/** Out of hand: needs Dalmas/Brimob (a reserve team). */
	RED;

	/**
	 * @return the next severity (RED stays RED)
	 */
	public Severity next() {
		return (this == RED) ? RED : values()[ordinal() + 1];
	}

}
