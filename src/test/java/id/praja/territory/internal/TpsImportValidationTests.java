package id.praja.territory.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import id.praja.shared.table.TableFileReader;
import id.praja.shared.ImportProblem;
import id.praja.territory.TpsImportRejected;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Every kind of bad TPS file named in the foundation issue is rejected with a precise
 * problem (row, column, value, why); good files in both formats are read completely.
 */
class TpsImportValidationTests {

	static final String HEADER = "desa_code,tps_number,address,lat,lon,voters_male,voters_female,special_site";

	// Padomasan (Kecamatan Jombang) and a point inside it.
	static final String GOOD_1 = "35.09.01.2001,1,Dusun Krajan RT 001/RW 001,-8.2274,113.3352,250,255,";

	static final String GOOD_2 = "35.09.01.2001,2,Dusun Krajan RT 002/RW 001,-8.2280,113.3360,240,230,0";

	private final TpsImporter importer = new TpsImporter(new TerritoryReference(), null);

	private List<ImportProblem> problems(String fileName, byte[] content) {
		TpsImportRejected rejected = catchThrowableOfType(TpsImportRejected.class,
				() -> this.importer.check(fileName, content));
		assertThat(rejected).as("file should be rejected").isNotNull();
		assertThat(rejected.fileName()).isEqualTo(fileName);
		return rejected.problems();
	}

	private List<ImportProblem> csvProblems(String... lines) {
		return problems("tps.csv", String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void readsAGoodCsvFile() {
		List<TpsRow> rows = this.importer.check("tps.csv",
				String.join("\n", HEADER, GOOD_1, GOOD_2).getBytes(StandardCharsets.UTF_8));
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0)).isEqualTo(
				new TpsRow("35.09.01.2001", 1, "Dusun Krajan RT 001/RW 001", -8.2274, 113.3352, 250, 255, null, false));
		assertThat(rows.get(1).code()).isEqualTo("35.09.01.2001-TPS-002");
	}

	@Test
	void readsIndonesianHeadersSemicolonsAndDecimalCommas() {
		String csv = "kode_desa;no_tps;alamat;lat;lon;pemilih_l;pemilih_p;lokasi_khusus\n"
				+ "35.09.01.2001;1;Dusun Krajan;-8,2274;113,3352;250;255;Lapas\n";
		List<TpsRow> rows = this.importer.check("tps.csv", csv.getBytes(StandardCharsets.UTF_8));
		assertThat(rows).singleElement().satisfies(r -> {
			assertThat(r.lat()).isEqualTo(-8.2274);
			assertThat(r.specialSite()).isEqualTo("Lapas");
		});
	}

	@Test
	void readsAGoodXlsxFile() throws IOException {
		byte[] xlsx = xlsx(List.of(HEADER.split(",")), List.of(GOOD_1.split(",", -1), GOOD_2.split(",", -1)), true);
		List<TpsRow> rows = this.importer.check("tps.xlsx", xlsx);
		assertThat(rows).extracting(TpsRow::code).containsExactly("35.09.01.2001-TPS-001", "35.09.01.2001-TPS-002");
		assertThat(rows.get(0).votersMale()).isEqualTo(250);
		assertThat(rows.get(0).lon()).isEqualTo(113.3352);
	}

	@Test
	void rejectsAnUnknownDesaCode() {
		assertThat(csvProblems(HEADER, GOOD_1, GOOD_2.replace("35.09.01.2001", "35.09.99.9999")))
			.containsExactly(new ImportProblem(3, "desa_code", "35.09.99.9999", "unknown desa code"));
	}

	@Test
	void rejectsADuplicateTps() {
		assertThat(csvProblems(HEADER, GOOD_1, GOOD_2, GOOD_1.replace("Krajan", "Sumberan"))).containsExactly(
				new ImportProblem(4, "tps_number", "1", "duplicate TPS 35.09.01.2001-TPS-001, already in row 2"));
	}

