package id.praja.personnel.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import id.praja.personnel.OfficerStatus;
import id.praja.personnel.Qualification;
import id.praja.personnel.Rank;
import id.praja.shared.ImportProblem;
import id.praja.shared.table.TableFileReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Every bad-input case of an officer file is reported with its row, column, value and
 * why; a good file comes through whole.
 */
class OfficerImportValidationTests {

	static final String HEADER = "nrp,name,rank,function,unit_code,home_base,phone,status,status_from,status_to,qualifications";

	static final String GOOD = "85071234,Agus Santoso,Bripka,Bhabinkamtibmas Desa Sanenrejo,POLSEK-TEMPUREJO,"
			+ "Mapolsek Tempurejo,081234567890,CUTI,2024-11-20,2024-11-30,DALMAS;P3K";

	final OfficerImportValidator validator = new OfficerImportValidator(
			Set.of("POLSEK-TEMPUREJO", "SAT-SAMAPTA", "POLRES-JEMBER"));

	OfficerImportValidator.Result validate(String... lines) throws TableFileReader.Unreadable {
		String csv = String.join("\n", lines) + "\n";
		return this.validator
			.validate(new TableFileReader().read("personel.csv", csv.getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void aGoodRowIsReadWhole() throws Exception {
		OfficerImportValidator.Result result = validate(HEADER, GOOD,
				"02031111,Siti Lestari,Bripda,Anggota Sat Samapta,sat-samapta,,,,,,");
		assertThat(result.problems()).isEmpty();
		assertThat(result.rows()).hasSize(2);
		OfficerRow agus = result.rows().get(0);
		assertThat(agus.rank()).isEqualTo(Rank.BRIPKA);
		assertThat(agus.statuses()).singleElement().satisfies(p -> {
			assertThat(p.status()).isEqualTo(OfficerStatus.CUTI);
			assertThat(p.from()).isEqualTo(LocalDate.of(2024, 11, 20));
			assertThat(p.to()).isEqualTo(LocalDate.of(2024, 11, 30));
		});
		assertThat(agus.qualifications()).containsExactlyInAnyOrder(Qualification.DALMAS, Qualification.P3K);
		assertThat(result.rows().get(1).unitCode()).isEqualTo("SAT-SAMAPTA");
		assertThat(result.rows().get(1).statuses()).isEmpty();
	}

	@Test
	void indonesianColumnNamesAndDatesAreUnderstood() throws Exception {
		OfficerImportValidator.Result result = validate(
				"NRP;Nama;Pangkat;Jabatan;Kode Satuan;Status;Status Mulai;Status Sampai",
				"85071234;Agus Santoso;Aiptu;Kanit Samapta;POLSEK-TEMPUREJO;SAKIT;20/11/2024;27-11-2024");
		assertThat(result.problems()).isEmpty();
		assertThat(result.rows().get(0).statuses().get(0).to()).isEqualTo(LocalDate.of(2024, 11, 27));
	}

	@Test
	void aMissingRequiredColumnIsNamed() throws Exception {
		assertThat(validate("nrp,name,function,unit_code", "85071234,Agus,Kanit,POLSEK-TEMPUREJO").problems())
			.extracting(ImportProblem::column, ImportProblem::message)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("rank", "missing column 'rank'"));
	}

	@Test
	void malformedAndDuplicateNrpsAreRejected() throws Exception {
		List<ImportProblem> problems = validate(HEADER, GOOD, GOOD.replace("85071234", "8507123"),
				GOOD.replace("85071234", "8507123X"), GOOD)
			.problems();
		assertThat(problems).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::value)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(3, "nrp", "8507123"),
					org.assertj.core.groups.Tuple.tuple(4, "nrp", "8507123X"),
					org.assertj.core.groups.Tuple.tuple(5, "nrp", "85071234"));
		assertThat(problems.get(2).message()).isEqualTo("NRP 85071234 already appears in row 2");
	}

