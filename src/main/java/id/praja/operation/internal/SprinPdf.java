package id.praja.operation.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import id.praja.operation.Member;
import id.praja.operation.Operation;
import id.praja.operation.SprinOrder;
import id.praja.personnel.Letterhead;
import id.praja.shared.Formats;
import id.praja.shared.PdfPages;

/**
 * A Sprin (Surat Perintah) as PDF: the letterhead, the number (or that it is a draft),
 * "Pertimbangan" when there is one, the numbered "Dasar", "DIPERINTAHKAN", "Kepada", the
 * numbered "Untuk", "Selesai.", the signature (place, full date, the Kapolres' name, rank
 * and NRP from the records), the numbered "Tembusan", and the personnel list as its
 * attachment; "Halaman n dari m" on every page.
 */
public final class SprinPdf {

	private static final Font TITLE = new Font(Font.HELVETICA, 12, Font.BOLD | Font.UNDERLINE);

	private static final Font HEAD = new Font(Font.HELVETICA, 10, Font.BOLD);

	private static final Font BODY = new Font(Font.HELVETICA, 10);

	private static final Font SMALL = new Font(Font.HELVETICA, 9);

	private static final Formats FORMATS = Formats.indonesian();

	private SprinPdf() {
	}

	/**
	 * @param operation the operation
	 * @param order the order
	 * @param letterhead how the Polres heads and signs it
	 * @param unitNames unit names by code (people read names, not codes)
	 * @param out where the PDF goes
	 * @throws IOException when writing fails
	 */
	public static void write(Operation operation, SprinOrder order, Letterhead letterhead,
			Map<String, String> unitNames, OutputStream out) throws IOException {
		ByteArrayOutputStream unnumbered = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 56, 48, 36, 48);
		try {
			PdfWriter.getInstance(document, unnumbered);
			document.open();
			for (String line : letterhead.heading()) {
				document.add(new Paragraph(line, HEAD));
			}
			Paragraph title = new Paragraph(order.draft() ? "KONSEP SURAT PERINTAH" : "SURAT PERINTAH", TITLE);
			title.setAlignment(Element.ALIGN_CENTER);
			title.setSpacingBefore(14);
			document.add(title);
			Paragraph number = new Paragraph("Nomor: " + number(order), BODY);
			number.setAlignment(Element.ALIGN_CENTER);
			document.add(number);
			PdfPTable body = new PdfPTable(new float[] { 2.2f, 0.3f, 0.5f, 9 });
			body.setWidthPercentage(100);
			body.setSpacingBefore(14);
			if (order.considering() != null) {
				items(body, "Pertimbangan", List.of(order.considering()));
			}
			items(body, "Dasar", order.basis());
			document.add(body);
			Paragraph ordered = new Paragraph("DIPERINTAHKAN", HEAD);
			ordered.setAlignment(Element.ALIGN_CENTER);
			ordered.setSpacingBefore(10);
			ordered.setSpacingAfter(6);
			document.add(ordered);
			PdfPTable orders = new PdfPTable(new float[] { 2.2f, 0.3f, 0.5f, 9 });
			orders.setWidthPercentage(100);
			items(orders, "Kepada",
					List.of("Personel sebagaimana tercantum dalam lampiran surat perintah ini (%s personel)."
						.formatted(FORMATS.number(order.personnel().size()))));
			List<String> duties = new ArrayList<>(order.taskItems());
			duties.add("Terhitung mulai tanggal %s s.d. %s.".formatted(FORMATS.date(order.periodFrom()),
					FORMATS.date(order.periodTo())));
			duties.add("Melaksanakan perintah ini dengan seksama dan penuh rasa tanggung jawab, serta melaporkan"
					+ " hasilnya kepada " + kapolres(letterhead) + ".");
			items(orders, "Untuk", duties);
			document.add(orders);
			Paragraph end = new Paragraph("Selesai.", BODY);
			end.setSpacingBefore(8);
			document.add(end);
			Paragraph sign = new Paragraph("Dikeluarkan di : " + letterhead.place() + "\nPada tanggal : "
					+ (order.draft() ? "...................." : FORMATS.date(order.issuedOn())) + "\n\n"
					+ letterhead.signatureBlock(), BODY);
			sign.setIndentationLeft(260);
			sign.setSpacingBefore(16);
			sign.setKeepTogether(true);
			document.add(sign);
			if (!order.copies().isEmpty()) {
				Paragraph copies = new Paragraph("Tembusan:", BODY);
				copies.setSpacingBefore(14);
				document.add(copies);
				int n = 1;
				for (String copy : order.copies()) {
					document.add(new Paragraph((n++) + ". " + copy + ".", BODY));
				}
			}
			document.newPage();
			Paragraph attachment = new Paragraph(order.attachmentHeading(letterhead), HEAD);
			attachment.setAlignment(Element.ALIGN_CENTER);
			document.add(attachment);
			PdfPTable people = new PdfPTable(new float[] { 1, 5, 2, 2.5f, 4 });
			people.setWidthPercentage(100);
			people.setSpacingBefore(10);
			people.setHeaderRows(1);
			for (String h : new String[] { "No", "Nama", "Pangkat", "NRP", "Satuan" }) {
				PdfPCell c = new PdfPCell(new Phrase(h, HEAD));
				c.setGrayFill(0.9f);
				people.addCell(c);
			}
			int n = 1;
			for (Member m : order.personnel()) {
				for (String text : new String[] { String.valueOf(n++), m.name(), m.rank(), m.nrp(),
						unitNames.getOrDefault(m.unitCode(), m.unitCode()) }) {
					people.addCell(new PdfPCell(new Phrase(text, SMALL)));
				}
			}
			document.add(people);
			Paragraph signAgain = new Paragraph(letterhead.signatureBlock(), BODY);
			signAgain.setIndentationLeft(260);
			signAgain.setSpacingBefore(16);
			signAgain.setKeepTogether(true);
			document.add(signAgain);
		}
		catch (DocumentException ex) {
			throw new IOException("the Sprin PDF cannot be written", ex);
		}
		finally {
			document.close();
		}
		PdfPages.number(unnumbered.toByteArray(), out);
	}

	private static String number(SprinOrder order) {
		return order.draft() ? SprinOrder.NOT_ISSUED : order.number();
	}

	private static String kapolres(Letterhead letterhead) {
		return SprinOrder.commander(letterhead);
	}

	private static void items(PdfPTable table, String label, List<String> items) {
		boolean first = true;
		int n = 1;
		for (String item : items) {
			table.addCell(plain(first ? label : "", BODY));
			table.addCell(plain(first ? ":" : "", BODY));
			table.addCell(plain((items.size() > 1) ? (n++) + "." : "", BODY));
			PdfPCell text = plain(item, BODY);
			text.setPaddingBottom(4);
			table.addCell(text);
			first = false;
		}
	}

	private static PdfPCell plain(String text, Font font) {
		PdfPCell cell = new PdfPCell(new Phrase(text, font));
		cell.setBorder(0);
		return cell;
	}

}
