package id.praja.press.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import id.praja.deployment.DeploymentPlan;
import id.praja.deployment.DeploymentPlans;
import id.praja.deployment.StoredPlan;
import id.praja.operation.Activity;
import id.praja.operation.ActivityKind;
import id.praja.operation.AgendaItem;
import id.praja.operation.Operation;
import id.praja.operation.OperationManagement;
import id.praja.personnel.Letterhead;
import id.praja.personnel.PersonnelManagement;
import id.praja.press.Fact;
import id.praja.press.Gaps;
import id.praja.press.PressTemplate;
import id.praja.press.Quote;
import id.praja.territory.TerritoryManagement;

/**
 * Fills a template with facts from the operation's records: the operation, its agenda,
 * the activity log, the published deployment plan, the territory, the press desk's own
 * facts and recorded quotes. A placeholder without a fact becomes a marked gap «[…]»;
 * nothing is invented.
 */
@Component
public class DraftWriter {

	static final String[] DAYS = { "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu" };

	static final String[] MONTHS = { "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
			"September", "Oktober", "November", "Desember" };

	/** Template code → the agenda item it reports. */
	static final Map<String, String> AGENDA = Map.of("LATPRAOPS", "LATPRAOPS", "APEL-GELAR", "APEL-GELAR", "LOGISTIK",
			"LOGISTIK-PPK", "PEMUNGUTAN", "PEMUNGUTAN");

	/** What each gap asks the editor for. */
	static final Map<String, String> GAP_NAMES = Map.ofEntries(Map.entry("tempat", "TEMPAT"),
			Map.entry("hari_tanggal", "HARI (TANGGAL)"),
			Map.entry("kapolres", "KAPOLRES: belum tercatat dalam daftar personel"),
			Map.entry("kabag_ops", "KABAG OPS: belum tercatat dalam daftar personel"),
			Map.entry("pemimpin", "PEMIMPIN KEGIATAN: pangkat, nama, jabatan"),
			Map.entry("mewakili", "PEJABAT YANG DIWAKILI"), Map.entry("peserta", "PESERTA"),
			Map.entry("materi", "MATERI KEGIATAN"), Map.entry("penekanan", "PENEKANAN OPERASI"),
			Map.entry("dukungan", "DUKUNGAN SATUAN ATAS"),
			Map.entry("personel_polri", "JUMLAH PERSONEL POLRI: belum ada rencana pengamanan yang diterbitkan"),
			Map.entry("personel_linmas", "JUMLAH LINMAS: belum ada rencana pengamanan yang diterbitkan"),
			Map.entry("jumlah_pengawalan", "JUMLAH PENGAWALAN LOGISTIK: belum tercatat"),
			Map.entry("personel_pengawalan", "PERSONEL PENGAWALAN"), Map.entry("rute_pengawalan", "RUTE PENGAWALAN"),
			Map.entry("status_kamtibmas", "SITUASI KAMTIBMAS: dari laporan harian"),
			Map.entry("status_singkat", "RINGKASAN SITUASI"),
			Map.entry("jumlah_perkara", "JUMLAH PERKARA: dari Sentra Gakkumdu"),
			Map.entry("rincian_perkara", "RINCIAN PERKARA: inisial tersangka, barang bukti, pasal"), Map.entry(
					"kutipan", "KUTIPAN: pernyataan Kapolres atau pejabat yang mewakili; belum ada kutipan tercatat"));

