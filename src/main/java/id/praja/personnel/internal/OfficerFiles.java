package id.praja.personnel.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import id.praja.personnel.Officer;
import id.praja.personnel.Qualification;
import id.praja.personnel.StatusPeriod;
import id.praja.shared.table.CsvSheet;

/**
 * Writes officers as CSV or XLSX in the import format (an export can be edited and
 * imported again), plus reading columns.
 */
public final class OfficerFiles {

	/** Import columns first, then reading columns. */
	public static final List<String> HEADER = List.of("nrp", "name", "rank", "function", "unit_code", "home_base",
			"phone", "status", "status_from", "status_to", "qualifications", "unit_name", "rank_title", "status_today",
			"generated");

	private OfficerFiles() {
	}

	/** Feeds officers in order. */
	public interface Source {

		void forEach(Consumer<Officer> action);

	}

	static List<String> values(Officer o, LocalDate today) {
		// the latest period that has not ended, else the latest one
		StatusPeriod period = o.statuses()
			.stream()
			.filter(p -> !p.to().isBefore(today))
			.findFirst()
			.orElse(o.statuses().isEmpty() ? null : o.statuses().get(o.statuses().size() - 1));
		List<String> v = new ArrayList<>(List.of(o.nrp(), o.name(), o.rank().abbreviation(), o.function(), o.unitCode(),
				nz(o.homeBase()), nz(o.phone())));
		v.add((period != null) ? period.status().name() : "");
		v.add((period != null) ? period.from().toString() : "");
		v.add((period != null) ? period.to().toString() : "");
		v.add(o.qualifications().stream().map(Qualification::name).sorted().collect(Collectors.joining(";")));
		v.add(nz(o.unitName()));
		v.add(o.rank().title());
		v.add(o.statusOn(today).name());
		v.add(String.valueOf(o.generated()));
		return v;
	}

	public static void csv(Source source, LocalDate today, OutputStream out) throws IOException {
		CsvSheet sheet = CsvSheet.to(out);
		sheet.row(HEADER);
		source.forEach(o -> sheet.row(values(o, today)));
		sheet.flush();
	}

	public static void xlsx(Source source, LocalDate today, OutputStream out) throws IOException {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(500)) {
			Sheet sheet = workbook.createSheet("Personel");
			Row header = sheet.createRow(0);
			for (int c = 0; c < HEADER.size(); c++) {
				header.createCell(c).setCellValue(HEADER.get(c));
			}
			int[] index = { 1 };
			source.forEach(o -> {
				Row row = sheet.createRow(index[0]++);
				List<String> values = values(o, today);
				for (int c = 0; c < values.size(); c++) {
					row.createCell(c).setCellValue(values.get(c));
				}
			});
			workbook.write(out);
		}
	}

	private static String nz(String s) {
		return (s != null) ? s : "";
	}

}
