package id.praja.deployment.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

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
import id.praja.personnel.Letterhead;
import id.praja.shared.PdfPages;
import id.praja.territory.Tps;
import id.praja.vulnerability.PoliceClass;

/**
 * The attachment of the Sprin (Surat Perintah) of the TPS security: headed with the Sprin
 * it belongs to (number and date, or that it is not issued yet), a recap per Polsek (TPS
 * by class, posts, police, Linmas), then per Polsek its TPS grouped by kecamatan and desa
 * with their class and post, and per post its officers with NRP, rank and unit, the
 * leader first; signed by the Kapolres of the records; "Halaman n dari m" on every page.
 * As PDF and as XLSX with the same content and Indonesian column headers. Until plans are
 * published these are drafts, and say so.
 */
public final class SprinDocuments {

	private static final Font TITLE = new Font(Font.HELVETICA, 11, Font.BOLD);

	private static final Font HEAD = new Font(Font.HELVETICA, 9, Font.BOLD);

	private static final Font BODY = new Font(Font.HELVETICA, 8);

	/** Class names as the document writes them (the document is Indonesian). */
	static final Map<PoliceClass, String> CLASS_NAMES = new EnumMap<>(Map.of(PoliceClass.KURANG_RAWAN, "Kurang rawan",
			PoliceClass.RAWAN, "Rawan", PoliceClass.SANGAT_RAWAN, "Sangat rawan", PoliceClass.KHUSUS, "Khusus"));

	private SprinDocuments() {
	}

	/**
	 * What the attachment prints.
	 *
	 * @param heading the heading lines (LAMPIRAN SURAT PERINTAH … / NOMOR … / TANGGAL …)
	 * @param status the line under the heading: draft or published, version, by whom
	 * @param letterhead how the Polres heads and signs it
	 * @param signedOn the date of signing as written (blank dots when not issued)
	 * @param posts the posts to print
	 * @param tps TPS by code
	 * @param classes the class of each TPS
	 * @param unitNames unit names by code
	 * @param linmasByDesa Linmas strength by desa code
	 */
	public record Attachment(String heading, String status, Letterhead letterhead, String signedOn,
			List<StaffedPost> posts, Map<String, Tps> tps, Map<String, PoliceClass> classes,
			Map<String, String> unitNames, Map<String, Integer> linmasByDesa) {

		String unitName(String code) {
			return this.unitNames.getOrDefault(code, code);
		}

		PoliceClass classOf(String code) {
			return this.classes.getOrDefault(code, PoliceClass.KURANG_RAWAN);
		}

	}

	/**
	 * One line of the recap: a Polsek with its TPS by class, posts, police needed and
	 * posted, and Linmas.
	 *
	 * @param polsek the Polsek's name
	 * @param kecamatan the kecamatan of its TPS, by name
	 * @param tpsByClass TPS per class
	 * @param tps TPS in all
	 * @param posts posts
	 * @param policeNeeded police the pattern asks
	 * @param policePosted police posted
	 * @param linmas Linmas of its desa
	 */
	public record RecapRow(String polsek, String kecamatan, Map<PoliceClass, Integer> tpsByClass, int tps, int posts,
			int policeNeeded, int policePosted, int linmas) {
	}

	/**
	 * @param a the attachment
	 * @return the recap per Polsek, in the order of the posts, and a last row of totals
	 * named {@code JUMLAH}
	 */
	public static List<RecapRow> recap(Attachment a) {
		Map<String, List<StaffedPost>> byPolsek = byPolsek(a.posts());
		List<RecapRow> rows = new ArrayList<>();
		Map<PoliceClass, Integer> totalClasses = new EnumMap<>(PoliceClass.class);
		int[] totals = new int[5];
		for (Map.Entry<String, List<StaffedPost>> e : byPolsek.entrySet()) {
			Map<PoliceClass, Integer> classes = new EnumMap<>(PoliceClass.class);
			Set<String> kecamatan = new LinkedHashSet<>();
			Set<String> desa = new LinkedHashSet<>();
			int tps = 0;
			int needed = 0;
			int posted = 0;
			for (StaffedPost p : e.getValue()) {
				for (String code : p.post().tps()) {
					classes.merge(a.classOf(code), 1, Integer::sum);
					Tps t = a.tps().get(code);
					if (t != null) {
						kecamatan.add(t.kecamatanName());
						desa.add(t.desaCode());
					}
					tps++;
				}
				needed += p.post().police();
				posted += p.officers().size();
			}
			int linmas = desa.stream().mapToInt(d -> a.linmasByDesa().getOrDefault(d, 0)).sum();
			rows.add(new RecapRow(a.unitName(e.getKey()), String.join(", ", kecamatan), classes, tps,
					e.getValue().size(), needed, posted, linmas));
			classes.forEach((c, n) -> totalClasses.merge(c, n, Integer::sum));
			totals[0] += tps;
			totals[1] += e.getValue().size();
			totals[2] += needed;
			totals[3] += posted;
			totals[4] += linmas;
		}
		rows.add(new RecapRow("JUMLAH", "", totalClasses, totals[0], totals[1], totals[2], totals[3], totals[4]));
		return rows;
	}

