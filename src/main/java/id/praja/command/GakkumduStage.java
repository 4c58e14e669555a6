package id.praja.command;

/**
 * The statutory stages of an election crime at Sentra Gakkumdu (UU 10/2016 on the
 * Pilkada; Peraturan Bersama Bawaslu, Kapolri, Jaksa Agung on Sentra Gakkumdu), each with
 * its clock. Sources, as collected in docs/command.md: reports are filed within 7 days of
 * the violation becoming known; the police investigator hands the file to the prosecutor
 * within 14 working days of the report; the prosecutor brings it to the district court
 * within 5 days; the court decides within 7 days. Which of these count working days is
 * configurable ({@code praja.gakkumdu.*}); the defaults are in {@link #defaultDays()} and
 * {@link #defaultWorking()}.
 */
public enum GakkumduStage {

	/** From discovery to the report at Bawaslu/Gakkumdu: 7 calendar days. */
	REPORT(7, false),
	/** From the report to the file at the prosecutor: 14 working days. */
	INVESTIGATION(14, true),
	/**
	 * From the file at the prosecutor to the court: 5 days; counted as working days (the
	 * brief of this feature; the research notes only say "5 days" — configurable).
	 */
	PROSECUTION(5, true),
	/** From the file at the court to the decision: 7 calendar days. */
	TRIAL(7, false),
	/** Decided: no clock runs. */
	DECIDED(0, false),
	/** Stopped (not a crime, SP3, withdrawn): no clock runs. */
	STOPPED(0, false);

	private final int days;

	private final boolean working;

	GakkumduStage(int days, boolean working) {
		this.days = days;
		this.working = working;
	}

	/**
	 * @return the days the stage allows by default
	 */
	public int defaultDays() {
		return this.days;
	}

	/**
	 * @return true when the stage counts working days by default
	 */
	public boolean defaultWorking() {
		return this.working;
	}

	/**
	 * @return true for a stage with a clock
	 */
	public boolean timed() {
		return this.days > 0;
	}

}
