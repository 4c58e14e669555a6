package id.praja.shared.table;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.util.RecordFormatException;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import id.praja.shared.ImportProblem;

/**
 * Reads a tabular file (CSV or XLSX) into rows of named cells. Knows nothing of what the
 * rows mean: it only tells a readable table from an unreadable file.
 * <p>
 * CSV files come as offices save them: UTF-8 (with or without BOM), Excel's "Unicode
 * text" (UTF-16 with BOM, tab-separated), or the Windows code page of an Indonesian
 * Windows (Windows-1252); separated by commas, semicolons (Excel set to Indonesian) or
 * tabs. A cell that an export protected against formula injection ({@code '=...}) is read
 * back without the protecting quote. A NUL character in any cell is refused: the database
 * cannot store it.
 */
public final class TableFileReader {

	/** Largest file accepted, in bytes. */
	public static final int MAX_BYTES = 25 * 1024 * 1024;

	/** Most data rows accepted. */
	public static final int MAX_ROWS = 100_000;

	/** At most this many cell problems (NUL characters) are listed. */
	private static final int MAX_PROBLEMS = 100;

	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	/** A table read from a file: header names (lower case, trimmed) and data rows. */
	public record Table(List<String> header, List<Line> lines) {
	}

	/**
	 * One data row: its 1-based row number in the file and its cells by header name.
	 *
	 * @param row the row number
	 * @param cells the cells' text by header name
	 * @param numeric header names of the cells that held a number in a workbook (not
	 * text, not a date); leading zeros of such a cell were lost before the file reached
	 * us
	 */
	public record Line(int row, Map<String, String> cells, Set<String> numeric) {

		public Line {
			numeric = Set.copyOf(numeric);
		}

		public Line(int row, Map<String, String> cells) {
			this(row, cells, Set.of());
		}

		/**
		 * @param column a header name, or null
		 * @return true when the cell of that column held a number in a workbook
		 */
		public boolean isNumber(String column) {
			return column != null && this.numeric.contains(column);
		}

	}

	public static final class Unreadable extends Exception {

		private final List<ImportProblem> problems;

		Unreadable(String code, Object... args) {
			this(List.of(ImportProblem.of(0, null, null, code, args)));
		}

		private Unreadable(List<ImportProblem> problems) {
			super(problems.get(0).message());
			this.problems = List.copyOf(problems);
		}

		public List<ImportProblem> problems() {
			return this.problems;
		}

	}

	public Table read(String fileName, byte[] content) throws Unreadable {
		if (content == null || content.length == 0) {
			throw new Unreadable("fileEmpty");
		}
		if (content.length > MAX_BYTES) {
			throw new Unreadable("fileTooBig", content.length, MAX_BYTES);
		}
		String name = (fileName == null) ? "" : fileName.toLowerCase(Locale.ROOT);
		boolean zip = startsWith(content, 'P', 'K', 3, 4);
		if (name.endsWith(".xlsx")) {
			if (startsWith(content, 0xD0, 0xCF, 0x11, 0xE0)) {
				// The OLE2 container: an Excel 97-2003 workbook, or a password-protected
				// one.
				throw new Unreadable("xlsOrProtected");
			}
			if (!zip) {
				throw new Unreadable("notXlsx");
			}
			return readXlsx(content);
		}
		if (name.endsWith(".csv") || name.endsWith(".txt")) {
			if (zip) {
				throw new Unreadable("xlsxNamedCsv");
			}
			return readCsv(content);
		}
		throw new Unreadable("unsupportedType", String.valueOf(fileName));
	}