	private static Map<String, List<StaffedPost>> byPolsek(List<StaffedPost> posts) {
		Map<String, List<StaffedPost>> byPolsek = new LinkedHashMap<>();
		for (StaffedPost p : posts) {
			byPolsek.computeIfAbsent(p.post().polsek(), k -> new ArrayList<>()).add(p);
		}
		return byPolsek;
	}

	/**
	 * @param a what to print
	 * @param out where the PDF goes
	 * @throws IOException when writing fails
	 */
	public static void pdf(Attachment a, OutputStream out) throws IOException {
		ByteArrayOutputStream unnumbered = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 36, 36, 36, 48);
		try {
			PdfWriter.getInstance(document, unnumbered);
			document.open();
			for (String line : a.letterhead().heading()) {
				document.add(new Paragraph(line, HEAD));
			}
			Paragraph title = new Paragraph(a.heading(), TITLE);
			title.setAlignment(Element.ALIGN_CENTER);
			title.setSpacingBefore(12);
			document.add(title);
			Paragraph about = new Paragraph("PENGAMANAN TEMPAT PEMUNGUTAN SUARA (TPS)", HEAD);
			about.setAlignment(Element.ALIGN_CENTER);
			document.add(about);
			Paragraph status = new Paragraph(a.status(), BODY);
			status.setAlignment(Element.ALIGN_CENTER);
			document.add(status);

			Paragraph recapTitle = new Paragraph("I. REKAPITULASI PER POLSEK", HEAD);
			recapTitle.setSpacingBefore(12);
			document.add(recapTitle);
			PdfPTable recap = new PdfPTable(new float[] { 0.7f, 3, 4, 1.3f, 1.3f, 1.3f, 1.3f, 1.4f, 1.2f, 1.8f, 1.4f });
			recap.setWidthPercentage(100);
			recap.setSpacingBefore(4);
			recap.setHeaderRows(1);
			header(recap, "No", "Polsek", "Kecamatan", "Kurang rawan", "Rawan", "Sangat rawan", "Khusus", "Jumlah TPS",
					"Pos", "Polri (ditempatkan / kebutuhan)", "Linmas");
			int n = 1;
			for (RecapRow r : recap(a)) {
				boolean total = r.polsek().equals("JUMLAH");
				cell(recap, total ? "" : String.valueOf(n++));
				cell(recap, r.polsek());
				cell(recap, r.kecamatan());
				for (PoliceClass c : PoliceClass.values()) {
					number(recap, r.tpsByClass().getOrDefault(c, 0));
				}
				number(recap, r.tps());
				number(recap, r.posts());
				PdfPCell police = new PdfPCell(
						new Phrase(number(r.policePosted()) + " / " + number(r.policeNeeded()), BODY));
				police.setHorizontalAlignment(Element.ALIGN_RIGHT);
				recap.addCell(police);
				number(recap, r.linmas());
			}
			document.add(recap);

			Paragraph detailTitle = new Paragraph("II. TPS DAN PERSONEL PER POLSEK", HEAD);
			detailTitle.setSpacingBefore(12);
			document.add(detailTitle);
			int postNumber = 1;
			for (Map.Entry<String, List<StaffedPost>> e : byPolsek(a.posts()).entrySet()) {
				Paragraph polsek = new Paragraph(a.unitName(e.getKey()).toUpperCase(Locale.ROOT), TITLE);
				polsek.setSpacingBefore(10);
				document.add(polsek);
				Map<String, Integer> postOf = new java.util.HashMap<>();
				Map<String, String> anchorOf = new java.util.HashMap<>();
				int first = postNumber;
				for (StaffedPost p : e.getValue()) {
					for (String code : p.post().tps()) {
						postOf.put(code, postNumber);
						anchorOf.put(code, p.post().anchor());
					}
					postNumber++;
				}
				// the TPS by kecamatan and desa, with their class and post
				Map<String, Map<String, List<Tps>>> places = new TreeMap<>();
				for (StaffedPost p : e.getValue()) {
					for (String code : p.post().tps()) {
						Tps t = a.tps().get(code);
						if (t != null) {
							places.computeIfAbsent(t.kecamatanName(), k -> new TreeMap<>())
								.computeIfAbsent(t.desaName(), k -> new ArrayList<>())
								.add(t);
						}
					}
				}
				PdfPTable tpsTable = new PdfPTable(new float[] { 3, 3.5f, 1.2f, 5, 2.2f, 1.3f });
				tpsTable.setWidthPercentage(100);
				tpsTable.setSpacingBefore(4);
				tpsTable.setHeaderRows(1);
				header(tpsTable, "Kecamatan", "Desa/Kelurahan", "TPS", "Alamat", "Kelas", "Pos");
				for (Map.Entry<String, Map<String, List<Tps>>> k : places.entrySet()) {
					for (Map.Entry<String, List<Tps>> d : k.getValue().entrySet()) {
						d.getValue().sort(Comparator.comparingInt(Tps::number));
						for (Tps t : d.getValue()) {
							cell(tpsTable, "Kec. " + k.getKey());
							cell(tpsTable, d.getKey());
							cell(tpsTable, tpsName(t));
							cell(tpsTable, t.address());
							cell(tpsTable, CLASS_NAMES.get(a.classOf(t.code())));
							cell(tpsTable,
									postOf.get(t.code()) + (t.code().equals(anchorOf.get(t.code())) ? " (induk)" : ""));
						}
					}
				}
				document.add(tpsTable);
				int number = first;
				for (StaffedPost post : e.getValue()) {
					Tps anchor = a.tps().get(post.post().anchor());
					Paragraph heading = new Paragraph("Pos %d — TPS induk %s%s — %s, %d TPS%s".formatted(number++,
							(anchor != null) ? tpsName(anchor) + " " + anchor.desaName() : post.post().anchor(),
							(anchor != null) ? ", Kec. " + anchor.kecamatanName() : "",
							CLASS_NAMES.get(post.post().highestClass()), post.post().tps().size(),
							post.post().fixed() ? ", pos tetap" : ""), HEAD);
					heading.setSpacingBefore(6);
					document.add(heading);
					PdfPTable officers = new PdfPTable(new float[] { 0.8f, 5, 3, 2, 4 });
					officers.setWidthPercentage(100);
					header(officers, "No", "Nama", "Pangkat / NRP", "Tugas", "Satuan");
					int m = 1;
					for (PostedOfficer o : post.officers()) {
						cell(officers, String.valueOf(m));
						cell(officers, o.name());
						cell(officers, o.rank() + " / " + o.nrp());
						cell(officers, (m == 1) ? "Ketua" : "Anggota");
						cell(officers, a.unitName(o.unitCode()));
						m++;
					}
					if (post.missing() > 0) {
						PdfPCell missing = new PdfPCell(
								new Phrase("Kurang " + post.missing() + " personel (diisi BKO)", BODY));
						missing.setColspan(5);
						officers.addCell(missing);
					}
					document.add(officers);
				}
			}
			Paragraph sign = new Paragraph(
					a.letterhead().place() + ", " + a.signedOn() + "\n" + a.letterhead().signatureBlock(), BODY);
			sign.setIndentationLeft(300);
			sign.setSpacingBefore(24);
			sign.setKeepTogether(true);
			document.add(sign);
		}
		catch (DocumentException ex) {
			throw new IOException("the Sprin PDF cannot be written", ex);
		}
		finally {
			document.close();
		}
		PdfPages.number(unnumbered.toByteArray(), out);
	}

	/**
	 * The same content as the PDF: a recap sheet headed like the PDF, one row per TPS and
	 * one row per officer, with Indonesian column headers.
	 * @param a what to write
	 * @param out where the workbook goes
	 * @throws IOException when writing fails
	 */
	public static void xlsx(Attachment a, OutputStream out) throws IOException {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
			Sheet recap = workbook.createSheet("Rekap");
			int r0 = 0;
			for (String line : a.heading().split("\n")) {
				recap.createRow(r0++).createCell(0).setCellValue(line);
			}
			recap.createRow(r0++).createCell(0).setCellValue(a.status());
			r0++;
			String[] recapHeader = { "No", "Polsek", "Kecamatan", "TPS kurang rawan", "TPS rawan", "TPS sangat rawan",
					"TPS khusus", "Jumlah TPS", "Jumlah pos", "Polri ditempatkan", "Polri kebutuhan", "Linmas" };
			Row rh = recap.createRow(r0++);
			for (int i = 0; i < recapHeader.length; i++) {
				rh.createCell(i).setCellValue(recapHeader[i]);
			}
			int n = 1;
			for (RecapRow r : recap(a)) {
				Row row = recap.createRow(r0++);
				boolean total = r.polsek().equals("JUMLAH");
				if (!total) {
					row.createCell(0).setCellValue(n++);
				}
				row.createCell(1).setCellValue(r.polsek());
				row.createCell(2).setCellValue(r.kecamatan());
				int c = 3;
				for (PoliceClass k : PoliceClass.values()) {
					row.createCell(c++).setCellValue(r.tpsByClass().getOrDefault(k, 0));
				}
				row.createCell(7).setCellValue(r.tps());
				row.createCell(8).setCellValue(r.posts());
				row.createCell(9).setCellValue(r.policePosted());
				row.createCell(10).setCellValue(r.policeNeeded());
				row.createCell(11).setCellValue(r.linmas());
			}
			Sheet places = workbook.createSheet("TPS per pos");
			Row h = places.createRow(0);
			String[] header = { "No pos", "Polsek", "Kecamatan", "Desa/Kelurahan", "TPS", "Alamat", "Kelas kerawanan",
					"TPS induk", "Pos tetap" };
			for (int i = 0; i < header.length; i++) {
				h.createCell(i).setCellValue(header[i]);
			}
			Sheet people = workbook.createSheet("Personel per pos");
			Row h2 = people.createRow(0);
			String[] header2 = { "No pos", "Polsek", "TPS induk", "No", "NRP", "Nama", "Pangkat", "Tugas", "Satuan" };
			for (int i = 0; i < header2.length; i++) {
				h2.createCell(i).setCellValue(header2[i]);
			}
			int r = 1;
			int r2 = 1;
			int number = 1;
			for (StaffedPost post : a.posts()) {
				Tps anchor = a.tps().get(post.post().anchor());
				String anchorName = (anchor != null) ? tpsName(anchor) + " " + anchor.desaName() : post.post().anchor();
				String polsek = a.unitName(post.post().polsek());
				for (String code : post.post().tps()) {
					Tps t = a.tps().get(code);
					Row row = places.createRow(r++);
					row.createCell(0).setCellValue(number);
					row.createCell(1).setCellValue(polsek);
					row.createCell(2).setCellValue((t != null) ? t.kecamatanName() : "");
					row.createCell(3).setCellValue((t != null) ? t.desaName() : "");
					row.createCell(4).setCellValue((t != null) ? tpsName(t) : code);
					row.createCell(5).setCellValue((t != null) ? t.address() : "");
					row.createCell(6).setCellValue(CLASS_NAMES.get(a.classOf(code)));
					row.createCell(7).setCellValue(anchorName);
					row.createCell(8).setCellValue(post.post().fixed() ? "Ya" : "Tidak");
				}
				int m = 1;
				for (PostedOfficer o : post.officers()) {
					Row row = people.createRow(r2++);
					row.createCell(0).setCellValue(number);
					row.createCell(1).setCellValue(polsek);
					row.createCell(2).setCellValue(anchorName);
					row.createCell(3).setCellValue(m);
					row.createCell(4).setCellValue(o.nrp());
					row.createCell(5).setCellValue(o.name());
					row.createCell(6).setCellValue(o.rank());
					row.createCell(7).setCellValue((m == 1) ? "Ketua" : "Anggota");
					row.createCell(8).setCellValue(a.unitName(o.unitCode()));
					m++;
				}
				number++;
			}
			workbook.write(out);
		}
	}

	private static String tpsName(Tps t) {
		return "TPS %03d".formatted(t.number());
	}

	private static String number(int n) {
		return String.format(Locale.forLanguageTag("id"), "%,d", n);
	}

	private static void number(PdfPTable table, int n) {
		PdfPCell c = new PdfPCell(new Phrase(number(n), BODY));
		c.setHorizontalAlignment(Element.ALIGN_RIGHT);
		table.addCell(c);
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
