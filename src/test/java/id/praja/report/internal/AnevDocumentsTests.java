package id.praja.report.internal;

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
 * The Anev export as CSV: labels that begin like a formula stay text; numbers stay
 * numbers.
 */
class AnevDocumentsTests {

	@Test
	void aLabelThatLooksLikeAFormulaIsExportedAsText() throws IOException {
		List<Object[]> table = List.of(new Object[] { "Uraian", "A", "B", "Selisih" },
				new Object[] { "=HYPERLINK(\"http://x.invalid\")", 3L, 5L, -2L });
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		AnevDocuments.write(table, "Anev", false, out);
		List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(out.toString(StandardCharsets.UTF_8)))
			.getRecords();
		assertThat(records.get(1).toList()).containsExactly("'=HYPERLINK(\"http://x.invalid\")", "3", "5", "-2");
	}

}