	/**
	 * Decodes the bytes of a text file: a byte order mark decides (UTF-8, UTF-16LE,
	 * UTF-16BE); without one, valid UTF-8 is UTF-8 and anything else is taken for
	 * Windows-1252, the code page Excel writes on an Indonesian Windows.
	 * @param content the bytes
	 * @return the text, without its byte order mark
	 */
	static String decode(byte[] content) {
		if (startsWith(content, 0xEF, 0xBB, 0xBF)) {
			return new String(content, 3, content.length - 3, StandardCharsets.UTF_8);
		}
		if (startsWith(content, 0xFF, 0xFE)) {
			return new String(content, 2, content.length - 2, StandardCharsets.UTF_16LE);
		}
		if (startsWith(content, 0xFE, 0xFF)) {
			return new String(content, 2, content.length - 2, StandardCharsets.UTF_16BE);
		}
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return new String(content, WINDOWS_1252);
		}
	}

	/**
	 * The separator of a CSV file: of comma, semicolon and tab, the one that appears most
	 * often outside quotes in the first line; a comma when none does.
	 */
	static char delimiter(String text) {
		int comma = 0;
		int semicolon = 0;
		int tab = 0;
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			}
			else if (!quoted && (c == '\n' || c == '\r')) {
				break;
			}
			else if (!quoted) {
				switch (c) {
					case ',' -> comma++;
					case ';' -> semicolon++;
					case '\t' -> tab++;
					default -> {
					}
				}
			}
		}
		if (tab > comma && tab >= semicolon) {
			return '\t';
		}
		return (semicolon > comma) ? ';' : ',';
	}

	private Table readCsv(byte[] content) throws Unreadable {
		String text = decode(content);
		if (looksBinary(text)) {
			throw new Unreadable("binary");
		}
		CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter(text)).setIgnoreEmptyLines(true).get();
		List<ImportProblem> problems = new ArrayList<>();
		CSVParser parser = null;
		try {
			parser = format.parse(new StringReader(text));
			List<String> header = null;
			List<Line> lines = new ArrayList<>();
			for (CSVRecord record : parser) {
				int row = (int) record.getRecordNumber();
				List<String> values = record.toList().stream().map(TableFileReader::unprotect).toList();
				if (header == null) {
					header = values.stream().map(TableFileReader::normalise).toList();
					continue;
				}
				if (values.stream().allMatch(String::isBlank)) {
					continue;
				}
				if (lines.size() >= MAX_ROWS) {
					throw new Unreadable("tooManyRows", MAX_ROWS);
				}
				Line line = new Line(row, cells(header, values));
				nulCharacters(line, problems);
				lines.add(line);
			}
			return table(header, lines, problems);
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			// Commons CSV says why in its own terms (an unclosed quote, text after a
			// closing quote); the user gets the line and the likely cause.
			long line = (parser != null) ? Math.max(parser.getCurrentLineNumber(), 1) : 1;
			throw new Unreadable("csvMalformed", line);
		}
		finally {
			if (parser != null) {
				try {
					parser.close();
				}
				catch (IOException ex) {
					// a StringReader does not fail to close
				}
			}
		}
	}

	/**
	 * A binary file (a PDF, an image) renamed .csv: control characters in its first line,
	 * or in more than one character of a hundred (and more than eight).
	 */
	private static boolean looksBinary(String text) {
		int controls = 0;
		boolean firstLine = true;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\n') {
				firstLine = false;
			}
			else if ((c < 0x20 && c != '\t' && c != '\r') || c == 0x7F) {
				if (firstLine) {
					return true;
				}
				controls++;
			}
		}
		return controls > Math.max(8, text.length() / 100);
	}

	/**
	 * Removes the quote that {@link CsvSheet} puts before a cell that a spreadsheet would
	 * take for a formula, so that an exported file imports again unchanged.
	 */
	private static String unprotect(String value) {
		if (value.length() > 1 && value.charAt(0) == '\'' && CsvSheet.isFormulaStart(value.charAt(1))) {
			return value.substring(1);
		}
		return value;
	}

	private Table readXlsx(byte[] content) throws Unreadable {
		List<ImportProblem> problems = new ArrayList<>();
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
			if (workbook.getNumberOfSheets() == 0) {
				throw new Unreadable("noSheet");
			}
			Sheet sheet = workbook.getSheetAt(0);
			DataFormatter formatter = new DataFormatter(Locale.ROOT);
			List<String> header = null;
			List<Line> lines = new ArrayList<>();
			for (Row r : sheet) {
				List<String> values = new ArrayList<>();
				Set<Integer> numericColumns = new LinkedHashSet<>();
				for (int c = 0; c < Math.max(r.getLastCellNum(), 0); c++) {
					Cell cell = r.getCell(c);
					values.add(text(cell, formatter));
					if (isPlainNumber(cell)) {
						numericColumns.add(c);
					}
				}
				if (values.stream().allMatch(String::isBlank)) {
					continue;
				}
				if (header == null) {
					header = values.stream().map(TableFileReader::normalise).toList();
					if (header.stream().anyMatch(h -> h.indexOf('\0') >= 0)) {
						throw new Unreadable("binary");
					}
					continue;
				}
				if (lines.size() >= MAX_ROWS) {
					throw new Unreadable("tooManyRows", MAX_ROWS);
				}
				Set<String> numeric = new LinkedHashSet<>();
				for (int c : numericColumns) {
					if (c < header.size()) {
						numeric.add(header.get(c));
					}
				}
				Line line = new Line(r.getRowNum() + 1, cells(header, values), numeric);
				nulCharacters(line, problems);
				lines.add(line);
			}
			return table(header, lines, problems);
		}
		catch (IOException | RuntimeException ex) {
			throw new Unreadable(tooLarge(ex) ? "xlsxTooLarge" : "xlsxInvalid");
		}
	}

	/**
	 * POI refuses a workbook that would expand to too much data (a "zip bomb", or a part
	 * larger than it reads into memory); anything else it cannot read is a damaged or
	 * foreign file.
	 */
	private static boolean tooLarge(Throwable ex) {
		for (Throwable t = ex; t != null; t = (t.getCause() != t) ? t.getCause() : null) {
			String message = String.valueOf(t.getMessage());
			if (t instanceof RecordFormatException || message.contains("Zip bomb")
					|| message.contains("setByteArrayMaxOverride")) {
				return true;
			}
		}
		return false;
	}

	private static boolean isPlainNumber(Cell cell) {
		if (cell == null) {
			return false;
		}
		CellType type = (cell.getCellType() == CellType.FORMULA) ? cell.getCachedFormulaResultType()
				: cell.getCellType();
		return type == CellType.NUMERIC && !DateUtil.isCellDateFormatted(cell);
	}

	private static String text(Cell cell, DataFormatter formatter) {
		if (cell == null) {
			return "";
		}
		CellType type = (cell.getCellType() == CellType.FORMULA) ? cell.getCachedFormulaResultType()
				: cell.getCellType();
		return switch (type) {
			case NUMERIC ->
				DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
						: NumberToTextConverter.toText(cell.getNumericCellValue());
			case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
			case STRING -> cell.getStringCellValue();
			default -> formatter.formatCellValue(cell);
		};
	}

	/** Lists every cell of the line that holds a NUL character. */
	private static void nulCharacters(Line line, List<ImportProblem> problems) {
		for (Map.Entry<String, String> cell : line.cells().entrySet()) {
			if (cell.getValue().indexOf('\0') >= 0 && problems.size() < MAX_PROBLEMS) {
				problems.add(ImportProblem.of(line.row(), cell.getKey(), cell.getValue().replace("\0", "\\u0000"),
						"nulCharacter"));
			}
		}
	}

	private static Table table(List<String> header, List<Line> lines, List<ImportProblem> problems) throws Unreadable {
		if (header == null) {
			throw new Unreadable("noHeader");
		}
		if (!problems.isEmpty()) {
			throw new Unreadable(problems);
		}
		return new Table(header, lines);
	}

	private static Map<String, String> cells(List<String> header, List<String> values) {
		Map<String, String> cells = new LinkedHashMap<>();
		for (int i = 0; i < header.size(); i++) {
			cells.put(header.get(i), (i < values.size()) ? values.get(i).trim() : "");
		}
		return cells;
	}

	private static String normalise(String name) {
		return name.trim().toLowerCase(Locale.ROOT).replace(' ', '_');
	}

	private static boolean startsWith(byte[] content, int... prefix) {
		if (content.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((content[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

}
