package id.praja.report.internal;

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
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import id.praja.operation.ActivityKind;
import id.praja.report.DailyReport;
import id.praja.report.DailyReports;
import id.praja.report.IncidentSource;

/**
 * The Laphar as PDF (house style of the Sprin attachment: letterhead, centred title,
 * grey-headed tables) and as XLSX with the same sections, one row per line.
 */
public final class ReportDocuments {

	private static final Font TITLE = new Font(Font.HELVETICA, 12, Font.BOLD);

	private static final Font HEAD = new Font(Font.HELVETICA, 10, Font.BOLD);

	private static final Font BODY = new Font(Font.HELVETICA, 9);

	/** Laphar names of the categories. */
	public static final Map<String, String> LABELS = Map.of("KEJAHATAN", "Kejahatan", "PELANGGARAN", "Pelanggaran",
			"GANGGUAN", "Gangguan", "BENCANA", "Bencana", "TOTAL", "Jumlah", "LAKA_LANTAS", "Kecelakaan lalu lintas",
			"UNJUK_RASA", "Unjuk rasa");

	private ReportDocuments() {
	}

	/**
	 * The sections as rows of cells, shared by both formats.
	 * @param r the report
	 * @param operation the operation's name
	 * @return section title → rows (the first row is the header)
	 */
	static Map<String, List<String[]>> sections(DailyReport r, String operation) {
		Map<String, List<String[]>> sections = new java.util.LinkedHashMap<>();
		List<String[]> k = new ArrayList<>();
		k.add(new String[] { "Jenis", DailyReports.date(r.previousDay()), DailyReports.date(r.day()), "Selisih", "%" });
		for (DailyReport.Line l : r.kamtibmas()) {
			k.add(line(l));
		}
		k.add(line(r.kamtibmasTotal()));
		sections.put("I. GANGGUAN KAMTIBMAS", k);
		List<String[]> t = new ArrayList<>();
		t.add(new String[] { "Uraian", DailyReports.date(r.previousDay()), DailyReports.date(r.day()) });
		t.add(new String[] { "Jumlah kejadian", n(r.trafficPrevious().accidents()), n(r.traffic().accidents()) });
		t.add(new String[] { "Meninggal dunia (MD)", n(r.trafficPrevious().dead()), n(r.traffic().dead()) });
		t.add(new String[] { "Luka berat (LB)", n(r.trafficPrevious().badlyHurt()), n(r.traffic().badlyHurt()) });
		t.add(new String[] { "Luka ringan (LR)", n(r.trafficPrevious().lightlyHurt()), n(r.traffic().lightlyHurt()) });
		t.add(new String[] { "Kerugian materiil (Rp)", rp(r.trafficPrevious().lossRp()), rp(r.traffic().lossRp()) });
		sections.put("II. KECELAKAAN LALU LINTAS", t);
		List<String[]> p = new ArrayList<>();
		p.add(new String[] { "Uraian", DailyReports.date(r.previousDay()), DailyReports.date(r.day()), "Selisih",
				"%" });
		p.add(line(r.protests()));
		r.protestEvents()
			.forEach(e -> p.add(new String[] {
					e.subcategory() + " — " + e.unitCode() + ((e.note() != null) ? " — " + e.note() : ""), "",
					n(e.count()), "", "" }));
		sections.put("III. UNJUK RASA", p);
		List<String[]> f = new ArrayList<>();
		f.add(new String[] { "Kekuatan", "Jumlah" });
		if (r.personnel() == null) {
			f.add(new String[] { "Belum ada rencana pengamanan yang diterbitkan", "" });
		}
		else {
			f.add(new String[] { "Polri", n(r.personnel().polri()) });
			f.add(new String[] { "BKO", n(r.personnel().bko()) });
			f.add(new String[] { "TNI", n(r.personnel().tni()) });
			f.add(new String[] { "Linmas", n(r.personnel().linmas()) });
			f.add(new String[] { "Jumlah (rencana versi " + r.personnel().planVersion() + ")",
					n(r.personnel().total()) });
		}
		sections.put("IV. PERSONEL YANG DILIBATKAN", f);
		List<String[]> a = new ArrayList<>();
		a.add(new String[] { "Satgas", "Sambang", "Cooling system", "Patroli dialogis", "Pengawalan", "Penjagaan",
				"Jumlah" });
		for (DailyReport.TaskForceActivity x : r.activities()) {
			a.add(new String[] { x.name(), k(x, ActivityKind.SAMBANG), k(x, ActivityKind.COOLING_SYSTEM),
					k(x, ActivityKind.PATROLI_DIALOGIS), k(x, ActivityKind.PENGAWALAN), k(x, ActivityKind.PENJAGAAN),
					n(x.total()) });
		}
		sections.put("V. KEGIATAN SATGAS", a);
		if (r.tps() != null) {
			List<String[]> s = new ArrayList<>();
			s.add(new String[] { "Status TPS (" + r.tps().stage() + ")", "Jumlah" });
			r.tps().byStatus().forEach((status, count) -> s.add(new String[] { status, n(count) }));
			s.add(new String[] { "Belum melapor", n(r.tps().unreported()) });
			s.add(new String[] { "Jumlah TPS", n(r.tps().total()) });
			sections.put("VI. STATUS TPS", s);
		}
		List<String[]> g = new ArrayList<>();
		g.add(new String[] { "Nomor", "Polsek", "Perkara", "Terlapor", "Tahap", "Batas waktu" });
		for (IncidentSource.GakkumduCase c : r.gakkumdu()) {
			g.add(new String[] { c.reference(), java.util.Objects.toString(c.unitCode(), "-"),
					java.util.Objects.toString(c.offence(), ""), java.util.Objects.toString(c.suspects(), ""),
					java.util.Objects.toString(c.stage(), ""),
					(c.deadline() != null) ? DailyReports.date(c.deadline()) : "" });
		}
		if (r.gakkumdu().isEmpty()) {
			g.add(new String[] { "Nihil", "", "", "", "", "" });
		}
		sections.put((r.tps() != null ? "VII" : "VI") + ". PERKARA SENTRA GAKKUMDU", g);
		return sections;
	}

