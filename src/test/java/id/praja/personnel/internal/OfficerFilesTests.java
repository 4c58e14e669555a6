package id.praja.personnel.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import id.praja.personnel.Officer;
import id.praja.personnel.Rank;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The officer export, read back as a spreadsheet would read it.
 */
class OfficerFilesTests {

	@Test
	void textThatLooksLikeAFormulaIsExportedWithALeadingQuote() throws IOException {
		Officer officer = new Officer("85071234", "=HYPERLINK(\"http://x.invalid\",\"Agus\")", Rank.BRIPKA,
				"-Kanit Samapta", "POLSEK-TEMPUREJO", "Polsek Tempurejo", "@Mapolsek", "+62 812-3456-7890", List.of(),
				Set.of(), false);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		OfficerFiles.csv(action -> action.accept(officer), LocalDate.of(2024, 11, 27), out);
		List<CSVRecord> records = CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(out.toString(StandardCharsets.UTF_8)))
			.getRecords();
		assertThat(records).singleElement().satisfies(r -> {
			assertThat(r.get("name")).isEqualTo("'=HYPERLINK(\"http://x.invalid\",\"Agus\")");
			assertThat(r.get("function")).isEqualTo("'-Kanit Samapta");
			assertThat(r.get("home_base")).isEqualTo("'@Mapolsek");
			assertThat(r.get("phone")).isEqualTo("'+62 812-3456-7890");
			assertThat(r.get("nrp")).isEqualTo("85071234");
		});
	}

}
