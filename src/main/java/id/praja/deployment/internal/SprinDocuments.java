package id.praja.deployment.internal;

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
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import id.praja.deployment.PostedOfficer;
import id.praja.deployment.StaffedPost;
import id.praja.territory.Tps;

/**
 * The attachment of the Sprin (Surat Perintah): per post its TPS with addresses and its
 * officers with NRP, rank and unit, the leader first; a signature block. As PDF and as
 * XLSX with the same content. Until plans are published these are drafts, and say so.
 */
public final class SprinDocuments {

	private static final Font TITLE = new Font(Font.HELVETICA, 12, Font.BOLD);

	private static final Font HEAD = new Font(Font.HELVETICA, 10, Font.BOLD);

	private static final Font BODY = new Font(Font.HELVETICA, 8);

	private SprinDocuments() {
	}

	/**
	 * @param posts the posts to print
	 * @param tps TPS by code (for addresses)
	 * @param scopeName e.g. {@code Polres Jember} or {@code Polsek Tempurejo}
	 * @param status the line under the title: draft or published, version, by whom
	 * @param letterhead how the Polres heads and signs it
	 * @param signedOn the date of signing as written (blank dots for a draft)
	 * @param out where the PDF goes
	 */
	public static void pdf(List<StaffedPost> posts, Map<String, Tps> tps, String scopeName, String status,
			id.praja.personnel.Letterhead letterhead, String signedOn, OutputStream out) throws IOException {
		Document document = new Document(PageSize.A4, 36, 36, 36, 36);
		try {
			PdfWriter.getInstance(document, out);
			document.open();
			for (String line : letterhead.heading()) {
				document.add(new Paragraph(line, HEAD));
			}
			Paragraph title = new Paragraph("LAMPIRAN SURAT PERINTAH PENGAMANAN TPS — " + scopeName.toUpperCase(),
					TITLE);
			title.setAlignment(Element.ALIGN_CENTER);
			title.setSpacingBefore(12);
			document.add(title);
			Paragraph draft = new Paragraph(status, BODY);
			draft.setAlignment(Element.ALIGN_CENTER);
			document.add(draft);
			int number = 1;
			for (StaffedPost post : posts) {
				Paragraph heading = new Paragraph("Pos %d — %s — TPS induk %s%s".formatted(number++,
						post.post().polsek(), post.post().anchor(), post.post().fixed() ? " (pos tetap)" : ""), HEAD);
				heading.setSpacingBefore(10);
				document.add(heading);
				PdfPTable places = new PdfPTable(new float[] { 3, 7 });
				places.setWidthPercentage(100);
				header(places, "TPS", "Alamat");
				for (String code : post.post().tps()) {
					Tps t = tps.get(code);
					cell(places, code);
					cell(places, (t != null) ? t.address() + ", " + t.desaName() : "");
				}
				document.add(places);
				PdfPTable officers = new PdfPTable(new float[] { 1, 5, 3, 2, 3 });
				officers.setWidthPercentage(100);
				header(officers, "No", "Nama", "Pangkat / NRP", "Tugas", "Satuan");
				int n = 1;
				for (PostedOfficer o : post.officers()) {
					cell(officers, String.valueOf(n));
					cell(officers, o.name());
					cell(officers, o.rank() + " / " + o.nrp());
					cell(officers, (n == 1) ? "Ketua" : "Anggota");
					cell(officers, o.unitCode());
					n++;
				}
				if (post.missing() > 0) {
					PdfPCell missing = new PdfPCell(new Phrase("Kurang " + post.missing() + " personel (BKO)", BODY));
					missing.setColspan(5);
					officers.addCell(missing);
				}
				document.add(officers);
			}
			Paragraph sign = new Paragraph(letterhead.place() + ", " + signedOn + "\n" + letterhead.signatureBlock(),
					BODY);
			sign.setAlignment(Element.ALIGN_RIGHT);
			sign.setSpacingBefore(24);
			document.add(sign);
		}
		catch (DocumentException ex) {
			throw new IOException("the Sprin PDF cannot be written", ex);
		}
		finally {
			document.close();
		}
	}

	/**
	 * The same content as the PDF, one row per officer and TPS line.
	 */
	public static void xlsx(List<StaffedPost> posts, Map<String, Tps> tps, OutputStream out) throws IOException {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
			Sheet places = workbook.createSheet("TPS per pos");
			Row h = places.createRow(0);
			String[] header = { "pos", "polsek", "tps_induk", "tps_code", "alamat", "desa", "pos_tetap" };
			for (int i = 0; i < header.length; i++) {
				h.createCell(i).setCellValue(header[i]);
			}
			Sheet people = workbook.createSheet("Personel per pos");
			Row h2 = people.createRow(0);
			String[] header2 = { "pos", "polsek", "tps_induk", "no", "nrp", "nama", "pangkat", "tugas", "satuan" };
			for (int i = 0; i < header2.length; i++) {
				h2.createCell(i).setCellValue(header2[i]);
			}
			int r = 1;
			int r2 = 1;
			int number = 1;
			for (StaffedPost post : posts) {
				for (String code : post.post().tps()) {
					Tps t = tps.get(code);
					Row row = places.createRow(r++);
					row.createCell(0).setCellValue(number);
					row.createCell(1).setCellValue(post.post().polsek());
					row.createCell(2).setCellValue(post.post().anchor());
					row.createCell(3).setCellValue(code);
					row.createCell(4).setCellValue((t != null) ? t.address() : "");
					row.createCell(5).setCellValue((t != null) ? t.desaName() : "");
					row.createCell(6).setCellValue(post.post().fixed());
				}
				int n = 1;
				for (PostedOfficer o : post.officers()) {
					Row row = people.createRow(r2++);
					row.createCell(0).setCellValue(number);
					row.createCell(1).setCellValue(post.post().polsek());
					row.createCell(2).setCellValue(post.post().anchor());
					row.createCell(3).setCellValue(n);
					row.createCell(4).setCellValue(o.nrp());
					row.createCell(5).setCellValue(o.name());
					row.createCell(6).setCellValue(o.rank());
					row.createCell(7).setCellValue((n == 1) ? "Ketua" : "Anggota");
					row.createCell(8).setCellValue(o.unitCode());
					n++;
				}
				number++;
			}
			workbook.write(out);
		}
	}

	private static void header(PdfPTable table, String... titles) {
		for (String t : titles) {
			PdfPCell c = new PdfPCell(new Phrase(t, HEAD));
			c.setGrayFill(0.9f);
			table.addCell(c);
		}
	}

	private static void cell(PdfPTable table, String text) {
		table.addCell(new PdfPCell(new Phrase(text, BODY)));
	}

}
