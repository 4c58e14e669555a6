package id.praja.operation.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

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

/**
 * A Sprin (Surat Perintah) as PDF in the house style of the deployment attachment: the
 * letterhead, the number, "Pertimbangan / Dasar / Diperintahkan / Kepada / Untuk", the
 * signature block and the attached personnel list.
 */
public final class SprinPdf {

	private static final Font TITLE = new Font(Font.HELVETICA, 12, Font.BOLD);

	private static final Font HEAD = new Font(Font.HELVETICA, 10, Font.BOLD);

	private static final Font BODY = new Font(Font.HELVETICA, 9);

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", new Locale("id"));

	private SprinPdf() {
	}

	/**
	 * @param operation the operation
	 * @param order the order
	 * @param letterhead how the Polres heads and signs it
	 * @param out where the PDF goes
	 * @throws IOException when writing fails
	 */
	public static void write(Operation operation, SprinOrder order, id.praja.personnel.Letterhead letterhead,
			OutputStream out) throws IOException {
		Document document = new Document(PageSize.A4, 48, 48, 36, 36);
		try {
			PdfWriter.getInstance(document, out);
			document.open();
			for (String line : letterhead.heading()) {
				document.add(new Paragraph(line, HEAD));
			}
			Paragraph title = new Paragraph("SURAT PERINTAH", TITLE);
			title.setAlignment(Element.ALIGN_CENTER);
			title.setSpacingBefore(12);
			document.add(title);
			Paragraph number = new Paragraph("Nomor: " + order.number(), BODY);
			number.setAlignment(Element.ALIGN_CENTER);
			document.add(number);
			PdfPTable body = new PdfPTable(new float[] { 2, 8 });
			body.setWidthPercentage(100);
			body.setSpacingBefore(12);
			row(body, "Pertimbangan", "Dalam rangka pengamanan Pemilihan Kepala Daerah Serentak 2024 ("
					+ String.join(", ", operation.contests()) + "), perlu mengeluarkan surat perintah.");
			row(body, "Dasar",
					"Rencana Operasi \"" + operation.codeName() + "\" " + operation.polres() + ", " + operation.polda()
							+ ", " + DATE.format(operation.startsOn()) + " s.d. " + DATE.format(operation.endsOn())
							+ ".");
			row(body, "Diperintahkan", "");
			row(body, "Kepada", "Personel sebagaimana tercantum dalam lampiran surat perintah ini ("
					+ order.personnel().size() + " personel).");
			row(body, "Untuk", order.task() + "\nTerhitung mulai " + DATE.format(order.periodFrom()) + " s.d. "
					+ DATE.format(order.periodTo()) + "; melaksanakan perintah ini dengan seksama dan penuh rasa"
					+ " tanggung jawab, serta melaporkan hasilnya kepada pimpinan.");
			document.add(body);
			Paragraph sign = new Paragraph("Dikeluarkan di: " + letterhead.place() + "\nPada tanggal: "
					+ date(order.issuedOn()) + "\n" + letterhead.signatureBlock(), BODY);
			sign.setAlignment(Element.ALIGN_RIGHT);
			sign.setSpacingBefore(24);
			document.add(sign);
			document.newPage();
			Paragraph attachment = new Paragraph("LAMPIRAN SURAT PERINTAH NOMOR " + order.number(), HEAD);
			attachment.setAlignment(Element.ALIGN_CENTER);
			document.add(attachment);
			PdfPTable people = new PdfPTable(new float[] { 1, 5, 3, 3, 3 });
			people.setWidthPercentage(100);
			people.setSpacingBefore(10);
			for (String h : new String[] { "No", "Nama", "Pangkat", "NRP", "Satuan" }) {
				PdfPCell c = new PdfPCell(new Phrase(h, HEAD));
				c.setGrayFill(0.9f);
				people.addCell(c);
			}
			int n = 1;
			for (Member m : order.personnel()) {
				for (String text : new String[] { String.valueOf(n++), m.name(), m.rank(), m.nrp(), m.unitCode() }) {
					people.addCell(new PdfPCell(new Phrase(text, BODY)));
				}
			}
			document.add(people);
		}
		catch (DocumentException ex) {
			throw new IOException("the Sprin PDF cannot be written", ex);
		}
		finally {
			document.close();
		}
	}

	private static String date(LocalDate d) {
		return DATE.format(d);
	}

	private static void row(PdfPTable table, String label, String text) {
		PdfPCell l = new PdfPCell(new Phrase(label, HEAD));
		l.setBorder(0);
		table.addCell(l);
		PdfPCell t = new PdfPCell(new Phrase(": " + text, BODY));
		t.setBorder(0);
		table.addCell(t);
	}

}
