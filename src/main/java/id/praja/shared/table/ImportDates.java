package id.praja.shared.table;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;

import id.praja.shared.ImportProblem;

/**
 * Reads the dates of imported files strictly: {@code 2024-11-27}, {@code 27/11/2024} or
 * {@code 27-11-2024}; a day that does not exist ({@code 31/02/2024}) is refused rather
 * than moved to the end of the month, and so is a year outside {@value #MIN_YEAR} to
 * {@value #MAX_YEAR} (a typo such as 20224, or a two-digit year read as year 24).
 */
public final class ImportDates {

	/** The earliest year a date of an election operation may have. */
	public static final int MIN_YEAR = 2000;

	/** The latest year a date of an election operation may have. */
	public static final int MAX_YEAR = 2100;

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
	 * @return true when its year lies within {@value #MIN_YEAR} to {@value #MAX_YEAR}
	 */
	public static boolean withinYears(LocalDate date) {
		return date.getYear() >= MIN_YEAR && date.getYear() <= MAX_YEAR;
	}

}
