package id.praja.report;

import java.util.List;

/**
 * One table of the daily report as people read it: the web page, the PDF and the workbook
 * all draw these same rows, so they cannot disagree.
 *
 * @param id a stable name for the page (e.g. {@code kamtibmas})
 * @param title the section title, e.g. "I. GANGGUAN KAMTIBMAS"
 * @param header the column headings
 * @param rows the rows, each as many cells as headings
 */
public record LapharTable(String id, String title, List<String> header, List<List<Cell>> rows) {

	/**
	 * A cell.
	 *
	 * @param text what it shows
	 * @param detail the query of the records behind the number (for the page's link), or
	 * null
	 */
	public record Cell(String text, String detail) {

		/**
		 * @param text what the cell shows
		 * @return a cell without records behind it
		 */
		public static Cell of(String text) {
			return new Cell((text != null) ? text : "", null);
		}

	}

	/**
	 * @return every row's texts, for comparisons
	 */
	public List<List<String>> texts() {
		return this.rows.stream().map(r -> r.stream().map(Cell::text).toList()).toList();
	}

}
