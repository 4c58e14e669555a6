package id.praja.report;

/** What an evaluation (Anev) compares. */
public enum AnevMode {

	/** A day against another day (by default the day before). */
	DAY,
	/** Seven days against the seven days before (or ending on another day). */
	WEEK,
	/** A stage of the operation's agenda against another stage. */
	STAGE,
	/** One Polsek against another over the same period. */
	UNIT,
	/** Every Polsek ranked by one figure over a period. */
	RANK

}
