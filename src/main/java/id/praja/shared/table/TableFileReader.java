package id.praja.shared.table;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import id.praja.shared.ImportProblem;

/**
 * Reads a tabular file (CSV or XLSX) into rows of named cells. Knows nothing of what the
 * rows mean: it only tells a readable table from an unreadable file.
 */
public final class TableFileReader {

	/** Largest file accepted, in bytes. */
	public static final int MAX_BYTES = 25 * 1024 * 1024;

	/** Most data rows accepted. */
	public static final int MAX_ROWS = 100_000;

	/** A table read from a file: header names (lower case, trimmed) and data rows. */
	public record Table(List<String> header, List<Line> lines) {
	}

	/** One data row: its 1-based row number in the file and its cells by header name. */
	public record Line(int row, Map<String, String> cells) {
	}

	public static final class Unreadable extends Exception {

		private final List<ImportProblem> problems;

		Unreadable(String code, Object... args) {
			this(ImportProblem.of(0, null, null, code, args));
		}

		private Unreadable(ImportProblem problem) {
			super(problem.message());
			this.problems = List.of(problem);
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
		boolean zip = content.length > 3 && content[0] == 'P' && content[1] == 'K' && content[2] == 3
				&& content[3] == 4;
		if (name.endsWith(".xlsx")) {
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

	private Table readCsv(byte[] content) throws Unreadable {
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new Unreadable("notUtf8");
		}
		if (text.indexOf('\0') >= 0) {
			throw new Unreadable("binary");
		}
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		String firstLine = text.lines().findFirst().orElse("");
		// Spreadsheets set to Indonesian write ';' between fields (and ',' in numbers).
		char delimiter = (firstLine.indexOf(';') >= 0 && firstLine.indexOf(',') < 0) ? ';' : ',';
		CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
		try (Reader reader = new InputStreamReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
				StandardCharsets.UTF_8); CSVParser parser = format.parse(reader)) {
			List<String> header = null;
			List<Line> lines = new ArrayList<>();
			for (CSVRecord record : parser) {
				int row = (int) record.getRecordNumber();
				List<String> values = record.toList();
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
				lines.add(new Line(row, cells(header, values)));
			}
			return table(header, lines);
		}
		catch (IOException | java.io.UncheckedIOException ex) {
			throw new Unreadable("csvUnreadable", String.valueOf(ex.getMessage()));
		}
	}

	private Table readXlsx(byte[] content) throws Unreadable {
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
				for (int c = 0; c < Math.max(r.getLastCellNum(), 0); c++) {
					values.add(text(r.getCell(c), formatter));
				}
				if (values.stream().allMatch(String::isBlank)) {
					continue;
				}
				if (header == null) {
					header = values.stream().map(TableFileReader::normalise).toList();
					continue;
				}
				if (lines.size() >= MAX_ROWS) {
					throw new Unreadable("tooManyRows", MAX_ROWS);
				}
				lines.add(new Line(r.getRowNum() + 1, cells(header, values)));
			}
			return table(header, lines);
		}
		catch (IOException | RuntimeException ex) {
			throw new Unreadable("xlsxUnreadable", String.valueOf(ex.getMessage()));
		}
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

	private static Table table(List<String> header, List<Line> lines) throws Unreadable {
		if (header == null) {
			throw new Unreadable("noHeader");
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

}
