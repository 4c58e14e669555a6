package id.praja.report.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import id.praja.report.DailyReport;
import id.praja.report.LapharTable;
import id.praja.shared.Formats;

/**
 * The Laphar as PDF (letterhead, number and addressee, centred title, grey-headed tables,
 * the notable events told in sentences, the conclusion, the signature kept on the page of
 * the last section, Tembusan) and as XLSX with the same tables. Both draw the report's
 * {@link DailyReport#tables()}, the rows the web page shows too.
 */
public final class ReportDocuments {

	private static final Font TITLE = new Font(Font.HELVETICA, 12, Font.BOLD);

	private static final Font HEAD = new Font(Font.HELVETICA, 10, Font.BOLD);

	private static final Font BODY = new Font(Font.HELVETICA, 9);

	private static final Font CELL = new Font(Font.HELVETICA, 8);

	private static final Font CELL_HEAD = new Font(Font.HELVETICA, 8, Font.BOLD);

	/** The document's own words (message keys), given in Indonesian by the caller. */
	public static final List<String> KEYS = List.of("laphar.doc.title", "laphar.doc.number", "laphar.doc.to",
			"laphar.doc.attention", "laphar.doc.notIssued", "laphar.doc.narrative", "laphar.doc.nothingNotable",
			"laphar.doc.conclusion", "laphar.doc.closing", "laphar.doc.copies", "laphar.doc.noSignatory",
			"laphar.doc.draft");

	private ReportDocuments() {
	}

	/**
	 * @param r the report
	 * @param operation the operation's name
	 * @param words the document's words by key ({@link #KEYS})
	 * @param out where the PDF goes
	 * @throws IOException when writing fails
	 */
	public static void pdf(DailyReport r, String operation, Map<String, String> words, OutputStream out)
			throws IOException {
		Document document = new Document(PageSize.A4, 36, 36, 36, 36);
		try {
			PdfWriter.getInstance(document, out);
			document.open();
			for (String line : r.header()) {
				document.add(new Paragraph(line, HEAD));
			}
			DailyReport.Letter letter = r.letter();
			if (letter.number() == null) {
				// printed by a reader who does not issue it: a draft, marked as such
				Paragraph draft = new Paragraph(words.get("laphar.doc.draft"), TITLE);
				draft.setAlignment(Element.ALIGN_RIGHT);
				document.add(draft);
			}
			PdfPTable address = new PdfPTable(new float[] { 18, 2, 80 });
			address.setWidthPercentage(60);
			address.setHorizontalAlignment(Element.ALIGN_LEFT);
			address.setSpacingBefore(10);
			addressLine(address, words.get("laphar.doc.number"),
					(letter.number() != null) ? letter.number() : words.get("laphar.doc.notIssued"));
			addressLine(address, words.get("laphar.doc.to"), letter.addressee());
			addressLine(address, words.get("laphar.doc.attention"), letter.attention());
			document.add(address);
			Paragraph title = new Paragraph(words.get("laphar.doc.title") + " " + operation.toUpperCase(), TITLE);
			title.setAlignment(Element.ALIGN_CENTER);
			title.setSpacingBefore(12);
			document.add(title);
			Paragraph sub = new Paragraph(r.unitName() + " — " + Formats.indonesian().date(r.day()), BODY);
			sub.setAlignment(Element.ALIGN_CENTER);
			document.add(sub);
			for (LapharTable t : r.tables()) {
				// documents head their sections in capitals, the page in ordinary case
				Paragraph heading = new Paragraph(t.title().toUpperCase(java.util.Locale.ROOT), HEAD);
				heading.setSpacingBefore(10);
				heading.setSpacingAfter(4);
				document.add(heading);
				document.add(table(t));
			}
			int next = r.tables().size() + 1;
			Paragraph narrativeHeading = new Paragraph(roman(next) + ". " + words.get("laphar.doc.narrative"), HEAD);
			narrativeHeading.setSpacingBefore(10);
			narrativeHeading.setSpacingAfter(4);
			document.add(narrativeHeading);
			if (r.narrative().isEmpty()) {
				document.add(new Paragraph(words.get("laphar.doc.nothingNotable"), BODY));
			}
			int n = 1;
			for (String sentence : r.narrative()) {
				Paragraph p = new Paragraph(n++ + ". " + sentence, BODY);
				p.setIndentationLeft(12);
				p.setFirstLineIndent(-12);
				document.add(p);
			}
			document.add(closing(r, words, roman(next + 1)));
		}
		catch (DocumentException ex) {
			throw new IOException("the daily report PDF cannot be written", ex);
		}
		finally {
			document.close();
		}
	}