	/**
	 * @param r the report
	 * @param operation the operation's name
	 * @param taskForces task force names by code (unused columns kept stable)
	 * @param place the town where it is signed
	 * @param signature the signing official's title, name, rank and NRP
	 * @param out where the PDF goes
	 * @throws IOException when writing fails
	 */
	public static void pdf(DailyReport r, String operation, Map<String, String> taskForces, String place,
			String signature, OutputStream out) throws IOException {
		Document document = new Document(PageSize.A4, 36, 36, 36, 36);
		try {
			PdfWriter.getInstance(document, out);
			document.open();
			for (String line : r.header()) {
				document.add(new Paragraph(line, HEAD));
			}
			Paragraph title = new Paragraph("LAPORAN HARIAN (LAPHAR) OPERASI " + operation.toUpperCase(), TITLE);
			title.setAlignment(Element.ALIGN_CENTER);
			title.setSpacingBefore(12);
			document.add(title);
			Paragraph sub = new Paragraph(r.unitName() + " — " + DailyReports.date(r.day()), BODY);
			sub.setAlignment(Element.ALIGN_CENTER);
			document.add(sub);
			Paragraph status = new Paragraph(r.statusLine(), BODY);
			status.setSpacingBefore(10);
			document.add(status);
			for (Map.Entry<String, List<String[]>> s : sections(r, operation).entrySet()) {
				Paragraph heading = new Paragraph(s.getKey(), HEAD);
				heading.setSpacingBefore(10);
				heading.setSpacingAfter(4);
				document.add(heading);
				List<String[]> rows = s.getValue();
				PdfPTable table = new PdfPTable(rows.get(0).length);
				table.setWidthPercentage(100);
				for (String h : rows.get(0)) {
					PdfPCell c = new PdfPCell(new Phrase(h, HEAD));
					c.setGrayFill(0.9f);
					table.addCell(c);
				}
				for (String[] row : rows.subList(1, rows.size())) {
					for (String cell : row) {
						table.addCell(new PdfPCell(new Phrase(cell, BODY)));
					}
				}
				document.add(table);
			}
			Paragraph sign = new Paragraph(place + ", " + DailyReports.date(r.day()) + "\n" + signature, BODY);
			sign.setAlignment(Element.ALIGN_RIGHT);
			sign.setSpacingBefore(24);
			document.add(sign);
		}
		catch (DocumentException ex) {
			throw new IOException("the daily report PDF cannot be written", ex);
		}
		finally {
			document.close();
		}
	}

	/**
	 * @param r the report
	 * @param operation the operation's name
	 * @param out where the XLSX goes
	 * @throws IOException when writing fails
	 */
	public static void xlsx(DailyReport r, String operation, OutputStream out) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("Laphar");
			int i = 0;
			for (String line : r.header()) {
				sheet.createRow(i++).createCell(0).setCellValue(line);
			}
			sheet.createRow(i++).createCell(0).setCellValue("LAPORAN HARIAN OPERASI " + operation.toUpperCase());
			sheet.createRow(i++).createCell(0).setCellValue(r.unitName() + " — " + DailyReports.date(r.day()));
			sheet.createRow(i++).createCell(0).setCellValue(r.statusLine());
			for (Map.Entry<String, List<String[]>> s : sections(r, operation).entrySet()) {
				i++;
				sheet.createRow(i++).createCell(0).setCellValue(s.getKey());
				for (String[] cells : s.getValue()) {
					Row row = sheet.createRow(i++);
					for (int c = 0; c < cells.length; c++) {
						String v = (cells[c] != null) ? cells[c] : "";
						if (c > 0 && v.matches("-?\\d+")) {
							row.createCell(c).setCellValue(Long.parseLong(v));
						}
						else {
							row.createCell(c).setCellValue(v);
						}
					}
				}
			}
			sheet.setColumnWidth(0, 40 * 256);
			workbook.write(out);
		}
	}

	private static String[] line(DailyReport.Line l) {
		return new String[] { LABELS.getOrDefault(l.code(), l.code()), n(l.previous()), n(l.today()), l.change(),
				l.percent() };
	}

	private static String k(DailyReport.TaskForceActivity x, ActivityKind kind) {
		return n(x.kinds().getOrDefault(kind, 0));
	}

	private static String n(long v) {
		return Long.toString(v);
	}

	private static String rp(long v) {
		return String.format(java.util.Locale.ROOT, "%,d", v).replace(',', '.');
	}

}
