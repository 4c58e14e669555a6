package id.praja.shared.table;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import id.praja.shared.ImportProblem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Files as offices save them: the encodings and separators Excel writes on an Indonesian
 * Windows, damaged and oversized workbooks, NUL characters; and messages that say what is
 * wrong with the file, never which library failed.
 */
class TableFileReaderTests {

	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private final TableFileReader reader = new TableFileReader();

	private List<ImportProblem> problems(String fileName, byte[] content) {
		TableFileReader.Unreadable unreadable = catchThrowableOfType(TableFileReader.Unreadable.class,
				() -> this.reader.read(fileName, content));
		assertThat(unreadable).as("the file should be refused").isNotNull();
		assertThat(unreadable.problems())
			.allSatisfy(p -> assertThat(p.message()).doesNotContainIgnoringCase("exception")
				.doesNotContain("org.apache")
				.doesNotContain("IOUtils")
				.doesNotContain("java."));
		return unreadable.problems();
	}

	@Test
	void readsAWindows1252FileWithSemicolons() throws Exception {
		// What Excel on an Indonesian Windows saves as "CSV (dipisahkan koma)".
		byte[] csv = "nrp;nama;markas\r\n85071234;José Raharjo;Pos Kamling – Desa Sukorejo\r\n".getBytes(WINDOWS_1252);
		TableFileReader.Table table = this.reader.read("personel.csv", csv);
		assertThat(table.header()).containsExactly("nrp", "nama", "markas");
		assertThat(table.lines()).singleElement()
			.satisfies(l -> assertThat(l.cells()).containsEntry("nama", "José Raharjo")
				.containsEntry("markas", "Pos Kamling – Desa Sukorejo"));
	}

	@Test
	void readsExcelUnicodeTextWhichIsUtf16WithTabs() throws Exception {
		// Excel's "Unicode Text (*.txt)": UTF-16LE with a byte order mark, tab-separated.
		String text = "nrp\tnama\tmarkas\r\n85071234\tSiti Nur’aini\tMapolsek Ambulu, Jember\r\n";
		byte[] bom = { (byte) 0xFF, (byte) 0xFE };
		byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
		byte[] content = new byte[bom.length + body.length];
		System.arraycopy(bom, 0, content, 0, 2);
		System.arraycopy(body, 0, content, 2, body.length);
		TableFileReader.Table table = this.reader.read("personel.txt", content);
		assertThat(table.header()).containsExactly("nrp", "nama", "markas");
		assertThat(table.lines().get(0).cells()).containsEntry("nama", "Siti Nur’aini")
			.containsEntry("markas", "Mapolsek Ambulu, Jember");
	}

	@Test
	void readsUtf16BigEndianAndUtf8WithByteOrderMarks() throws Exception {
		byte[] be = "\uFEFFnrp,nama\n85071234,Dewi\n".getBytes(StandardCharsets.UTF_16BE);
		assertThat(this.reader.read("a.csv", be).lines().get(0).cells()).containsEntry("nama", "Dewi");
		byte[] utf8 = "\uFEFFnrp;nama\n85071234;Dwi Ayu Ñ\n".getBytes(StandardCharsets.UTF_8);
		TableFileReader.Table table = this.reader.read("a.csv", utf8);
		assertThat(table.header()).containsExactly("nrp", "nama");
		assertThat(table.lines().get(0).cells()).containsEntry("nama", "Dwi Ayu Ñ");
	}

	@Test
	void findsTheSeparatorOutsideQuotes() {
		assertThat(TableFileReader.delimiter("a,b,c\n1;2;3;4;5")).isEqualTo(',');
		assertThat(TableFileReader.delimiter("a;b;\"c,d,e\"\n")).isEqualTo(';');
		assertThat(TableFileReader.delimiter("a\tb\t\"c;d\"\n")).isEqualTo('\t');
		assertThat(TableFileReader.delimiter("nrp\n")).isEqualTo(',');
	}

	@Test
	void aBrokenQuoteIsReportedByLineWithoutLibraryWords() {
		byte[] csv = "nrp,nama\n85071234,\"Agus\" Santoso\n".getBytes(StandardCharsets.UTF_8);
		assertThat(problems("a.csv", csv)).extracting(ImportProblem::message)
			.containsExactly("line 2 of the CSV file is malformed: a quoted value is not closed, "
					+ "or text follows its closing quote");
	}

