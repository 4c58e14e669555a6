package id.praja.command.internal;

import java.text.Normalizer;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.praja.command.IncidentType;
import id.praja.command.Logistics;
import id.praja.command.ReportType;
import id.praja.command.Severity;
import id.praja.command.TpsStatus;

/**
 * Reads a field report typed as a text message by a tired officer (format in
 * docs/sms.md). Pure: it knows only the text and the TPS of the sender's sector, and
 * never throws on any text; what it cannot read becomes an {@link Unparsed} with a reason
 * and its best guesses, for the operator queue.
 */
public final class SmsParser {

	/**
	 * A TPS the sender may report on.
	 *
	 * @param code the TPS code (35.09.18.2001-TPS-001)
	 * @param number the TPS number within its desa
	 * @param desaName the desa's name
	 */
	public record Candidate(String code, int number, String desaName) {
	}

	/** What a message became. */
	public sealed interface Result permits Parsed, Unparsed {

	}

	/**
	 * A message that reads as a field report.
	 *
	 * @param tps the TPS code
	 * @param type what the report tells
	 * @param status for STATUS
	 * @param logistics for LOGISTICS
	 * @param incidentType for INCIDENT
	 * @param severity for INCIDENT
	 * @param note for INCIDENT: the words after type and severity, or null
	 * @param time the time the officer typed, or null (then the receive time counts)
	 */
	public record Parsed(String tps, ReportType type, TpsStatus status, Logistics logistics, IncidentType incidentType,
			Severity severity, String note, LocalTime time) implements Result {
	}

	/**
	 * A message that does not read as a report.
	 *
	 * @param reason why
	 * @param tps the TPS if one was recognised, else null
	 * @param status the status if one was recognised, else null
	 */
	public record Unparsed(Reason reason, String tps, TpsStatus status) implements Result {
	}

	/** Why a message went to the operator queue. */
	public enum Reason {

		/** Nothing but spaces and punctuation. */
		EMPTY,
		/** No TPS number or code in the message. */
		NO_TPS,
		/** A TPS that is not in the sender's sector, or a desa name not recognised. */
		UNKNOWN_TPS,
		/**
		 * A TPS number that exists in more than one desa of the sector, no desa given.
		 */
		AMBIGUOUS_TPS,
		/** No status, arrival, logistics or incident word. */
		NO_STATUS,
		/** A time that is not a time of day (25.10). */
		BAD_TIME

	}

	private static final Pattern CODE = Pattern.compile(
			"(?<![0-9])(\\d{2})[.,\\s]?(\\d{2})[.,\\s]?(\\d{2})[.,\\s]?(\\d{4})\\s*[-/.,\\s]?\\s*(?:TPS\\s*[-/.,]?\\s*)?(\\d{1,3})(?![0-9])");

	private static final Pattern TIME = Pattern.compile(
			"(?:\\b(?:JAM|JM|PKL|PUKUL)\\s*)?(?<![0-9.])(\\d{1,2})\\s*[.:;,]\\s*(\\d{2})(?![0-9])(?:\\s*(?:WIB|WITA|WIT)\\b)?");

	private static final Map<String, String> KEYWORDS = Map.ofEntries(Map.entry("LAP", "LAP"),
			Map.entry("LAPOR", "LAP"), Map.entry("LAPORAN", "LAP"), Map.entry("LPR", "LAP"), Map.entry("LP", "LAP"),
			Map.entry("INS", "INS"), Map.entry("INSIDEN", "INS"), Map.entry("KEJADIAN", "INS"),
			Map.entry("KEJ", "INS"));

