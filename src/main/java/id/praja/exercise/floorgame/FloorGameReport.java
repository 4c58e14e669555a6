package id.praja.exercise.floorgame;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

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

import id.praja.command.IncidentType;
import id.praja.command.Severity;

/**
 * The after-action report (Laporan Pasca Latihan) of a floor game, in Indonesian like the
 * other documents of the Polres: header, response times per incident with a summary, the
 * decisions (dispatches: who sent which unit when), the whole timeline, and the
 * facilitator's lessons. Marked as exercise data on every page's heading.
 */
final class FloorGameReport {

	private static final Font TITLE = new Font(Font.HELVETICA, 12, Font.BOLD);

	private static final Font HEAD = new Font(Font.HELVETICA, 10, Font.BOLD);

	private static final Font BODY = new Font(Font.HELVETICA, 8);

	private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

	private static final Map<String, String> STATE = Map.of("SETUP", "persiapan", "RUNNING", "berjalan", "PAUSED",
			"dijeda", "ENDED", "selesai");

	/** The desk's names of incident types (one vocabulary), in Indonesian. */
	private static final ResourceBundle NAMES = ResourceBundle.getBundle("messages", Locale.forLanguageTag("id"));

	private FloorGameReport() {
	}

	/**
	 * @param type an incident type
	 * @return its name on the command desk (Indonesian)
	 */
	static String typeName(IncidentType type) {
		return name("command.incident.", type.name());
	}

	/**
	 * @param severity a severity's name ({@link Severity})
	 * @return its name on the command desk (Indonesian), the one vocabulary of severities
	 */
	static String severityName(String severity) {
		return name("command.severity.", severity);
	}

	private static String name(String prefix, String code) {
		String key = prefix + code;
		return NAMES.containsKey(key) ? NAMES.getString(key) : code;
	}

	static void pdf(FloorGameView game, List<String> heading, OutputStream out) throws IOException {
		Document document = new Document(PageSize.A4, 36, 36, 36, 36);
		try {
			PdfWriter.getInstance(document, out);
			document.open();
			for (String line : heading) {
				document.add(new Paragraph(line, HEAD));
			}
			Paragraph title = new Paragraph("LAPORAN PASCA LATIHAN — TACTICAL FLOOR GAME", TITLE);
			title.setAlignment(Element.ALIGN_CENTER);
			title.setSpacingBefore(12);
			document.add(title);
			Paragraph flag = new Paragraph("DATA LATIHAN — bukan data operasi", BODY);
			flag.setAlignment(Element.ALIGN_CENTER);
			document.add(flag);

			PdfPTable header = new PdfPTable(new float[] { 3, 7 });
			header.setWidthPercentage(100);
			header.setSpacingBefore(10);
			row(header, "Latihan", game.name());
			row(header, "Fasilitator", game.facilitator());
			row(header, "Dibuat", DAY.format(game.createdAt().atOffset(FloorGames.WIB)) + " WIB");
			row(header, "Rencana yang dilatih", game.planName());
			row(header, "Jam permainan", clock(game.clockStart()) + " – " + clock(game.gameTime()) + " WIB ("
					+ STATE.getOrDefault(game.state().name(), game.state().name()) + ")");
			row(header, "Unit", game.units().size() + " tim cadangan");
			row(header, "Inject", game.injects().size() + " disiapkan, " + game.incidents().size() + " terjadi");
			document.add(header);

			heading(document, "1. Waktu respons per insiden");
			PdfPTable responses = new PdfPTable(new float[] { 1, 3, 2, 2, 1.4f, 1.4f, 1.4f, 1.6f, 1.4f });
			responses.setWidthPercentage(100);
			header(responses, "#", "TPS", "Jenis", "Kelas", "Terjadi", "Tiba", "Respons (mnt)", "Target (mnt)",
					"Sesuai");
			for (GameIncident i : game.incidents()) {
				cell(responses, String.valueOf(i.id()));
				cell(responses, i.inject().tps());
				cell(responses, typeName(i.inject().type()));
				cell(responses, name("class.", i.inject().policeClass().name()));
				cell(responses, clock(i.firedAt()));
				cell(responses, (i.arrivedAt() != null) ? clock(i.arrivedAt()) : "–");
				cell(responses, (i.responseMinutes() != null) ? minutes(i.responseMinutes()) : "belum");
				cell(responses, String.valueOf(i.inject().targetMinutes()));
				cell(responses, (i.withinTarget() == null) ? "–" : i.withinTarget() ? "ya" : "tidak");
			}
			document.add(responses);
			ResponseSummary s = game.summary();
			document.add(new Paragraph(
					"Ringkasan: " + s.incidents() + " insiden, " + s.responded() + " didatangi unit; rata-rata respons "
							+ ((s.meanMinutes() != null) ? minutes(s.meanMinutes()) + " menit" : "–") + ", terlama "
							+ ((s.worstMinutes() != null) ? minutes(s.worstMinutes()) + " menit" : "–") + "; "
							+ s.withinTarget() + " dari " + s.responded() + " dalam target kelas TPS; "
							+ (s.incidents() - s.responded()) + " tanpa unit di lokasi.",
					BODY));

			heading(document, "2. Keputusan (pengiriman unit)");
			PdfPTable decisions = new PdfPTable(new float[] { 1.4f, 2, 2, 4, 1, 1.6f });
			decisions.setWidthPercentage(100);
			header(decisions, "Jam", "Oleh", "Unit", "Markas", "Insiden", "Perjalanan (mnt)");
			Map<String, String> bases = new HashMap<>();
			game.units().forEach(u -> bases.put(u.unit().code(), u.unit().name()));
			for (GameEvent e : game.events()) {
				if (e.kind() == EventKind.DISPATCH) {
					cell(decisions, clock(e.gameTime()));
					cell(decisions, e.actor());
					cell(decisions, e.text("unit"));
					cell(decisions, bases.getOrDefault(e.text("unit"), ""));
					cell(decisions, "#" + e.number("inject"));
					cell(decisions, minutes(e.decimal("travelMinutes")));
				}
			}
			document.add(decisions);

			heading(document, "3. Kronologi");
			PdfPTable timeline = new PdfPTable(new float[] { 0.8f, 1.4f, 1.8f, 8 });
			timeline.setWidthPercentage(100);
			header(timeline, "No", "Jam", "Oleh", "Kejadian");
			Map<Long, Inject> injects = new HashMap<>();
			game.injects().forEach(i -> injects.put(i.id(), i));
			for (GameEvent e : game.events()) {
				cell(timeline, String.valueOf(e.seq()));
				cell(timeline, clock(e.gameTime()));
				cell(timeline, e.actor());
				cell(timeline, describe(e, injects));
			}
			document.add(timeline);

			heading(document, "4. Pelajaran (lessons learned)");
			document.add(new Paragraph(game.lessons().isBlank() ? "(belum diisi fasilitator)" : game.lessons(), BODY));
		}
		catch (DocumentException ex) {
			throw new IOException("the after-action report cannot be written", ex);
		}
		finally {
			document.close();
		}
	}

