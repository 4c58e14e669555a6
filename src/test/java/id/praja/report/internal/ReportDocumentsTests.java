package id.praja.report.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import id.praja.report.DailyReport;
import id.praja.report.LapharTable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Laphar PDF read back with OpenPDF's text extractor: whatever the length of the
 * tables and the narrative before it, the signatory (name, rank and NRP) stands on the
 * page of the last section, and Tembusan with him.
 */
class ReportDocumentsTests {

	static final Map<String, String> WORDS = new HashMap<>();

	static {
		ReportDocuments.KEYS.forEach(k -> WORDS.put(k, k));
		WORDS.put("laphar.doc.conclusion", "KESIMPULAN");
		WORDS.put("laphar.doc.copies", "Tembusan:");
		WORDS.put("laphar.doc.number", "Nomor");
		WORDS.put("laphar.doc.to", "Kepada Yth.");
		WORDS.put("laphar.doc.attention", "u.p.");
	}

	@Test
	void theSignatoryStaysOnThePageOfTheLastSectionHoweverLongTheReport() throws IOException {
		int pagesSeen = 0;
		for (int rows = 0; rows <= 90; rows += 3) {
			byte[] pdf = pdf(report(rows));
			PdfReader reader = new PdfReader(pdf);
			int pages = reader.getNumberOfPages();
			pagesSeen = Math.max(pagesSeen, pages);
			String last = new PdfTextExtractor(reader).getTextFromPage(pages);
			reader.close();
			assertThat(last).as("last page with %d rows", rows)
				.contains("VIII. KESIMPULAN")
				.contains("Situasi kamtibmas di wilayah hukum Polres Uji")
				.contains("BUDI SANTOSO")
				.contains("KOMPOL NRP 75080123")
				.contains("Tembusan:")
				.contains("Kapolres Uji");
		}
		// the rows did push the report over several pages
		assertThat(pagesSeen).isGreaterThanOrEqualTo(3);
	}

	@Test
	void theHeadOfTheLetterCarriesNumberAndAddressee() throws IOException {
		PdfReader reader = new PdfReader(pdf(report(0)));
		String first = new PdfTextExtractor(reader).getTextFromPage(1);
		reader.close();
		assertThat(first).contains("LAPHAR/7/XI/2024/Bag Ops").contains("Kepada Yth.").contains("Kapolda Uji");
	}

	static byte[] pdf(DailyReport r) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ReportDocuments.pdf(r, "Operasi Uji", WORDS, out);
		return out.toByteArray();
	}

	/** A report whose one table and narrative grow with {@code rows}. */
	static DailyReport report(int rows) {
		List<List<LapharTable.Cell>> cells = new ArrayList<>();
		for (int i = 0; i < rows; i++) {
			cells.add(List.of(LapharTable.Cell.of("perkara " + i), LapharTable.Cell.of(Integer.toString(i))));
		}
		List<LapharTable> tables = new ArrayList<>();
		for (int t = 0; t < 6; t++) {
			tables.add(new LapharTable("t" + t, "BAGIAN " + t, List.of("Uraian", "Jumlah"),
					(t == 5) ? cells : List.of(List.of(LapharTable.Cell.of("baris"), LapharTable.Cell.of("1")))));
		}
		List<String> narrative = new ArrayList<>();
		for (int i = 0; i < rows / 3; i++) {
			narrative.add("Pada pukul 07.15 WIB di wilayah Polsek Uji terjadi kejadian nomor " + i + ".");
		}
		LocalDate day = LocalDate.of(2024, 11, 27);
		DailyReport.Letter letter = new DailyReport.Letter("LAPHAR/7/XI/2024/Bag Ops", "Kapolda Uji", "Karoops", "Uji",
				List.of("a.n. KEPALA KEPOLISIAN RESOR UJI", "KABAG OPS"), "BUDI SANTOSO", "KOMPOL NRP 75080123",
				List.of("Kapolres Uji", "Wakapolres Uji"));
		return new DailyReport(day, day.minusDays(1), "POLRES", "Polres Uji", List.of("KEPOLISIAN NEGARA"),
				"Situasi kamtibmas di wilayah hukum Polres Uji pada 27 November 2024 aman dan kondusif.", List.of(),
				null, null, null, null, null, List.of(), null, List.of(), null, List.of(), List.of(),
				DailyReport.Conclusion.of(0, 0, 0), narrative, letter, tables);
	}

}