	private static final Map<String, TpsStatus> STATUSES = Map.ofEntries(Map.entry("PERSIAPAN", TpsStatus.PERSIAPAN),
			Map.entry("SIAP", TpsStatus.PERSIAPAN), Map.entry("BUKA", TpsStatus.DIBUKA),
			Map.entry("DIBUKA", TpsStatus.DIBUKA), Map.entry("DIBUKAK", TpsStatus.DIBUKA),
			Map.entry("PEMBUKAAN", TpsStatus.DIBUKA), Map.entry("PEMUNGUTAN", TpsStatus.PEMUNGUTAN),
			Map.entry("COBLOS", TpsStatus.PEMUNGUTAN), Map.entry("NYOBLOS", TpsStatus.PEMUNGUTAN),
			Map.entry("PENCOBLOSAN", TpsStatus.PEMUNGUTAN), Map.entry("MULAI", TpsStatus.PEMUNGUTAN),
			Map.entry("TUTUP", TpsStatus.PENGHITUNGAN), Map.entry("DITUTUP", TpsStatus.PENGHITUNGAN),
			Map.entry("HITUNG", TpsStatus.PENGHITUNGAN), Map.entry("DIHITUNG", TpsStatus.PENGHITUNGAN),
			Map.entry("PENGHITUNGAN", TpsStatus.PENGHITUNGAN), Map.entry("PERHITUNGAN", TpsStatus.PENGHITUNGAN),
			Map.entry("SELESAI", TpsStatus.SELESAI), Map.entry("RAMPUNG", TpsStatus.SELESAI),
			Map.entry("BERES", TpsStatus.SELESAI), Map.entry("TUNTAS", TpsStatus.SELESAI));

	private static final List<String> ARRIVALS = List.of("TIBA", "HADIR", "SAMPAI", "DATANG", "SIAGA");

	private static final List<String> LOGISTICS = List.of("LOGISTIK", "LOGISTIC", "LOG", "KOTAK", "SURAT");

	private static final List<String> ESCORTS = List.of("KAWAL", "DIKAWAL", "KELUAR", "BERANGKAT", "DIANGKUT");

	private static final Map<String, IncidentType> INCIDENTS = Map.ofEntries(
			Map.entry("POLITIK UANG", IncidentType.MONEY_POLITICS),
			Map.entry("MONEY POLITIK", IncidentType.MONEY_POLITICS),
			Map.entry("MONEY POLITIC", IncidentType.MONEY_POLITICS),
			Map.entry("SERANGAN FAJAR", IncidentType.MONEY_POLITICS), Map.entry("POLUANG", IncidentType.MONEY_POLITICS),
			Map.entry("KEKERASAN", IncidentType.VIOLENCE), Map.entry("BENTROK", IncidentType.VIOLENCE),
			Map.entry("PERKELAHIAN", IncidentType.VIOLENCE), Map.entry("PENGANIAYAAN", IncidentType.VIOLENCE),
			Map.entry("INTIMIDASI", IncidentType.INTIMIDATION), Map.entry("ANCAMAN", IncidentType.INTIMIDATION),
			Map.entry("LOGISTIK", IncidentType.LOGISTICS_PROBLEM), Map.entry("MASSA", IncidentType.CROWD),
			Map.entry("KERUMUNAN", IncidentType.CROWD), Map.entry("KERIBUTAN", IncidentType.CROWD),
			Map.entry("RICUH", IncidentType.CROWD), Map.entry("BENCANA", IncidentType.DISASTER),
			Map.entry("BANJIR", IncidentType.DISASTER), Map.entry("LONGSOR", IncidentType.DISASTER),
			Map.entry("KEBAKARAN", IncidentType.DISASTER), Map.entry("LISTRIK", IncidentType.OUTAGE),
			Map.entry("PADAM", IncidentType.OUTAGE), Map.entry("MATI LAMPU", IncidentType.OUTAGE),
			Map.entry("LAIN", IncidentType.OTHER), Map.entry("LAINNYA", IncidentType.OTHER));

	private static final Map<String, Severity> SEVERITIES = Map.of("HIJAU", Severity.GREEN, "KUNING", Severity.YELLOW,
			"MERAH", Severity.RED, "RINGAN", Severity.GREEN, "SEDANG", Severity.YELLOW, "BERAT", Severity.RED);

	private static final List<String> TPS_WORDS = List.of("TPS", "NO", "NOMOR", "NOMER", "DESA", "DS", "KEL",
			"KELURAHAN");

	private SmsParser() {
	}