	/**
	 * The last section (the conclusion), the closing sentence, the signature and Tembusan
	 * as one block that is never split: when it does not fit on the page, all of it moves
	 * to the next, so the signatory always stands on the page of the last section.
	 */
	private static PdfPTable closing(DailyReport r, Map<String, String> words, String number) {
		PdfPTable block = new PdfPTable(2);
		block.setWidthPercentage(100);
		block.setSpacingBefore(10);
		block.setKeepTogether(true);
		Paragraph heading = new Paragraph(number + ". " + words.get("laphar.doc.conclusion"), HEAD);
		heading.setSpacingAfter(4);
		block.addCell(wide(heading));
		block.addCell(wide(new Paragraph(r.statusLine(), BODY)));
		Paragraph closing = new Paragraph(words.get("laphar.doc.closing"), BODY);
		closing.setSpacingBefore(6);
		block.addCell(wide(closing));
		DailyReport.Letter letter = r.letter();
		StringBuilder sign = new StringBuilder(letter.place() + ", " + Formats.indonesian().date(r.day()));
		letter.signatoryTitle().forEach(line -> sign.append('\n').append(line));
		sign.append("\n\n\n\n");
		if (letter.signatoryName() != null) {
			sign.append(letter.signatoryName()).append('\n').append(letter.signatoryRankNrp());
		}
		else {
			sign.append(words.get("laphar.doc.noSignatory"));
		}
		PdfPCell empty = new PdfPCell(new Phrase(""));
		empty.setBorder(Rectangle.NO_BORDER);
		block.addCell(empty);
		Paragraph signature = new Paragraph(sign.toString(), BODY);
		signature.setAlignment(Element.ALIGN_CENTER);
		PdfPCell signCell = new PdfPCell();
		signCell.addElement(signature);
		signCell.setBorder(Rectangle.NO_BORDER);
		signCell.setPaddingTop(16);
		block.addCell(signCell);
		StringBuilder copies = new StringBuilder(words.get("laphar.doc.copies"));
		int i = 1;
		for (String copy : letter.copies()) {
			copies.append('\n').append(i++).append(". ").append(copy);
		}
		Paragraph copiesParagraph = new Paragraph(copies.toString(), BODY);
		PdfPCell copiesCell = wide(copiesParagraph);
		copiesCell.setPaddingTop(12);
		block.addCell(copiesCell);
		return block;
	}

	private static PdfPCell wide(Paragraph p) {
		PdfPCell c = new PdfPCell();
		c.addElement(p);
		c.setColspan(2);
		c.setBorder(Rectangle.NO_BORDER);
		c.setPadding(0);
		return c;
	}

	private static void addressLine(PdfPTable table, String label, String value) {
		for (String text : new String[] { label, ":", value }) {
			PdfPCell c = new PdfPCell(new Phrase(text, BODY));
			c.setBorder(Rectangle.NO_BORDER);
			c.setPadding(1);
			table.addCell(c);
		}
	}

	private static PdfPTable table(LapharTable t) {
		int columns = t.header().size();
		float[] widths = new float[columns];
		java.util.Arrays.fill(widths, 1f);
		// the first column names the row: wide enough for a task force's name on one line
		widths[0] = Math.max(1f, columns / 2.5f);
		PdfPTable table = new PdfPTable(widths);
		table.setWidthPercentage(100);
		table.setHeaderRows(1);
		for (String h : t.header()) {
			PdfPCell c = new PdfPCell(new Phrase(h, CELL_HEAD));
			c.setGrayFill(0.9f);
			table.addCell(c);
		}
		for (List<LapharTable.Cell> row : t.rows()) {
			for (LapharTable.Cell cell : row) {
				table.addCell(new PdfPCell(new Phrase(cell.text(), CELL)));
			}
		}
		return table;
	}

	/**
	 * @param r the report
	 * @param operation the operation's name
	 * @param words the document's words by key ({@link #KEYS})
	 * @param out where the XLSX goes
	 * @throws IOException when writing fails
	 */
	public static void xlsx(DailyReport r, String operation, Map<String, String> words, OutputStream out)
			throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("Laphar");
			int i = 0;
			for (String line : r.header()) {
				sheet.createRow(i++).createCell(0).setCellValue(line);
			}
			DailyReport.Letter letter = r.letter();
			sheet.createRow(i++)
				.createCell(0)
				.setCellValue(words.get("laphar.doc.number") + ": "
						+ ((letter.number() != null) ? letter.number() : words.get("laphar.doc.notIssued")));
			sheet.createRow(i++)
				.createCell(0)
				.setCellValue(words.get("laphar.doc.to") + ": " + letter.addressee() + " "
						+ words.get("laphar.doc.attention") + " " + letter.attention());
			sheet.createRow(i++)
				.createCell(0)
				.setCellValue(words.get("laphar.doc.title") + " " + operation.toUpperCase());
			sheet.createRow(i++).createCell(0).setCellValue(r.unitName() + " — " + Formats.indonesian().date(r.day()));
			sheet.createRow(i++).createCell(0).setCellValue(r.statusLine());
			for (LapharTable t : r.tables()) {
				i++;
				sheet.createRow(i++).createCell(0).setCellValue(t.title());
				Row head = sheet.createRow(i++);
				for (int c = 0; c < t.header().size(); c++) {
					head.createCell(c).setCellValue(t.header().get(c));
				}
				for (List<LapharTable.Cell> cells : t.rows()) {
					Row row = sheet.createRow(i++);
					for (int c = 0; c < cells.size(); c++) {
						String v = cells.get(c).text();
						if (c > 0 && v.matches("-?\\d{1,3}(\\.\\d{3})*")) {
							row.createCell(c).setCellValue(Long.parseLong(v.replace(".", "")));
						}
						else {
							row.createCell(c).setCellValue(v);
						}
					}
				}
			}
			i++;
			sheet.createRow(i++).createCell(0).setCellValue(words.get("laphar.doc.narrative"));
			for (String sentence : r.narrative()) {
				sheet.createRow(i++).createCell(0).setCellValue(sentence);
			}
			sheet.setColumnWidth(0, 40 * 256);
			workbook.write(out);
		}
	}

	/**
	 * @param n 1 to 39
	 * @return it in Roman numerals
	 */
	public static String roman(int n) {
		String[] tens = { "", "X", "XX", "XXX" };
		String[] ones = { "", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX" };
		return tens[n / 10] + ones[n % 10];
	}

}