	@Test
	void rejectsCoordinatesOutsideTheDesasKecamatan() {
		// A point in Kecamatan Kaliwates, far from Jombang.
		assertThat(csvProblems(HEADER, GOOD_1.replace("-8.2274,113.3352", "-8.1849,113.6769"))).containsExactly(
				new ImportProblem(2, "lat", "-8.1849,113.6769", "coordinates lie outside kecamatan 35.09.01"));
	}

	@Test
	void rejectsMoreThanSixHundredVoters() {
		assertThat(csvProblems(HEADER, GOOD_1.replace("250,255", "350,251")))
			.containsExactly(new ImportProblem(2, "voters_female", "251", "voters L + P = 601, more than 600 per TPS"));
		assertThat(csvProblems(HEADER, GOOD_1.replace("250,255", "601,0")))
			.containsExactly(new ImportProblem(2, "voters_male", "601", "must be between 0 and 600"));
	}

	@Test
	void rejectsNegativeVoters() {
		assertThat(csvProblems(HEADER, GOOD_1.replace("250,255", "-5,255")))
			.containsExactly(new ImportProblem(2, "voters_male", "-5", "must not be negative"));
	}

	@Test
	void rejectsMalformedNumbers() {
		assertThat(csvProblems(HEADER, "35.09.01.2001,satu,Dusun Krajan,-8.2274,113.33x,2 50,255,")).containsExactly(
				new ImportProblem(2, "tps_number", "satu", "not a whole number"),
				new ImportProblem(2, "lon", "113.33x", "not a number"),
				new ImportProblem(2, "voters_male", "2 50", "not a whole number"));
	}

	@Test
	void rejectsMissingValues() {
		assertThat(csvProblems(HEADER, "35.09.01.2001,1,,-8.2274,113.3352,250,255,"))
			.containsExactly(new ImportProblem(2, "address", "", "required value is missing"));
	}

	@Test
	void rejectsAMissingColumn() {
		assertThat(csvProblems("desa_code,tps_number,address,lat,voters_male,voters_female",
				"35.09.01.2001,1,Dusun Krajan,-8.2274,250,255"))
			.containsExactly(new ImportProblem(1, "lon", null, "missing column 'lon'"));
	}

	@Test
	void listsEveryProblemOfEveryRow() {
		List<ImportProblem> problems = csvProblems(HEADER, GOOD_1.replace("35.09.01.2001", "35.09.01.0000"),
				GOOD_2.replace("240,230", "-1,230"), GOOD_2.replace("240,230", "240,230"));
		assertThat(problems).extracting(ImportProblem::row).containsExactly(2, 3, 4);
	}

	@Test
	void rejectsAWrongFileType() {
		assertThat(problems("tps.pdf", "%PDF-1.4 ...".getBytes(StandardCharsets.UTF_8))).containsExactly(
				new ImportProblem(0, null, null, "unsupported file type 'tps.pdf': upload a .csv or .xlsx file"));
		assertThat(problems("tps.xlsx", (HEADER + "\n" + GOOD_1).getBytes(StandardCharsets.UTF_8)))
			.extracting(ImportProblem::message)
			.containsExactly("the file is named .xlsx but is not an Excel workbook");
		byte[] binary = { 0x25, 0x50, 0x44, 0x46, 0x00, (byte) 0xFF, (byte) 0xFE, 0x01 };
		assertThat(problems("tps.csv", binary)).extracting(ImportProblem::message)
			.containsExactly("the file contains binary data: is it really a CSV file?");
	}

	@Test
	void rejectsAnExcelFileNamedCsv() throws IOException {
		byte[] xlsx = xlsx(List.of(HEADER.split(",")), List.<String[]>of(GOOD_1.split(",", -1)), false);
		assertThat(problems("tps.csv", xlsx)).extracting(ImportProblem::message)
			.containsExactly("the file is named .csv but is a ZIP or Excel file; save it as CSV or name it .xlsx");
	}

