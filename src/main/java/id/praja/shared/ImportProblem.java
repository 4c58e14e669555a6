package id.praja.shared;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * One thing wrong with an imported file.
 *
 * @param row the 1-based row in the file (the header is row 1), or 0 for the file as a
 * whole
 * @param column the column name, or null
 * @param value the offending value as read, or null
 * @param message why it is wrong, in English (API answers, logs)
 * @param code the message key without its {@code problem.} prefix, so that pages can say
 * it in the user's language; null when there is none
 * @param args the arguments of that message
 */
public record ImportProblem(int row, String column, String value, String message, String code, List<Object> args) {

	private static final ResourceBundle ENGLISH = ResourceBundle.getBundle("messages", Locale.ROOT,
			ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

	public ImportProblem {
		args = (args != null) ? List.copyOf(args) : List.of();
	}

	/**
	 * A problem without a translatable message.
	 */
	public ImportProblem(int row, String column, String value, String message) {
		this(row, column, value, message, null, List.of());
	}

	/**
	 * A problem whose message is {@code problem.<code>} in {@code messages*.properties}.
	 * @param row the row, or 0 for the whole file
	 * @param column the column, or null
	 * @param value the value, or null
	 * @param code the key without {@code problem.}
	 * @param args the message's arguments (none null)
	 * @return the problem, with its English message
	 */
	public static ImportProblem of(int row, String column, String value, String code, Object... args) {
		String pattern = ENGLISH.getString("problem." + code);
		String message = new MessageFormat(pattern, Locale.ROOT).format(args);
		return new ImportProblem(row, column, value, message, code, Arrays.asList(args));
	}

	/**
	 * Two problems are the same when they point at the same place with the same words.
	 */
	@Override
	public boolean equals(Object other) {
		return other instanceof ImportProblem p && this.row == p.row && Objects.equals(this.column, p.column)
				&& Objects.equals(this.value, p.value) && Objects.equals(this.message, p.message);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.row, this.column, this.value, this.message);
	}

}
