package id.praja.shared;

/**
 * One thing wrong with an imported file.
 *
 * @param row the 1-based row in the file (the header is row 1), or 0 for the file as a
 * whole
 * @param column the column name, or null
 * @param value the offending value as read, or null
 * @param message why it is wrong, in the user's words
 */
public record ImportProblem(int row, String column, String value, String message) {
}