	@Test
	void unknownRankUnitStatusAndQualificationAreRejected() throws Exception {
		List<ImportProblem> problems = validate(HEADER,
				"85071234,Agus,Sersan,Kanit,POLSEK-AJUNG,,,LIBUR,2024-11-01,2024-11-02,SNIPER")
			.problems();
		assertThat(problems).extracting(ImportProblem::column)
			.containsExactly("rank", "unit_code", "status", "qualifications");
		assertThat(problems).allSatisfy(p -> assertThat(p.row()).isEqualTo(2));
	}

	@Test
	void datesOutOfOrderMalformedOrMissingAreRejected() throws Exception {
		List<ImportProblem> problems = validate(HEADER, GOOD.replace("2024-11-20,2024-11-30", "2024-11-30,2024-11-20"),
				GOOD.replace("85071234", "85071235").replace("2024-11-20", "kemarin"),
				GOOD.replace("85071234", "85071236").replace("2024-11-30", ""),
				GOOD.replace("85071234", "85071237").replace(",CUTI,", ",,"))
			.problems();
		assertThat(problems).extracting(ImportProblem::row, ImportProblem::column)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2, "status_to"),
					org.assertj.core.groups.Tuple.tuple(3, "status_from"),
					org.assertj.core.groups.Tuple.tuple(4, "status_to"),
					org.assertj.core.groups.Tuple.tuple(5, "status"));
		assertThat(problems.get(0).message()).contains("ends (2024-11-20) before it starts (2024-11-30)");
	}

	@Test
	void emptyNamesAndBadPhonesAreRejected() throws Exception {
		assertThat(validate(HEADER, GOOD.replace("Agus Santoso", "").replace("081234567890", "telp")).problems())
			.extracting(ImportProblem::column)
			.containsExactly("name", "phone");
	}

	@Test
	void wrongFileTypesAndEmptyFilesAreRejected() {
		assertThatExceptionOfType(TableFileReader.Unreadable.class)
			.isThrownBy(() -> new TableFileReader().read("personel.pdf", "%PDF-1.7".getBytes()))
			.withMessageContaining("unsupported file type");
		assertThatExceptionOfType(TableFileReader.Unreadable.class)
			.isThrownBy(() -> new TableFileReader().read("personel.csv", new byte[0]))
			.withMessage("the file is empty");
		assertThatExceptionOfType(TableFileReader.Unreadable.class)
			.isThrownBy(() -> new TableFileReader().read("personel.xlsx", "nrp,name".getBytes()))
			.withMessageContaining("not an Excel workbook");
	}

	@Test
	void aHeaderWithoutRowsIsRejected() throws Exception {
		assertThat(validate(HEADER).problems()).extracting(ImportProblem::message)
			.containsExactly("the file has no officers");
	}

	@Test
	void xlsxDatesAndTextNrpsAreRead() throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("Personel");
			String[] header = HEADER.split(",");
			Row h = sheet.createRow(0);
			for (int i = 0; i < header.length; i++) {
				h.createCell(i).setCellValue(header[i]);
			}
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
			Row r = sheet.createRow(1);
			r.createCell(0).setCellValue("01021234");
			r.createCell(1).setCellValue("Dewi Wulan");
			r.createCell(2).setCellValue("Briptu");
			r.createCell(3).setCellValue("Anggota SPKT");
			r.createCell(4).setCellValue("POLRES-JEMBER");
			r.createCell(7).setCellValue("DIKLAT");
			r.createCell(8).setCellValue(LocalDate.of(2024, 11, 1));
			r.getCell(8).setCellStyle(date);
			r.createCell(9).setCellValue(LocalDate.of(2024, 12, 15));
			r.getCell(9).setCellStyle(date);
			workbook.write(bytes);
		}
		OfficerImportValidator.Result result = this.validator
			.validate(new TableFileReader().read("personel.xlsx", bytes.toByteArray()));
		assertThat(result.problems()).isEmpty();
		assertThat(result.rows()).singleElement().satisfies(o -> {
			assertThat(o.nrp()).isEqualTo("01021234");
			assertThat(o.statuses().get(0).from()).isEqualTo(LocalDate.of(2024, 11, 1));
			assertThat(o.statuses().get(0).to()).isEqualTo(LocalDate.of(2024, 12, 15));
		});
	}

	@Test
	void aWindows1252FileWithSemicolonsFromExcelIsRead() throws Exception {
		String csv = "NRP;Nama;Pangkat;Jabatan;Kode Satuan;Markas\r\n"
				+ "85071234;José Raharjo;Bripka;Kanit Samapta – Polsek;POLSEK-TEMPUREJO;Pos Sukorejo\r\n";
		OfficerImportValidator.Result result = this.validator.validate(new TableFileReader().read("personel.csv",
				csv.getBytes(java.nio.charset.Charset.forName("windows-1252"))));
		assertThat(result.problems()).isEmpty();
		assertThat(result.rows()).singleElement().satisfies(o -> {
			assertThat(o.name()).isEqualTo("José Raharjo");
			assertThat(o.function()).isEqualTo("Kanit Samapta – Polsek");
		});
	}

	@Test
	void anNrpTypedAsANumberGetsItsLeadingZerosBackWithAWarning() throws Exception {
		OfficerImportValidator.Result result = this.validator
			.validate(new TableFileReader().read("personel.xlsx", numericNrps(1021234, 85071234)));
		assertThat(result.problems()).isEmpty();
		assertThat(result.rows()).extracting(OfficerRow::nrp).containsExactly("01021234", "85071234");
		assertThat(result.warnings()).singleElement().satisfies(w -> {
			assertThat(w.row()).isEqualTo(2);
			assertThat(w.column()).isEqualTo("nrp");
			assertThat(w.value()).isEqualTo("1021234");
			assertThat(w.message()).contains("01021234");
		});
	}

	@Test
	void aNumberThatCannotBeAnNrpIsRefused() throws Exception {
		OfficerImportValidator.Result result = this.validator
			.validate(new TableFileReader().read("personel.xlsx", numericNrps(123, 123456789, 8507123.5)));
		assertThat(result.rows()).isEmpty();
		assertThat(result.problems()).extracting(ImportProblem::row, ImportProblem::code)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2, "officer.nrpNumber"),
					org.assertj.core.groups.Tuple.tuple(3, "officer.nrpNumber"),
					org.assertj.core.groups.Tuple.tuple(4, "officer.nrpNumber"));
	}

	@Test
	void impossibleDatesAndYearsOutsideTheWindowAreRefused() throws Exception {
		List<ImportProblem> problems = validate(HEADER, GOOD.replace("2024-11-20,2024-11-30", "31/02/2024,2024-03-05"),
				GOOD.replace("85071234", "85071235").replace("2024-11-20,2024-11-30", "2024-02-30,2024-03-05"),
				GOOD.replace("85071234", "85071236").replace("2024-11-30", "2224-11-30"),
				GOOD.replace("85071234", "85071237").replace("2024-11-20,2024-11-30", "29/02/2024,1/3/2024"))
			.problems();
		assertThat(problems).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::code)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2, "status_from", "officer.date"),
					org.assertj.core.groups.Tuple.tuple(3, "status_from", "officer.date"),
					org.assertj.core.groups.Tuple.tuple(4, "status_to", "dateYear"));
		assertThat(problems.get(2).message()).isEqualTo("the year 2224 lies outside 2000 to 2100; check the date");
	}

	@Test
	void valuesLongerThanTheirColumnAreRefusedPerLine() throws Exception {
		String longBase = "Pos Pengamanan ".repeat(11);
		List<ImportProblem> problems = validate(HEADER,
				GOOD.replace("Mapolsek Tempurejo", longBase).replace("081234567890", "+62812345678901234567"),
				GOOD.replace("85071234", "85071235").replace("Agus Santoso", "A".repeat(121)))
			.problems();
		assertThat(longBase).hasSizeGreaterThan(160);
		assertThat(problems).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::message)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2, "home_base", "longer than 160 characters"),
					org.assertj.core.groups.Tuple.tuple(2, "phone",
							"a phone number has 8 to 20 characters: digits, spaces or dashes, an optional leading +"),
					org.assertj.core.groups.Tuple.tuple(3, "name", "a name of 1 to 120 characters is required"));
	}

	@Test
	void aNulCharacterInAnyCellIsRefused() {
		String csv = HEADER + "\n" + GOOD.replace("Agus Santoso", "Agus\u0000Santoso") + "\n";
		assertThatExceptionOfType(TableFileReader.Unreadable.class)
			.isThrownBy(() -> new TableFileReader().read("personel.csv", csv.getBytes(StandardCharsets.UTF_8)))
			.satisfies(ex -> assertThat(ex.problems()).singleElement().satisfies(p -> {
				assertThat(p.row()).isEqualTo(2);
				assertThat(p.column()).isEqualTo("name");
				assertThat(p.message()).contains("NUL");
			}));
	}

	@Test
	void theOptionalColumnsAFileHasAreKnown() throws Exception {
		assertThat(validate("nrp,name,rank,function,unit_code,phone", "85071234,Agus,Bripka,Kanit,POLSEK-TEMPUREJO,")
			.fields()).isEqualTo(new PersonnelRepository.Fields(false, true, false, false));
		assertThat(validate(HEADER, GOOD).fields()).isEqualTo(PersonnelRepository.Fields.ALL);
	}

	@Test
	void aPhoneNumberTypedAsANumberGetsItsLeadingZeroBackWithAWarning() throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("Personel");
			String[] header = { "nrp", "name", "rank", "function", "unit_code", "phone" };
			Row h = sheet.createRow(0);
			for (int i = 0; i < header.length; i++) {
				h.createCell(i).setCellValue(header[i]);
			}
			double[] phones = { 81234567890d, 6281234567890d };
			for (int i = 0; i < phones.length; i++) {
				Row r = sheet.createRow(i + 1);
				r.createCell(0).setCellValue("8507123" + i);
				r.createCell(1).setCellValue("Personel " + i);
				r.createCell(2).setCellValue("Bripda");
				r.createCell(3).setCellValue("Anggota");
				r.createCell(4).setCellValue("SAT-SAMAPTA");
				r.createCell(5).setCellValue(phones[i]);
			}
			workbook.write(bytes);
		}
		OfficerImportValidator.Result result = this.validator
			.validate(new TableFileReader().read("personel.xlsx", bytes.toByteArray()));
		assertThat(result.problems()).isEmpty();
		assertThat(result.rows()).extracting(OfficerRow::phone).containsExactly("081234567890", "6281234567890");
		assertThat(result.warnings()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::code)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2, "phone", "officer.phonePadded"));
	}

	/** A workbook whose NRPs were typed as numbers, one officer per NRP. */
	static byte[] numericNrps(double... nrps) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("Personel");
			String[] header = { "nrp", "name", "rank", "function", "unit_code" };
			Row h = sheet.createRow(0);
			for (int i = 0; i < header.length; i++) {
				h.createCell(i).setCellValue(header[i]);
			}
			for (int i = 0; i < nrps.length; i++) {
				Row r = sheet.createRow(i + 1);
				r.createCell(0).setCellValue(nrps[i]);
				r.createCell(1).setCellValue("Personel " + i);
				r.createCell(2).setCellValue("Bripda");
				r.createCell(3).setCellValue("Anggota");
				r.createCell(4).setCellValue("SAT-SAMAPTA");
			}
			workbook.write(bytes);
		}
		return bytes.toByteArray();
	}

}