	/**
	 * @param text the message as received
	 * @param sector the TPS the sender may report on
	 * @return what the message becomes; never null, never throws
	 */
	public static Result parse(String text, List<Candidate> sector) {
		String s = normalise(text);
		if (s.isBlank() || s.replaceAll("[^A-Z0-9]", "").isEmpty()) {
			return new Unparsed(Reason.EMPTY, null, null);
		}
		// the TPS code, written in full
		String code = null;
		Matcher codeMatch = CODE.matcher(s);
		if (codeMatch.find()) {
			code = codeMatch.group(1) + codeMatch.group(2) + codeMatch.group(3) + codeMatch.group(4)
					+ String.format("%03d", Integer.parseInt(codeMatch.group(5)));
			s = s.substring(0, codeMatch.start()) + " " + s.substring(codeMatch.end());
		}
		// the time of day
		LocalTime time = null;
		boolean badTime = false;
		Matcher timeMatch = TIME.matcher(s);
		if (timeMatch.find()) {
			int hour = Integer.parseInt(timeMatch.group(1));
			int minute = Integer.parseInt(timeMatch.group(2));
			if (hour < 24 && minute < 60) {
				time = LocalTime.of(hour, minute);
			}
			else {
				badTime = true;
			}
			s = s.substring(0, timeMatch.start()) + " " + s.substring(timeMatch.end());
		}
		List<String> words = words(s);
		boolean incident = false;
		int i = 0;
		if (!words.isEmpty()) {
			String keyword = keyword(words.get(0));
			if (keyword != null) {
				incident = keyword.equals("INS");
				i = 1;
			}
		}
		// the TPS by number and desa: the words before the first report word
		Integer number = null;
		List<String> desa = new ArrayList<>();
		int reportStart = words.size();
		for (int j = i; j < words.size(); j++) {
			String word = words.get(j);
			if (isReportWord(words, j, incident)) {
				reportStart = j;
				break;
			}
			if (word.chars().allMatch(Character::isDigit)) {
				if (number == null && word.length() <= 3) {
					number = Integer.parseInt(word);
				}
			}
			else if (!TPS_WORDS.contains(word)) {
				desa.add(word);
			}
		}
		List<String> rest = words.subList(reportStart, words.size());
		if (!incident && incidentType(rest) != null && status(rest) == null && !arrival(rest) && !logistics(rest)) {
			incident = true;
		}
		// which TPS
		String tps = null;
		Reason tpsProblem = null;
		if (code != null) {
			// compared by digits: 35.09.18.2001-TPS-001, 35.09.18.2001-001 and
			// 3509182001001
			// are one TPS
			String wanted = code;
			tps = sector.stream()
				.filter(c -> digits(c.code()).equals(wanted))
				.map(Candidate::code)
				.findFirst()
				.orElse(null);
			if (tps == null) {
				tpsProblem = Reason.UNKNOWN_TPS;
			}
		}
		else if (number == null) {
			tpsProblem = Reason.NO_TPS;
		}
		else {
			int n = number;
			List<Candidate> byNumber = sector.stream().filter(c -> c.number() == n).toList();
			if (byNumber.isEmpty()) {
				tpsProblem = Reason.UNKNOWN_TPS;
			}
			else if (desa.isEmpty()) {
				if (byNumber.size() == 1) {
					tps = byNumber.get(0).code();
				}
				else {
					tpsProblem = Reason.AMBIGUOUS_TPS;
				}
			}
			else {
				Candidate best = closestDesa(desa, byNumber);
				if (best == null) {
					tpsProblem = Reason.UNKNOWN_TPS;
				}
				else {
					tps = best.code();
				}
			}
		}
		TpsStatus status = status(rest);
		if (tpsProblem != null) {
			return new Unparsed(tpsProblem, tps, status);
		}
		if (badTime) {
			return new Unparsed(Reason.BAD_TIME, tps, status);
		}
		if (incident) {
			IncidentType type = incidentType(rest);
			if (type == null) {
				return new Unparsed(Reason.NO_STATUS, tps, status);
			}
			Severity severity = Severity.YELLOW;
			List<String> noteWords = new ArrayList<>();
			boolean severityTaken = false;
			for (int j = 0; j < rest.size(); j++) {
				int typeWords = incidentWordsAt(rest, j);
				if (typeWords > 0 && noteWords.isEmpty() && !severityTaken) {
					j += typeWords - 1;
					continue;
				}
				Severity sev = severity(rest.get(j));
				if (sev != null && !severityTaken && noteWords.isEmpty()) {
					severity = sev;
					severityTaken = true;
					continue;
				}
				noteWords.add(rest.get(j));
			}
			String note = noteWords.isEmpty() ? null : noteFrom(text, noteWords);
			return new Parsed(tps, ReportType.INCIDENT, null, null, type, severity, note, time);
		}
		if (logistics(rest)) {
			Logistics logistics = rest.stream().anyMatch(w -> fuzzyIn(w, ESCORTS)) ? Logistics.ESCORTED_AWAY
					: Logistics.ARRIVED;
			return new Parsed(tps, ReportType.LOGISTICS, null, logistics, null, null, null, time);
		}
		if (status != null) {
			return new Parsed(tps, ReportType.STATUS, status, null, null, null, null, time);
		}
		if (arrival(rest)) {
			return new Parsed(tps, ReportType.CHECK_IN, null, null, null, null, null, time);
		}
		return new Unparsed(Reason.NO_STATUS, tps, null);
	}