	/**
	 * The event's day (ISO), kept among the facts for the release, never a placeholder.
	 */
	static final String EVENT_DAY = "_event_day";

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)\\}");

	private final OperationManagement operation;

	private final DeploymentPlans plans;

	private final TerritoryManagement territory;

	private final PressRepository repository;

	private final org.springframework.beans.factory.ObjectProvider<FactContributor> contributors;

	private final PersonnelManagement personnel;

	DraftWriter(OperationManagement operation, DeploymentPlans plans, TerritoryManagement territory,
			PressRepository repository, org.springframework.beans.factory.ObjectProvider<FactContributor> contributors,
			PersonnelManagement personnel) {
		this.personnel = personnel;
		this.operation = operation;
		this.plans = plans;
		this.territory = territory;
		this.repository = repository;
		this.contributors = contributors;
	}

	/** More facts for a template (e.g. from the daily report), by another component. */
	public interface FactContributor {

		/**
		 * @param templateCode the template
		 * @param eventDay the day of the event, or null
		 * @param facts facts so far; add to them
		 */
		void contribute(String templateCode, LocalDate eventDay, Map<String, String> facts);

	}

	/**
	 * A filled draft.
	 *
	 * @param title title
	 * @param summary summary
	 * @param body text
	 * @param gaps marked gaps left
	 * @param eventDay the day of the event it reports, or null
	 */
	public record Draft(String title, String summary, String body, List<String> gaps, LocalDate eventDay) {
	}

	/**
	 * @param template the template
	 * @return the draft
	 */
	public Draft write(PressTemplate template) {
		Map<String, String> facts = facts(template.code());
		String title = fill(template.title(), facts);
		String body = fill(template.body(), facts);
		String day = facts.get(EVENT_DAY);
		return new Draft(title, summaryOf(body), body, Gaps.find(title + "\n" + body),
				(day != null) ? LocalDate.parse(day) : null);
	}

	/**
	 * @param code a template code
	 * @return every fact known for it, by placeholder
	 */
	public Map<String, String> facts(String code) {
		Map<String, String> facts = new LinkedHashMap<>();
		Operation op = this.operation.operation();
		facts.put("operasi", op.codeName());
		facts.put("polres", op.polres());
		facts.put("polda", op.polda());
		facts.put("tahun", Integer.toString(op.startsOn().getYear()));
		facts.put("kontestasi", contests(op.contests()));
		facts.put("periode", "sejak " + date(op.startsOn(), false) + " hingga " + date(op.endsOn(), true));
		facts.put("tanggal_mulai", date(op.startsOn(), true));
		facts.put("tanggal_akhir", date(op.endsOn(), true));
		facts.put("jumlah_hari", Long.toString(op.days()));
		unitFacts(facts);
		LocalDate eventDay = null;
		String agendaCode = AGENDA.get(code);
		if (agendaCode != null) {
			Optional<AgendaItem> item = this.operation.agenda()
				.stream()
				.filter(a -> a.code().equals(agendaCode))
				.findFirst();
			if (item.isPresent()) {
				AgendaItem a = item.get();
				eventDay = a.startsAt().toLocalDate();
				facts.put(EVENT_DAY, eventDay.toString());
				facts.put("hari_tanggal", dayAndDate(a.startsAt()));
				if (a.place() != null && !a.place().isBlank()) {
					facts.put("tempat", a.place());
				}
				if (a.endsAt() != null) {
					facts.put("periode_" + code.toLowerCase().replace('-', '_'),
							period(a.startsAt().toLocalDate(), a.endsAt().toLocalDate()));
				}
			}
		}
		planFacts(facts);
		activityFacts(code, facts);
		if ("PEMUNGUTAN".equals(code)) {
			AtomicInteger tps = new AtomicInteger();
			this.territory.forEachTps(null, t -> tps.incrementAndGet());
			if (tps.get() > 0) {
				facts.put("jumlah_tps", number(tps.get()));
			}
		}
		LocalDate day = eventDay;
		this.contributors.orderedStream().forEach(c -> c.contribute(code, day, facts));
		for (Fact f : this.repository.facts(code)) {
			facts.put(f.key(), f.value());
		}
		List<Quote> quotes = this.repository.quotes(code);
		if (!quotes.isEmpty()) {
			List<String> lines = new ArrayList<>();
			for (int i = 0; i < quotes.size(); i++) {
				Quote q = quotes.get(i);
				// the house style varies the verb: the first "kata", the last of several
				// "pungkas", those between "ujar"
				String verb = (i == 0) ? "kata" : (i == quotes.size() - 1) ? "pungkas" : "ujar";
				lines.add("“" + q.text().strip().replaceAll("[.,]$", "") + ",” " + verb + " " + speaker(q.speaker())
						+ ".");
			}
			facts.put("kutipan", String.join("\n\n", lines));
		}
		return facts;
	}

	/**
	 * Facts of the unit records: the Polres with its Polda's short name ("Polres Jember
	 * Polda Jatim"), the dateline town, and the Kapolres and Kabag Ops from the roster,
	 * the same records every other page names them from.
	 */
	private void unitFacts(Map<String, String> facts) {
		Letterhead lh = this.personnel.letterhead();
		facts.put("polres", lh.unitName());
		facts.put("kota", lh.place());
		facts.put("dateline", lh.place().toUpperCase(java.util.Locale.ROOT));
		facts.put("polres_polda", (lh.parentName() != null)
				? lh.unitName() + " " + PoldaNames.shortName(lh.parentName()) : lh.unitName());
		if (lh.parentName() != null) {
			facts.put("polda", lh.parentName());
		}
		this.personnel.official("Kapolres").ifPresent(o -> facts.put("kapolres", o.displayName()));
		this.personnel.official("Kabag Ops").ifPresent(o -> facts.put("kabag_ops", o.displayName()));
	}

	/**
	 * @param speaker as recorded: a name, or an office of the Polres ("Kapolres", "Kabag
	 * Ops") that the roster resolves to its holder
	 * @return how the release names him
	 */
	String speaker(String speaker) {
		String s = speaker.strip();
		if (s.matches("(?i)(Kapolres|Wakapolres|Kabag \\p{L}+|Kasat \\p{L}+|Kasi \\p{L}+)")) {
			return this.personnel.official(s).map(o -> s + " " + o.displayName()).orElse(s);
		}
		return s;
	}

	private void planFacts(Map<String, String> facts) {
		Optional<StoredPlan> published = this.plans.published();
		if (published.isEmpty()) {
			return;
		}
		DeploymentPlan plan = published.get().plan();
		int posted = plan.staffed().stream().mapToInt(s -> s.officers().size()).sum();
		facts.put("personel_polri", number(posted + plan.reserve()));
		facts.put("personel_linmas", number(plan.posts().linmas()));
	}

	private void activityFacts(String code, Map<String, String> facts) {
		// the whole log of the operation (and a year around it: preparations, disputes)
		id.praja.operation.Operation op = this.operation.operation();
		List<Activity> activities = this.operation.activitiesBetween(op.startsOn().minusYears(1),
				op.endsOn().plusYears(1));
		if ("LOGISTIK".equals(code)) {
			List<Activity> escorts = activities.stream()
				.filter(a -> a.kind() == ActivityKind.PENGAWALAN)
				.filter(a -> (a.note() != null && a.note().toLowerCase().contains("logistik"))
						|| a.place().toLowerCase().contains("kpu"))
				.toList();
			if (!escorts.isEmpty()) {
				facts.put("jumlah_pengawalan", Integer.toString(escorts.size()));
				facts.put("personel_pengawalan", Integer.toString(escorts.stream().mapToInt(Activity::officers).sum()));
				facts.put("rute_pengawalan",
						String.join("; ", escorts.stream().map(Activity::place).distinct().toList()));
			}
		}
		if ("AKHIR-OPERASI".equals(code) && !activities.isEmpty()) {
			Map<ActivityKind, Integer> kinds = new EnumMap<>(ActivityKind.class);
			activities.forEach(a -> kinds.merge(a.kind(), 1, Integer::sum));
			List<String> parts = new ArrayList<>();
			kinds.forEach((k, v) -> parts.add(v + " " + KIND_NAMES.get(k)));
			facts.put("jumlah_kegiatan", Integer.toString(activities.size()));
			facts.put("rincian_kegiatan", String.join(", ", parts));
		}
	}

	static final Map<ActivityKind, String> KIND_NAMES = Map.of(ActivityKind.SAMBANG, "sambang",
			ActivityKind.COOLING_SYSTEM, "cooling system", ActivityKind.PATROLI_DIALOGIS, "patroli dialogis",
			ActivityKind.PENGAWALAN, "pengawalan", ActivityKind.PENJAGAAN, "penjagaan");

	/**
	 * @param template a template text
	 * @param facts facts by placeholder
	 * @return the text with every placeholder filled or marked as a gap
	 */
	public static String fill(String template, Map<String, String> facts) {
		Matcher m = PLACEHOLDER.matcher(template);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			String key = m.group(1);
			String value = facts.get(key);
			if (value == null || value.isBlank()) {
				value = Gaps.of(GAP_NAMES.getOrDefault(key, key.toUpperCase().replace('_', ' ')));
			}
			m.appendReplacement(out, Matcher.quoteReplacement(value));
		}
		m.appendTail(out);
		return out.toString();
	}

	/**
	 * @param body a body
	 * @return its first paragraph without the dateline, cut at a sentence end
	 */
	public static String summaryOf(String body) {
		String first = body.strip().split("\\R\\s*\\R")[0].replaceFirst("^[A-Z]+ — ", "").strip();
		if (first.length() <= 300) {
			return first;
		}
		int end = first.lastIndexOf(". ", 300);
		return (end > 80) ? first.substring(0, end + 1) : first.substring(0, 297) + "…";
	}

	/**
	 * Pilgub/Pilbup/Pilwali short names spelled out.
	 */
	static String contests(List<String> contests) {
		List<String> names = new ArrayList<>();
		for (String c : contests) {
			String s = c.strip();
			if (s.startsWith("Pilgub ")) {
				names.add("Pemilihan Gubernur dan Wakil Gubernur " + s.substring(7));
			}
			else if (s.startsWith("Pilbup ")) {
				names.add("Pemilihan Bupati dan Wakil Bupati " + s.substring(7));
			}
			else if (s.startsWith("Pilwali ")) {
				names.add("Pemilihan Wali Kota dan Wakil Wali Kota " + s.substring(8));
			}
			else {
				names.add(s);
			}
		}
		if (names.size() <= 1) {
			return String.join("", names);
		}
		return String.join(", ", names.subList(0, names.size() - 1)) + " serta " + names.get(names.size() - 1);
	}

	static String dayAndDate(LocalDateTime at) {
		DayOfWeek d = at.getDayOfWeek();
		// the house style of a Humas release: Rabu (14/8/2024)
		return DAYS[d.getValue() - 1] + " (" + at.getDayOfMonth() + "/" + at.getMonthValue() + "/" + at.getYear() + ")";
	}

	static String date(LocalDate day, boolean withYear) {
		return day.getDayOfMonth() + " " + MONTHS[day.getMonthValue() - 1] + (withYear ? " " + day.getYear() : "");
	}

	static String period(LocalDate from, LocalDate to) {
		if (from.equals(to)) {
			return date(from, true);
		}
		if (from.getMonth() == to.getMonth() && from.getYear() == to.getYear()) {
			return from.getDayOfMonth() + "–" + date(to, true);
		}
		return date(from, from.getYear() != to.getYear()) + " – " + date(to, true);
	}

	static String number(long n) {
		return String.format(java.util.Locale.ROOT, "%,d", n).replace(',', '.');
	}

}
