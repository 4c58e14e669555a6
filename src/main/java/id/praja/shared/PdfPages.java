package id.praja.shared;

import java.io.IOException;
import java.io.OutputStream;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Font;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfStamper;

/**
 * Page numbers on a finished PDF: "Halaman 3 dari 40" at the foot of every page (the
 * total is known only once the document is written, so the pages are stamped afterwards).
 */
public final class PdfPages {

	private static final Font FOOT = new Font(Font.HELVETICA, 8);

	private PdfPages() {
	}

	/**
	 * @param pdf the finished document
	 * @param out where the numbered document goes
	 * @throws IOException when the document cannot be read or written
	 */
	public static void number(byte[] pdf, OutputStream out) throws IOException {
		try (PdfReader reader = new PdfReader(pdf)) {
			PdfStamper stamper = new PdfStamper(reader, out);
			int pages = reader.getNumberOfPages();
			for (int page = 1; page <= pages; page++) {
				Rectangle size = reader.getPageSize(page);
				ColumnText.showTextAligned(stamper.getOverContent(page), Element.ALIGN_CENTER,
						new Phrase("Halaman %d dari %d".formatted(page, pages), FOOT),
						(size.getLeft() + size.getRight()) / 2, size.getBottom() + 18, 0);
			}
			stamper.close();
		}
		catch (DocumentException ex) {
			throw new IOException("the page numbers cannot be written", ex);
		}
	}

}
