package id.praja.territory.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import id.praja.territory.Tps;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The TPS export, read back as a spreadsheet would read it.
 */
class TpsFileWriterTests {

	@Test
	void anAddressThatLooksLikeAFormulaIsExportedAsText() throws IOException {
		Tps tps = new Tps("35.09.01.2001-TPS-001", 1, "35.09.01.2001", "Padomasan", "35.09.01", "Jombang",
				"=HYPERLINK(\"http://x.invalid\",\"Dusun Krajan\")", -8.2274, 113.3352, 250, 255, "@Lapas", false);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		TpsFileWriter.csv(action -> action.accept(tps), out);
		List<CSVRecord> records = CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(out.toString(StandardCharsets.UTF_8)))
			.getRecords();
		assertThat(records).singleElement().satisfies(r -> {
			assertThat(r.get("address")).isEqualTo("'=HYPERLINK(\"http://x.invalid\",\"Dusun Krajan\")");
			assertThat(r.get("special_site")).isEqualTo("'@Lapas");
			// a negative latitude is a number, not a formula
			assertThat(r.get("lat")).isEqualTo("-8.2274");
		});
	}

	@Test
	void anExportedFileImportsBackWithTheTextAsItWas() throws IOException {
		Tps tps = new Tps("35.09.01.2001-TPS-001", 1, "35.09.01.2001", "Padomasan", "35.09.01", "Jombang",
				"=Dusun Krajan", -8.2274, 113.3352, 250, 255, null, false);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		TpsFileWriter.csv(action -> action.accept(tps), out);
		List<TpsRow> rows = new TpsImporter(new TerritoryReference(), null).check("tps.csv", out.toByteArray());
		assertThat(rows).singleElement().satisfies(r -> {
			assertThat(r.address()).isEqualTo("=Dusun Krajan");
			assertThat(r.lat()).isEqualTo(-8.2274);
		});
	}

}