	@Test
	void aDamagedWorkbookIsCalledThatAndNothingMore() throws Exception {
		byte[] good = workbook(1);
		byte[] damaged = java.util.Arrays.copyOf(good, good.length / 2);
		assertThat(problems("a.xlsx", damaged)).extracting(ImportProblem::code).containsExactly("xlsxInvalid");
		// A ZIP archive that is no workbook.
		ByteArrayOutputStream zip = new ByteArrayOutputStream();
		try (ZipOutputStream out = new ZipOutputStream(zip)) {
			out.putNextEntry(new ZipEntry("hello.txt"));
			out.write("hello".getBytes(StandardCharsets.UTF_8));
		}
		assertThat(problems("a.xlsx", zip.toByteArray())).extracting(ImportProblem::message)
			.containsExactly("the file is not a valid XLSX workbook (damaged, or another format renamed); "
					+ "open it in Excel and save it again as .xlsx");
	}

	@Test
	void aWorkbookThatUnpacksToFarMoreThanItsSizeIsTooLarge() throws Exception {
		// A few hundred kilobytes that unpack to 40 MB: POI refuses it as a "zip bomb".
		byte[] bomb = replaceEntry(workbook(1), "xl/worksheets/sheet1.xml",
				xml -> xml.replace("<sheetData>", " ".repeat(40_000_000) + "<sheetData>"));
		assertThat(problems("a.xlsx", bomb)).extracting(ImportProblem::code).containsExactly("xlsxTooLarge");
	}

	@Test
	void anOldOrProtectedWorkbookIsNamedAsSuch() {
		byte[] ole2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 };
		assertThat(problems("a.xlsx", ole2)).extracting(ImportProblem::code).containsExactly("xlsOrProtected");
	}

	@Test
	void aNulCharacterInACellIsRefusedWithItsRowAndColumn() throws Exception {
		byte[] csv = "nrp,nama\n85071234,Agus\n85071235,Bu\u0000di\n".getBytes(StandardCharsets.UTF_8);
		assertThat(problems("a.csv", csv)).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::code)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(3, "nama", "nulCharacter"));
		// Excel writes a control character into the workbook's XML as _x0000_.
		byte[] xlsx = replaceEntry(workbook(85071234), "xl/sharedStrings.xml",
				xml -> xml.replace("Dewi", "De_x0000_wi"));
		assertThat(problems("a.xlsx", xlsx)).extracting(ImportProblem::row, ImportProblem::column)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2, "nama"));
		assertThat(problems("a.xlsx", xlsx).get(0).value()).isEqualTo("De\\u0000wi");
	}

	@Test
	void aBinaryFileNamedCsvIsCalledBinary() {
		byte[] binary = { 0x25, 0x50, 0x44, 0x46, 0x00, (byte) 0xFF, (byte) 0xFE, 0x01 };
		assertThat(problems("a.csv", binary)).extracting(ImportProblem::code).containsExactly("binary");
	}

	@Test
	void numbersInAWorkbookAreMarkedAsNumbers() throws Exception {
		TableFileReader.Table table = this.reader.read("a.xlsx", workbook(1021234));
		assertThat(table.lines()).singleElement().satisfies(l -> {
			assertThat(l.cells()).containsEntry("nrp", "1021234").containsEntry("nama", "Dewi");
			assertThat(l.numeric()).containsExactly("nrp");
		});
	}

	@Test
	void aCellProtectedByAnExportIsReadBackAsItWas() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		CsvSheet sheet = CsvSheet.to(out);
		sheet.row("nama", "markas", "lat");
		sheet.row("=HYPERLINK(\"http://x.invalid\",\"klik\")", "+62 812", -8.17);
		sheet.flush();
		TableFileReader.Table table = this.reader.read("a.csv", out.toByteArray());
		assertThat(table.lines().get(0).cells()).containsEntry("nama", "=HYPERLINK(\"http://x.invalid\",\"klik\")")
			.containsEntry("markas", "+62 812")
			.containsEntry("lat", "-8.17");
	}

	/** A workbook with columns nrp (a number) and nama. */
	private static byte[] workbook(double nrp) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("Personel");
			Row header = sheet.createRow(0);
			header.createCell(0).setCellValue("nrp");
			header.createCell(1).setCellValue("nama");
			Row row = sheet.createRow(1);
			row.createCell(0).setCellValue(nrp);
			row.createCell(1).setCellValue("Dewi");
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private static byte[] replaceEntry(byte[] zip, String name, java.util.function.UnaryOperator<String> change)
			throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
				ZipOutputStream out = new ZipOutputStream(bytes)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				byte[] content = in.readAllBytes();
				if (entry.getName().equals(name)) {
					content = change.apply(new String(content, StandardCharsets.UTF_8))
						.getBytes(StandardCharsets.UTF_8);
				}
				out.putNextEntry(new ZipEntry(entry.getName()));
				out.write(content);
				out.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

}
