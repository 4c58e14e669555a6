package id.praja.territory.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import id.praja.territory.Tps;
import id.praja.shared.table.CsvSheet;

/**
 * Writes TPS as CSV or XLSX. The first eight columns are the import columns, so an
 * exported file can be edited and imported again; the rest are for reading.
 */
public final class TpsFileWriter {

	static final List<String> HEADER = List.of("desa_code", "tps_number", "address", "lat", "lon", "voters_male",
			"voters_female", "special_site", "tps_code", "desa_name", "kecamatan_code", "kecamatan_name",
			"voters_total", "generated");

	private TpsFileWriter() {
	}

	/** Something that feeds TPS to a consumer, in order. */
	public interface TpsSource {

		void forEach(Consumer<Tps> action);

	}

	static List<Object> values(Tps t) {
		return List.of(t.desaCode(), t.number(), t.address(), t.lat(), t.lon(), t.votersMale(), t.votersFemale(),
				(t.specialSite() != null) ? t.specialSite() : "", t.code(), t.desaName(), t.kecamatanCode(),
				t.kecamatanName(), t.voters(), t.generated());
	}

	public static void csv(TpsSource source, OutputStream out) throws IOException {
		CsvSheet sheet = CsvSheet.to(out);
		sheet.row(HEADER);
		source.forEach(t -> sheet.row(values(t)));
		sheet.flush();
	}

	public static void xlsx(TpsSource source, OutputStream out) throws IOException {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(500)) {
			Sheet sheet = workbook.createSheet("TPS");
			Row header = sheet.createRow(0);
			for (int c = 0; c < HEADER.size(); c++) {
				header.createCell(c).setCellValue(HEADER.get(c));
			}
			int[] rowIndex = { 1 };
			source.forEach(t -> {
				Row row = sheet.createRow(rowIndex[0]++);
				List<Object> values = values(t);
				for (int c = 0; c < values.size(); c++) {
					Object v = values.get(c);
					if (v instanceof Number n) {
						row.createCell(c).setCellValue(n.doubleValue());
					}
					else if (v instanceof Boolean b) {
						row.createCell(c).setCellValue(b);
					}
					else {
						row.createCell(c).setCellValue(v.toString());
					}
				}
			});
			workbook.write(out);
			workbook.dispose();
		}
	}

}
