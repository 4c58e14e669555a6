package id.praja.report.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import id.praja.report.Evaluation;
import id.praja.shared.table.CsvSheet;

/**
 * The evaluation's comparison and ranking tables as CSV (UTF-8, comma, header row) and
 * XLSX (one sheet, numbers as numbers). Both carry the same cells: a title row with the
 * two sides, then the header, then one row per figure or Polsek.
 */
public final class AnevDocuments {

	private AnevDocuments() {
	}

	/**
	 * @param e a comparison
	 * @return its table: header then one row per figure (numbers as Long or Double)
	 */
	public static List<Object[]> table(Evaluation e) {
		List<Object[]> rows = new ArrayList<>();
		rows.add(new Object[] { "Uraian", e.a().label() + " (" + e.a().unitName() + ")",
				e.b().label() + " (" + e.b().unitName() + ")", "Selisih", "%", "Per hari (A)", "Per hari (B)" });
		for (Evaluation.Row r : e.rows()) {
			rows.add(new Object[] { r.label(), r.a(), r.b(), r.change(), r.percent(), r.aPerDay(), r.bPerDay() });
		}
		return rows;
	}

	/**
	 * @param r a ranking
	 * @return its table: header then one row per Polsek
	 */
	public static List<Object[]> table(Evaluation.Ranking r) {
		List<Object[]> rows = new ArrayList<>();
		List<Object> head = new ArrayList<>(List.of("Peringkat", "Kode", "Polsek"));
		head.addAll(r.labels());
		head.addAll(List.of("Periode sebelumnya", "Selisih", "%"));
		rows.add(head.toArray());
		for (Evaluation.RankRow x : r.rows()) {
			List<Object> cells = new ArrayList<>(List.of(x.rank(), x.unitCode(), x.unitName()));
			r.codes().forEach(c -> cells.add(x.values().get(c)));
			cells.addAll(List.of(x.previous(), x.change(), x.percent()));
			rows.add(cells.toArray());
		}
		return rows;
	}

	/**
	 * @param table header and rows
	 * @param sheetName the XLSX sheet's name
	 * @param xlsx XLSX, else CSV
	 * @param out where it goes (left open)
	 * @throws IOException when writing fails
	 */
	public static void write(List<Object[]> table, String sheetName, boolean xlsx, OutputStream out)
			throws IOException {
		if (xlsx) {
			try (XSSFWorkbook book = new XSSFWorkbook()) {
				Sheet sheet = book.createSheet(sheetName);
				CellStyle bold = book.createCellStyle();
				Font font = book.createFont();
				font.setBold(true);
				bold.setFont(font);
				for (int i = 0; i < table.size(); i++) {
					Row row = sheet.createRow(i);
					Object[] cells = table.get(i);
					for (int j = 0; j < cells.length; j++) {
						Cell cell = row.createCell(j);
						Object v = cells[j];
						if (v instanceof Number n) {
							cell.setCellValue(n.doubleValue());
						}
						else {
							cell.setCellValue((v != null) ? v.toString() : "");
						}
						if (i == 0) {
							cell.setCellStyle(bold);
						}
					}
				}
				for (int j = 0; j < table.get(0).length; j++) {
					sheet.setColumnWidth(j, (j == 0 || j == 2) ? 40 * 256 : 18 * 256);
				}
				book.write(out);
			}
			return;
		}
		CsvSheet sheet = CsvSheet.to(out);
		for (Object[] cells : table) {
			sheet.row(cells);
		}
		sheet.flush();
	}

}
