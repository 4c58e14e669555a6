package id.praja.command;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A Sentra Gakkumdu election-crime case with its clocks, as of a day.
 *
 * @param id its number
 * @param incident the referred incident it came from, or null
 * @param kecamatan where, or null (visible to the Polres only)
 * @param title what
 * @param offence the suspected offence (e.g. "Pasal 187A money politics"), or null
 * @param discoveredOn when the violation became known
 * @param reportedOn when the report was received
 * @param toProsecutorOn when the file reached the prosecutor
 * @param toCourtOn when the file reached the court
 * @param decidedOn when the court decided
 * @param stoppedOn when the case was stopped
 * @param note remarks
 * @param version increases with every change
 * @param createdAt when it was entered
 * @param createdBy who entered it
 * @param stage the current stage
 * @param clocks every stage reached, with its deadline and state, in order
 * @param dateHistory every setting or change of its dates, oldest first (append-only)
 */
public record GakkumduCase(long id, Long incident, String kecamatan, String title, String offence,
		LocalDate discoveredOn, LocalDate reportedOn, LocalDate toProsecutorOn, LocalDate toCourtOn,
		LocalDate decidedOn, LocalDate stoppedOn, String note, int version, Instant createdAt, String createdBy,
		GakkumduStage stage, List<Clock> clocks, List<DateChange> dateHistory) {

	/** How a stage's clock stands. */
	public enum ClockState {

		/** Running, more than the warning days left. */
		RUNNING,
		/** Running, the deadline is near (within the warning days). */
		WARNING,
		/** Running, the deadline has passed. */
		OVERDUE,
		/** Finished on or before the deadline. */
		MET,
		/** Finished after the deadline. */
		LATE

	}

	/**
	 * A stage's clock.
	 *
	 * @param stage the stage
	 * @param started the day it started
	 * @param deadline the last day allowed
	 * @param days days allowed
	 * @param working true when working days are counted
	 * @param finished the day it finished, or null while running
	 * @param state how it stands
	 * @param daysLeft calendar days from the day asked to the deadline (negative when
	 * passed), for a running clock; null otherwise
	 */
	public record Clock(GakkumduStage stage, LocalDate started, LocalDate deadline, int days, boolean working,
			LocalDate finished, ClockState state, Long daysLeft) {
	}

	/**
	 * A date of the case set or changed.
	 *
	 * @param date DISCOVERED, REPORTED, TO_PROSECUTOR, TO_COURT, DECIDED or STOPPED
	 * @param from the day before, or null when it was not set
	 * @param to the day after
	 * @param at when
	 * @param by who
	 * @param note the remark given, or null
	 */
	public record DateChange(String date, LocalDate from, LocalDate to, Instant at, String by, String note) {

		/**
		 * @return when, in Western Indonesian Time
		 */
		public LocalDateTime wib() {
			return LocalDateTime.ofInstant(this.at, GakkumduManagement.ZONE);
		}

	}

	/**
	 * @return the running clock, or null when decided or stopped
	 */
	public Clock current() {
		if (this.clocks.isEmpty()) {
			return null;
		}
		Clock last = this.clocks.get(this.clocks.size() - 1);
		return (last.finished() == null) ? last : null;
	}

}