	@Test
	void rejectsAnEmptyFile() {
		assertThat(problems("tps.csv", new byte[0])).extracting(ImportProblem::message)
			.containsExactly("the file is empty");
		assertThat(csvProblems(HEADER)).extracting(ImportProblem::message).containsExactly("the file has no TPS rows");
	}

	@Test
	void rejectsAHugeFile() {
		byte[] huge = new byte[TableFileReader.MAX_BYTES + 1];
		java.util.Arrays.fill(huge, (byte) 'a');
		assertThat(problems("tps.csv", huge)).extracting(ImportProblem::message)
			.containsExactly(
					"the file is %d bytes; at most %d are accepted".formatted(huge.length, TableFileReader.MAX_BYTES));
		StringBuilder many = new StringBuilder(HEADER).append('\n');
		for (int i = 0; i <= TableFileReader.MAX_ROWS; i++) {
			many.append("x\n");
		}
		assertThat(problems("tps.csv", many.toString().getBytes(StandardCharsets.UTF_8)))
			.extracting(ImportProblem::message)
			.containsExactly("the file has more than %d rows".formatted(TableFileReader.MAX_ROWS));
	}

	@Test
	void readsAWindows1252FileWithSemicolonsAsExcelSavesIt() {
		// What Excel on an Indonesian Windows saves: Windows-1252, semicolons, decimal
		// commas.
		String csv = "kode_desa;no_tps;alamat;lat;lon;pemilih_l;pemilih_p\r\n"
				+ "35.09.01.2001;1;Gg. Melati – Dusun Krajan (dekat Café Sinar);-8,2274;113,3352;250;255\r\n";
		List<TpsRow> rows = this.importer.check("tps.csv",
				csv.getBytes(java.nio.charset.Charset.forName("windows-1252")));
		assertThat(rows).singleElement()
			.satisfies(r -> assertThat(r.address()).isEqualTo("Gg. Melati – Dusun Krajan (dekat Café Sinar)"));
	}

	@Test
	void readsExcelUnicodeTextWithTabs() {
		String text = "\uFEFF" + HEADER.replace(',', '\t') + "\r\n" + GOOD_1.replace(',', '\t') + "\r\n";
		List<TpsRow> rows = this.importer.check("tps.txt", text.getBytes(StandardCharsets.UTF_16LE));
		assertThat(rows).singleElement()
			.satisfies(r -> assertThat(r.address()).isEqualTo("Dusun Krajan RT 001/RW 001"));
	}

	@Test
	void rejectsANulCharacterWithItsRowAndColumn() {
		assertThat(csvProblems(HEADER, GOOD_1, GOOD_2.replace("Krajan", "Kra\u0000jan")))
			.extracting(ImportProblem::row, ImportProblem::column, ImportProblem::code)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(3, "address", "nulCharacter"));
	}

	@Test
	void rejectsAMalformedCsvWithoutLibraryWords() {
		assertThat(csvProblems(HEADER, GOOD_1, "35.09.01.2001,2,\"Dusun \"Krajan,-8.2280,113.3360,240,230,0"))
			.extracting(ImportProblem::message)
			.singleElement()
			.satisfies(m -> assertThat(m).startsWith("line 3 of the CSV file is malformed")
				.doesNotContain("invalid char"));
	}

	static byte[] xlsx(List<String> header, List<String[]> rows, boolean numbersAsNumbers) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XSSFSheet sheet = workbook.createSheet("TPS");
			XSSFRow head = sheet.createRow(0);
			for (int c = 0; c < header.size(); c++) {
				head.createCell(c).setCellValue(header.get(c));
			}
			for (int r = 0; r < rows.size(); r++) {
				XSSFRow row = sheet.createRow(r + 1);
				String[] values = rows.get(r);
				for (int c = 0; c < values.length; c++) {
					boolean numeric = numbersAsNumbers && c != 0 && c != 2 && c != 7 && !values[c].isEmpty();
					if (numeric) {
						row.createCell(c).setCellValue(Double.parseDouble(values[c]));
					}
					else {
						row.createCell(c).setCellValue(values[c]);
					}
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

}