	/** Upper case, no accents, letters glued to digits split apart (TPS01 → TPS 01). */
	private static String normalise(String text) {
		if (text == null) {
			return "";
		}
		String s = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toUpperCase(Locale.ROOT);
		s = s.replaceAll("([A-Z])(\\d)", "$1 $2").replaceAll("(\\d)([A-Z])", "$1 $2");
		return s.replaceAll("[^A-Z0-9.:;,/\\-]+", " ").trim();
	}

	private static String digits(String code) {
		return code.replaceAll("[^0-9]", "");
	}

	private static List<String> words(String s) {
		List<String> words = new ArrayList<>();
		for (String w : s.split("[^A-Z0-9]+")) {
			if (!w.isEmpty()) {
				words.add(w);
			}
		}
		return words;
	}

	private static String noteFrom(String original, List<String> noteWords) {
		// the officer's own words, as typed, from the first word of the note on
		String upper = original.toUpperCase(Locale.ROOT);
		int at = upper.lastIndexOf(noteWords.get(0));
		String note = (at >= 0) ? original.substring(at).strip() : String.join(" ", noteWords).toLowerCase(Locale.ROOT);
		return note.isEmpty() ? null : note;
	}

	private static String keyword(String word) {
		String exact = KEYWORDS.get(word);
		if (exact != null) {
			return exact;
		}
		for (String k : List.of("LAPOR", "LAPORAN", "INSIDEN", "KEJADIAN")) {
			if (close(word, k)) {
				return KEYWORDS.get(k);
			}
		}
		return null;
	}

	private static boolean isReportWord(List<String> words, int j, boolean incident) {
		String w = words.get(j);
		if (w.chars().allMatch(Character::isDigit)) {
			return false;
		}
		return statusOf(w) != null || fuzzyIn(w, ARRIVALS) || fuzzyIn(w, LOGISTICS) || fuzzyIn(w, ESCORTS)
				|| incidentWordsAt(words, j) > 0 || (incident && severity(w) != null);
	}

	private static TpsStatus status(List<String> words) {
		for (String w : words) {
			TpsStatus s = statusOf(w);
			if (s != null) {
				return s;
			}
		}
		return null;
	}

	private static TpsStatus statusOf(String word) {
		TpsStatus exact = STATUSES.get(word);
		if (exact != null) {
			return exact;
		}
		for (Map.Entry<String, TpsStatus> e : STATUSES.entrySet()) {
			if (close(word, e.getKey())) {
				return e.getValue();
			}
		}
		return null;
	}

	private static boolean arrival(List<String> words) {
		return words.stream().anyMatch(w -> fuzzyIn(w, ARRIVALS));
	}

	private static boolean logistics(List<String> words) {
		return !words.isEmpty() && fuzzyIn(words.get(0), LOGISTICS);
	}

