package id.praja.shared.table;

import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a CSV export, the one way every CSV export of Praja is written: UTF-8, comma
 * separated, one record per line, and safe to open in a spreadsheet. A text cell that
 * begins with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return
 * would be taken for a formula by Excel or LibreOffice (formula injection, e.g.
 * {@code =HYPERLINK(...)} in an address); such a cell gets a leading single quote, as
 * OWASP recommends, and {@link TableFileReader} removes it again on import. Numbers are
 * written as they are, and so is text that is nothing but a signed number ({@code -8.17},
 * {@code +25%}): a spreadsheet reads it as a number, it cannot call anything.
 */
public final class CsvSheet implements Flushable {

	private static final Pattern SIGNED_NUMBER = Pattern.compile("[+-][0-9]+([.,][0-9]+)?%?");

	private final CSVPrinter printer;

	private CsvSheet(CSVPrinter printer) {
		this.printer = printer;
	}

	/**
	 * @param out where the file goes (not closed by this sheet; call {@link #flush()})
	 * @return a sheet writing to it
	 * @throws IOException when the stream fails
	 */
	public static CsvSheet to(OutputStream out) throws IOException {
		return new CsvSheet(new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
				CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get()));
	}

	/**
	 * Writes one record; null cells are written empty.
	 * @param values the cells
	 * @throws UncheckedIOException when the stream fails (exports write from callbacks)
	 */
	public void row(Iterable<?> values) {
		List<Object> cells = new ArrayList<>();
		values.forEach(v -> cells.add(neutralise(v)));
		try {
			this.printer.printRecord(cells);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Writes one record.
	 * @param values the cells
	 */
	public void row(Object... values) {
		row(java.util.Arrays.asList(values));
	}

	@Override
	public void flush() throws IOException {
		this.printer.flush();
	}

	/**
	 * @param value a cell
	 * @return the cell as written: text that a spreadsheet would run as a formula gets a
	 * leading single quote; numbers and everything else are unchanged
	 */
	public static Object neutralise(Object value) {
		if (value instanceof CharSequence text && !text.isEmpty() && isFormulaStart(text.charAt(0))
				&& !SIGNED_NUMBER.matcher(text).matches()) {
			return "'" + text;
		}
		return value;
	}

	static boolean isFormulaStart(char c) {
		return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
	}

}
