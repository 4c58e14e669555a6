package id.praja.command;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import id.praja.command.GakkumduCase.ClockState;
import id.praja.command.internal.GakkumduStore;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The statutory clocks of Sentra Gakkumdu on edge dates of late 2024 (27 November, voting
 * day, and 25 December are holidays here).
 */
class GakkumduClockTests {

	static final LocalDate VOTING_DAY = LocalDate.of(2024, 11, 27);

	static final LocalDate CHRISTMAS = LocalDate.of(2024, 12, 25);

	final GakkumduCalendar calendar = new GakkumduCalendar(Set.of(VOTING_DAY, CHRISTMAS));

	final GakkumduCalendar noHolidays = new GakkumduCalendar(Set.of());

	@Test
	void aCalendarDayDeadlineMayLandOnAWeekendOrAHoliday() {
		// discovered Saturday 16 Nov: 7 days later is Saturday 23 Nov, it stays there
		LocalDate d = this.calendar.deadline(LocalDate.of(2024, 11, 16), 7, false);
		assertThat(d).isEqualTo(LocalDate.of(2024, 11, 23));
		assertThat(d.getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
		// court: file on 18 Dec, 7 days is Christmas
		assertThat(this.calendar.deadline(LocalDate.of(2024, 12, 18), 7, false)).isEqualTo(CHRISTMAS);
	}

	@Test
	void aWorkingDayDeadlineSkipsTheWeekend() {
		// Thursday 28 Nov + 2 working days: Friday 29, (Sat, Sun), Monday 2 Dec
		assertThat(this.calendar.deadline(LocalDate.of(2024, 11, 28), 2, true)).isEqualTo(LocalDate.of(2024, 12, 2));
		// started on a Saturday: the first working day is Monday
		assertThat(this.calendar.deadline(LocalDate.of(2024, 11, 23), 1, true)).isEqualTo(LocalDate.of(2024, 11, 25));
	}

	@Test
	void aWorkingDayDeadlineThatWouldFallOnAHolidayMovesToTheNextWorkingDay() {
		// Tuesday 26 Nov + 1 working day: 27 Nov is voting day, so Thursday 28
		assertThat(this.calendar.deadline(LocalDate.of(2024, 11, 26), 1, true)).isEqualTo(LocalDate.of(2024, 11, 28));
		assertThat(this.noHolidays.deadline(LocalDate.of(2024, 11, 26), 1, true)).isEqualTo(VOTING_DAY);
	}

	@Test
	void aWorkingDayDeadlineAcrossAHolidayIsOneDayLater() {
		// prosecution, 5 working days from Friday 22 Nov: 25, 26, (27 holiday), 28, 29, 2
		// Dec
		assertThat(this.calendar.deadline(LocalDate.of(2024, 11, 22), 5, true)).isEqualTo(LocalDate.of(2024, 12, 2));
		assertThat(this.noHolidays.deadline(LocalDate.of(2024, 11, 22), 5, true)).isEqualTo(LocalDate.of(2024, 11, 29));
		// investigation, 14 working days from Friday 22 Nov: 25 26 28 29 | 2-6 | 9-13 Dec
		assertThat(this.calendar.deadline(LocalDate.of(2024, 11, 22), 14, true)).isEqualTo(LocalDate.of(2024, 12, 13));
		// across Christmas: 5 working days from Friday 20 Dec: 23, 24, (25), 26, 27, 30
		assertThat(this.calendar.deadline(LocalDate.of(2024, 12, 20), 5, true)).isEqualTo(LocalDate.of(2024, 12, 30));
	}

	@Test
	void aClockWarnsTwoDaysBeforeItsDeadlineAndIsOverdueAfterIt() {
		GakkumduManagement m = new GakkumduManagement(null, null, null, null, null, 2, List.of(), true);
		// reported Friday 22 Nov: investigation due Friday 13 Dec (14 working days)
		GakkumduStore.Row row = new GakkumduStore.Row(1, null, null, "Politik uang", "Pasal 187A",
				LocalDate.of(2024, 11, 20), LocalDate.of(2024, 11, 22), null, null, null, null, null, 1, Instant.EPOCH,
				"operator");
		assertThat(state(m, row, LocalDate.of(2024, 12, 10))).isEqualTo(ClockState.RUNNING);
		assertThat(state(m, row, LocalDate.of(2024, 12, 11))).isEqualTo(ClockState.WARNING);
		assertThat(state(m, row, LocalDate.of(2024, 12, 13))).isEqualTo(ClockState.WARNING);
		assertThat(state(m, row, LocalDate.of(2024, 12, 14))).isEqualTo(ClockState.OVERDUE);
		GakkumduCase c = m.evaluate(row, this.calendar, LocalDate.of(2024, 12, 14));
		assertThat(c.stage()).isEqualTo(GakkumduStage.INVESTIGATION);
		assertThat(c.current().deadline()).isEqualTo(LocalDate.of(2024, 12, 13));
		assertThat(c.current().daysLeft()).isEqualTo(-1);
		// the report itself (7 calendar days from 20 Nov) was made in time
		assertThat(c.clocks().get(0).state()).isEqualTo(ClockState.MET);
	}

	@Test
	void aStepAfterItsDeadlineIsRecordedLate() {
		GakkumduManagement m = new GakkumduManagement(null, null, null, null, null, 2, List.of(), true);
		// file to the prosecutor Friday 22 Nov, to court Tuesday 3 Dec: due Monday 2 Dec
		GakkumduStore.Row row = new GakkumduStore.Row(1, null, null, "x", null, LocalDate.of(2024, 11, 1),
				LocalDate.of(2024, 11, 4), LocalDate.of(2024, 11, 22), LocalDate.of(2024, 12, 3), null, null, null, 3,
				Instant.EPOCH, "operator");
		GakkumduCase c = m.evaluate(row, this.calendar, LocalDate.of(2024, 12, 4));
		assertThat(c.clocks()).extracting(GakkumduCase.Clock::stage)
			.containsExactly(GakkumduStage.REPORT, GakkumduStage.INVESTIGATION, GakkumduStage.PROSECUTION,
					GakkumduStage.TRIAL);
		assertThat(c.clocks().get(2).deadline()).isEqualTo(LocalDate.of(2024, 12, 2));
		assertThat(c.clocks().get(2).state()).isEqualTo(ClockState.LATE);
		// trial: 7 calendar days from 3 Dec
		assertThat(c.current().deadline()).isEqualTo(LocalDate.of(2024, 12, 10));
	}

	private ClockState state(GakkumduManagement m, GakkumduStore.Row row, LocalDate on) {
		return m.evaluate(row, this.calendar, on).current().state();
	}

}