	/**
	 * @param e a log entry
	 * @param injects the game's injects by id
	 * @return the entry in words (Indonesian)
	 */
	static String describe(GameEvent e, Map<Long, Inject> injects) {
		return switch (e.kind()) {
			case START -> "Jam permainan berjalan (" + e.number("speed") + "×)";
			case PAUSE -> "Jam permainan dijeda";
			case SPEED -> "Kecepatan diubah menjadi " + e.number("speed") + "×";
			case INJECT_FIRED -> {
				Inject i = injects.get(e.number("inject"));
				yield (i == null) ? "Insiden #" + e.number("inject")
						: "Insiden #%d %s di %s (%s), tingkat %s%s".formatted(i.id(), typeName(i.type()), i.tps(),
								i.kecamatan(), severityName(i.severity().name()),
								i.description().isBlank() ? "" : ": " + i.description());
			}
			case DISPATCH -> "%s dikirim ke insiden #%d, perjalanan %s menit".formatted(e.text("unit"),
					e.number("inject"), minutes(e.decimal("travelMinutes")));
			case ARRIVED -> "%s tiba di insiden #%d, tingkat %s".formatted(e.text("unit"), e.number("inject"),
					severityName(e.text("severity")));
			case RESOLVED ->
				"Insiden #%d selesai ditangani; %s kembali ke markas".formatted(e.number("inject"), e.text("unit"));
			case NOTE -> "Catatan: " + e.text("text");
			case END -> "Latihan diakhiri";
		};
	}

	private static String clock(Instant game) {
		return CLOCK.format(game.atOffset(FloorGames.WIB));
	}

	private static String minutes(double m) {
		return String.format(Locale.ROOT, "%.1f", m);
	}

	private static void heading(Document document, String text) throws DocumentException {
		Paragraph p = new Paragraph(text, HEAD);
		p.setSpacingBefore(12);
		p.setSpacingAfter(4);
		document.add(p);
	}

	private static void row(PdfPTable table, String label, String value) {
		PdfPCell l = new PdfPCell(new Phrase(label, HEAD));
		l.setBorder(0);
		table.addCell(l);
		PdfPCell v = new PdfPCell(new Phrase(value, BODY));
		v.setBorder(0);
		table.addCell(v);
	}

	private static void header(PdfPTable table, String... labels) {
		for (String label : labels) {
			PdfPCell c = new PdfPCell(new Phrase(label, HEAD));
			c.setGrayFill(0.9f);
			table.addCell(c);
		}
		table.setHeaderRows(1);
	}

	private static void cell(PdfPTable table, String text) {
		table.addCell(new PdfPCell(new Phrase(text, BODY)));
	}

}
