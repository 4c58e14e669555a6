package id.praja.shared.table;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A CSV export opened in a spreadsheet must not run formulas typed into Praja (OWASP "CSV
 * injection").
 */
class CsvSheetTests {

	@Test
	void textThatASpreadsheetWouldRunGetsALeadingQuote() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		CsvSheet sheet = CsvSheet.to(out);
		sheet.row("=HYPERLINK(\"http://x.invalid\",\"klik\")", "+1+2", "-2+3", "@SUM(A1)", "\t=1", "\r=1", "Jember", "",
				null, -8.17, 42, "+25%", "-3,5");
		sheet.flush();
		List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(out.toString(StandardCharsets.UTF_8)))
			.getRecords();
		assertThat(records).singleElement()
			.satisfies(r -> assertThat(r.toList()).containsExactly("'=HYPERLINK(\"http://x.invalid\",\"klik\")",
					"'+1+2", "'-2+3", "'@SUM(A1)", "'\t=1", "'\r=1", "Jember", "", "", "-8.17", "42", "+25%", "-3,5"));
	}

}
