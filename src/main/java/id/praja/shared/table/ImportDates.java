package id.praja.shared.table;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;

import id.praja.shared.ImportProblem;
import id.praja.shared.Limits;

/**
 * Reads the dates of imported files strictly: {@code 2024-11-27}, {@code 27/11/2024} or
 * {@code 27-11-2024}; a day that does not exist ({@code 31/02/2024}) is refused rather
 * than moved to the end of the month, and so is a date outside the window of
 * {@link Limits} (2000 to 2100: a typo such as 20224, or a two-digit year read as year
 * 24), the same window as for dates typed into forms and the API.
 */
public final class ImportDates {

	/** The earliest year a date may have: that of {@link Limits#EARLIEST}. */
	public static final int MIN_YEAR = Limits.EARLIEST.getYear();

	/** The latest year a date may have: that of {@link Limits#LATEST}. */
	public static final int MAX_YEAR = Limits.LATEST.getYear();

	private static final List<DateTimeFormatter> FORMATS = List.of(strict("uuuu-MM-dd"), strict("d/M/uuuu"),
			strict("d-M-uuuu"));

	private ImportDates() {
	}

	private static DateTimeFormatter strict(String pattern) {
		return DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT);
	}

	/**
	 * @param row the cell's row
	 * @param column the cell's column
	 * @param text the cell, not blank
	 * @param problems receives the problem when the text is not a good date
	 * @return the date, or null when the text is not a date of an existing day within the
	 * years accepted
	 */
	public static LocalDate parse(int row, String column, String text, List<ImportProblem> problems) {
		for (DateTimeFormatter format : FORMATS) {
			try {
				LocalDate date = LocalDate.parse(text, format);
				if (!withinYears(date)) {
					problems.add(ImportProblem.of(row, column, text, "dateYear", date.getYear(), MIN_YEAR, MAX_YEAR));
					return null;
				}
				return date;
			}
			catch (DateTimeParseException ex) {
				// try the next format
			}
		}
		problems.add(ImportProblem.of(row, column, text, "officer.date"));
		return null;
	}

	/**
	 * @param date a date
	 * @return true when it lies within {@link Limits#EARLIEST} to {@link Limits#LATEST}
	 */
	public static boolean withinYears(LocalDate date) {
		return !date.isBefore(Limits.EARLIEST) && !date.isAfter(Limits.LATEST);
	}

}
