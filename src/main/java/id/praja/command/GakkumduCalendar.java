package id.praja.command;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

/**
 * Counts the statutory days of Sentra Gakkumdu deadlines. A working day is Monday to
 * Friday and not a holiday; calendar days count every day. The day the clock starts (the
 * report received, the file received) is not counted: the first counted day is the next
 * one, so "14 working days from Friday 22 November 2024" ends on the 14th working day
 * after it. A calendar-day deadline that falls on a weekend or holiday stays there (the
 * law counts days, not working days; no extension is assumed — confirm with the Gakkumdu
 * desk).
 */
public final class GakkumduCalendar {

	private final Set<LocalDate> holidays;

	/**
	 * @param holidays days that are not working days besides Saturday and Sunday
	 */
	public GakkumduCalendar(Set<LocalDate> holidays) {
		this.holidays = Set.copyOf(new TreeSet<>(holidays));
	}

	/**
	 * @param day a day
	 * @return true for Monday to Friday that is not a holiday
	 */
	public boolean workingDay(LocalDate day) {
		DayOfWeek d = day.getDayOfWeek();
		return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY && !this.holidays.contains(day);
	}

	/**
	 * @param start the day the clock starts (not counted)
	 * @param days days allowed
	 * @param working count working days only
	 * @return the last day allowed
	 */
	public LocalDate deadline(LocalDate start, int days, boolean working) {
		if (days < 1) {
			throw new IllegalArgumentException("a deadline is at least 1 day");
		}
		if (!working) {
			return start.plusDays(days);
		}
		LocalDate day = start;
		int counted = 0;
		while (counted < days) {
			day = day.plusDays(1);
			if (workingDay(day)) {
				counted++;
			}
		}
		return day;
	}

	/**
	 * @return the holidays
	 */
	public Set<LocalDate> holidays() {
		return this.holidays;
	}

}