	private static IncidentType incidentType(List<String> words) {
		for (int j = 0; j < words.size(); j++) {
			if (incidentWordsAt(words, j) > 0) {
				return incidentAt(words, j);
			}
		}
		return null;
	}

	private static int incidentWordsAt(List<String> words, int j) {
		if (j + 1 < words.size() && incidentKey(words.get(j) + " " + words.get(j + 1)) != null) {
			return 2;
		}
		return (incidentKey(words.get(j)) != null) ? 1 : 0;
	}

	private static IncidentType incidentAt(List<String> words, int j) {
		if (j + 1 < words.size()) {
			String two = incidentKey(words.get(j) + " " + words.get(j + 1));
			if (two != null) {
				return INCIDENTS.get(two);
			}
		}
		return INCIDENTS.get(incidentKey(words.get(j)));
	}

	private static String incidentKey(String phrase) {
		if (INCIDENTS.containsKey(phrase)) {
			return phrase;
		}
		for (String k : INCIDENTS.keySet()) {
			if (close(phrase, k)) {
				return k;
			}
		}
		return null;
	}

	private static Severity severity(String word) {
		Severity exact = SEVERITIES.get(word);
		if (exact != null) {
			return exact;
		}
		for (Map.Entry<String, Severity> e : SEVERITIES.entrySet()) {
			if (close(word, e.getKey())) {
				return e.getValue();
			}
		}
		return null;
	}

	private static boolean fuzzyIn(String word, List<String> keys) {
		return keys.stream().anyMatch(k -> k.equals(word) || close(word, k));
	}

	/**
	 * A typo away: one edit for words of five letters or more, two from nine letters;
	 * short words must be exact (BUKA and BUKU, LAIN and LAIN-LAIN are different words).
	 */
	static boolean close(String word, String key) {
		int allowed = (key.length() >= 9) ? 2 : (key.length() >= 5) ? 1 : 0;
		return allowed > 0 && Math.abs(word.length() - key.length()) <= allowed && distance(word, key) <= allowed;
	}

	/**
	 * The desa whose name is closest to some run of the typed words (an officer may add
	 * words such as SUDAH before the report word), when it is close enough and no other
	 * desa is as close.
	 */
	private static Candidate closestDesa(List<String> typed, List<Candidate> candidates) {
		Candidate best = null;
		int bestDistance = Integer.MAX_VALUE;
		int bestLength = 0;
		boolean tie = false;
		for (Candidate c : candidates) {
			String name = c.desaName().toUpperCase(Locale.ROOT).replaceAll("[^A-Z]", "");
			int d = Integer.MAX_VALUE;
			int length = 0;
			for (int from = 0; from < typed.size(); from++) {
				StringBuilder run = new StringBuilder();
				for (int to = from; to < typed.size(); to++) {
					run.append(typed.get(to));
					int dr = distance(run.toString(), name);
					if (dr < d) {
						d = dr;
						length = run.length();
					}
				}
			}
			if (d < bestDistance) {
				best = c;
				bestDistance = d;
				bestLength = Math.min(length, name.length());
				tie = false;
			}
			else if (d == bestDistance && !c.desaName().equalsIgnoreCase(best.desaName())) {
				tie = true;
			}
		}
		int allowed = Math.max(1, bestLength / 4);
		return (best != null && !tie && bestDistance <= allowed) ? best : null;
	}

	/**
	 * Optimal string alignment distance (Damerau–Levenshtein without repeated edits of
	 * one substring): insertions, deletions, substitutions and swaps of neighbours each
	 * cost one. Apache Commons Text is not on the classpath and its LevenshteinDistance
	 * counts a swap as two, the most common slip on a phone keypad.
	 */
	static int distance(String a, String b) {
		int[][] d = new int[a.length() + 1][b.length() + 1];
		for (int i = 0; i <= a.length(); i++) {
			d[i][0] = i;
		}
		for (int j = 0; j <= b.length(); j++) {
			d[0][j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			for (int j = 1; j <= b.length(); j++) {
				int cost = (a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1;
				d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
				if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
				}
			}
		}
		return d[a.length()][b.length()];
	}

}
