package id.praja.shared;

import java.time.LocalDate;

/**
 * Checks of user input against the limits of the records: a text no longer than its
 * column and without a NUL character, a date inside a sane window. Each failure is an
 * {@link IllegalArgumentException} whose message names the field and says why (the API
 * answers it 400, a page shows it); nothing is ever truncated or coerced.
 */
public final class Limits {

	/** The earliest date any record of an operation may carry. */
	public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

	/** The latest date any record of an operation may carry. */
	public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

	private Limits() {
	}

	/**
	 * @param field the field's name as the user knows it
	 * @param value the text, or null
	 * @param max the most characters its column holds
	 * @return the value
	 * @throws IllegalArgumentException when it is longer or holds a NUL character
	 */
	public static String text(String field, String value, int max) {
		if (value == null) {
			return null;
		}
		if (value.indexOf('\u0000') >= 0) {
			throw new IllegalArgumentException(
					field + " contains a NUL character (\\u0000), which no text may contain");
		}
		if (value.length() > max) {
			throw new IllegalArgumentException(
					"%s is %,d characters long; at most %,d are allowed".formatted(field, value.length(), max));
		}
		return value;
	}

	/**
	 * @param field the field's name as the user knows it
	 * @param value the date, or null
	 * @param from the first allowed day
	 * @param to the last allowed day
	 * @return the value
	 * @throws IllegalArgumentException when it lies outside the window
	 */
	public static LocalDate date(String field, LocalDate value, LocalDate from, LocalDate to) {
		if (value != null && (value.isBefore(from) || value.isAfter(to))) {
			throw new IllegalArgumentException("%s %s lies outside %s … %s".formatted(field, value, from, to));
		}
		return value;
	}

	/**
	 * @return the value, when it lies between {@link #EARLIEST} and {@link #LATEST}
	 */
	public static LocalDate date(String field, LocalDate value) {
		return date(field, value, EARLIEST, LATEST);
	}

}
