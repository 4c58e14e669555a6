package id.praja.report;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.praja.operation.Activity;
import id.praja.operation.AgendaItem;
import id.praja.operation.OperationManagement;
import id.praja.operation.TaskForce;
import id.praja.personnel.Unit;
import id.praja.report.internal.AnevDocuments;
import id.praja.report.internal.ReportUnits;

/**
 * The evaluation (Anev): the Laphar's figures compared day against day, week against
 * week, stage against stage of the operation, Polsek against Polsek, or every Polsek
 * ranked. Figures: kamtibmas by category and their total, traffic accidents with MD, LB,
 * LR and loss, protests, activities per task force (from the operation's activity log)
 * and incidents of the command center (through {@link IncidentSource}). Scoped like the
 * Laphar: a Kapolsek compares his own Polsek only.
 */
@Service
public class Evaluations {

	/** The longest period compared, in days. */
	public static final int MAX_DAYS = 200;

	/** Figure codes before the task forces. */
	static final List<String> HEAD = List.of("KEJAHATAN", "PELANGGARAN", "GANGGUAN", "BENCANA", "KAMTIBMAS",
			"LAKA_LANTAS", "MD", "LB", "LR", "KERUGIAN", "UNJUK_RASA");

	/** Indonesian labels of the figures (task forces are labelled by their name). */
	public static final Map<String, String> LABELS = Map.ofEntries(Map.entry("KEJAHATAN", "Kejahatan"),
			Map.entry("PELANGGARAN", "Pelanggaran"), Map.entry("GANGGUAN", "Gangguan"), Map.entry("BENCANA", "Bencana"),
			Map.entry("KAMTIBMAS", "Jumlah gangguan kamtibmas"), Map.entry("LAKA_LANTAS", "Kecelakaan lalu lintas"),
			Map.entry("MD", "Meninggal dunia (MD)"), Map.entry("LB", "Luka berat (LB)"),
			Map.entry("LR", "Luka ringan (LR)"), Map.entry("KERUGIAN", "Kerugian materiil (Rp)"),
			Map.entry("UNJUK_RASA", "Unjuk rasa"), Map.entry("KEGIATAN", "Jumlah kegiatan Satgas"),
			Map.entry("INSIDEN", "Insiden (pusat komando)"), Map.entry("INSIDEN_MERAH", "Insiden merah"));

	private final DailyReports reports;

	private final OperationManagement operation;

	private final ObjectProvider<IncidentSource> sources;

	private final ReportUnits units;

	Evaluations(DailyReports reports, ReportUnits units, OperationManagement operation,
			ObjectProvider<IncidentSource> sources) {
		this.units = units;
		this.reports = reports;
		this.operation = operation;
		this.sources = sources;
	}

	/**
	 * @return the stages (TAHAP) of the operation's agenda, in order
	 */
	@Transactional(readOnly = true)
	public List<AgendaItem> stages() {
		return this.operation.agenda()
			.stream()
			.filter(a -> !a.milestone() && a.endsAt() != null)
			.sorted(Comparator.comparing(AgendaItem::startsAt))
			.toList();
	}

	/**
	 * @return the figure codes, in the Laphar's order (task forces included)
	 */
	@Transactional(readOnly = true)
	public List<String> figureCodes() {
		List<String> codes = new ArrayList<>(HEAD);
		this.operation.taskForces().forEach(t -> codes.add("KEGIATAN_" + t.code()));
		codes.addAll(List.of("KEGIATAN", "INSIDEN", "INSIDEN_MERAH"));
		return codes;
	}

	/**
	 * @return figure code to Indonesian label, task forces included
	 */
	@Transactional(readOnly = true)
	public Map<String, String> labels() {
		Map<String, String> labels = new LinkedHashMap<>(LABELS);
		this.operation.taskForces().forEach(t -> labels.put("KEGIATAN_" + t.code(), "Kegiatan " + t.name()));
		return labels;
	}

	/**
	 * Compares two sides.
	 * @param q what to compare (mode DAY, WEEK, STAGE or UNIT)
	 * @return the comparison
	 * @throws IllegalArgumentException for a missing or bad choice
	 * @throws id.praja.shared.NotFound for a unit that does not exist or is out of scope
	 */
	@Transactional(readOnly = true)
	public Evaluation compare(AnevQuery q) {
		if (q == null || q.mode() == null) {
			throw new IllegalArgumentException("choose what to compare: DAY, WEEK, STAGE, UNIT or RANK");
		}
		Evaluation.Side a;
		Evaluation.Side b;
		switch (q.mode()) {
			case DAY -> {
				LocalDate day = need(q.day(), "choose a day");
				LocalDate against = (q.against() != null) ? q.against() : day.minusDays(1);
				String unit = this.units.unit(q.unit());
				a = side(DailyReports.date(day), unit, day, day);
				b = side(DailyReports.date(against), unit, against, against);
			}
			case WEEK -> {
				LocalDate day = need(q.day(), "choose the last day of the week");
				LocalDate against = (q.against() != null) ? q.against() : day.minusDays(7);
				String unit = this.units.unit(q.unit());
				a = side(range(day.minusDays(6), day), unit, day.minusDays(6), day);
				b = side(range(against.minusDays(6), against), unit, against.minusDays(6), against);
			}
			case STAGE -> {
				List<AgendaItem> stages = stages();
				AgendaItem stage = (q.stage() != null && !q.stage().isBlank()) ? stage(stages, q.stage())
						: stages.stream()
							.filter(s -> q.day() != null && !q.day().isBefore(s.startsAt().toLocalDate())
									&& !q.day().isAfter(s.endsAt().toLocalDate()))
							.findFirst()
							.orElse(stages.get(0));
				AgendaItem other = (q.againstStage() != null && !q.againstStage().isBlank())
						? stage(stages, q.againstStage()) : previous(stages, stage);
				String unit = this.units.unit(q.unit());
				a = side(stage.name(), unit, stage.startsAt().toLocalDate(), stage.endsAt().toLocalDate());
				b = side(other.name(), unit, other.startsAt().toLocalDate(), other.endsAt().toLocalDate());
			}
			case UNIT -> {
				LocalDate from = need(q.from(), "choose the first day of the period");
				LocalDate to = need(q.to(), "choose the last day of the period");
				if (q.unit() == null || q.unit().isBlank() || q.againstUnit() == null || q.againstUnit().isBlank()) {
					throw new IllegalArgumentException("choose the two units to compare");
				}
				String unit = this.units.unit(q.unit());
				String other = this.units.unit(q.againstUnit());
				a = side(null, unit, from, to);
				b = side(null, other, from, to);
			}
			default -> throw new IllegalArgumentException("a ranking is not a comparison of two sides");
		}
		check(a);
		check(b);
		Map<String, Long> fa = figures(a);
		Map<String, Long> fb = a.unitCode().equals(b.unitCode()) && a.from().equals(b.from()) && a.to().equals(b.to())
				? fa : figures(b);
		Map<String, String> labels = labels();
		List<Evaluation.Row> rows = new ArrayList<>();
		for (String code : figureCodes()) {
			rows.add(Evaluation.Row.of(code, labels.get(code), group(code), fa.get(code), fb.get(code), a.days(),
					b.days()));
		}
		return new Evaluation(q.mode(), a, b, rows);
	}

	/**
	 * Ranks every Polsek in scope by one figure over a period.
	 * @param from first day
	 * @param to last day
	 * @param by a figure code, or null for KAMTIBMAS
	 * @return the ranking, highest first
	 */
	@Transactional(readOnly = true)
	public Evaluation.Ranking rank(LocalDate from, LocalDate to, String by) {
		need(from, "choose the first day of the period");
		need(to, "choose the last day of the period");
		List<String> codes = figureCodes();
		String figure = (by == null || by.isBlank()) ? "KAMTIBMAS" : by.strip();
		if (!codes.contains(figure)) {
			throw new IllegalArgumentException("unknown figure " + figure + "; one of " + String.join(", ", codes));
		}
		String scope = this.units.unit(null);
		Evaluation.Side period = side(range(from, to), scope, from, to);
		check(period);
		long days = period.days();
		Evaluation.Side previous = side(range(from.minusDays(days), from.minusDays(1)), scope, from.minusDays(days),
				from.minusDays(1));
		Material now = load(period);
		Material before = load(previous);
		List<Evaluation.RankRow> rows = new ArrayList<>();
		for (Unit u : this.units.polseks()) {
			Map<String, Long> values = values(now, u.code());
			long value = values.get(figure);
			long prev = values(before, u.code()).get(figure);
			rows.add(new Evaluation.RankRow(0, u.code(), u.name(), values, value, prev, Evaluation.change(value, prev),
					Evaluation.percent(value, prev)));
		}
		rows.sort(Comparator.comparingLong(Evaluation.RankRow::value)
			.reversed()
			.thenComparing(Evaluation.RankRow::unitName));
		List<Evaluation.RankRow> ranked = new ArrayList<>();
		int rank = 0;
		for (int i = 0; i < rows.size(); i++) {
			Evaluation.RankRow r = rows.get(i);
			if (i == 0 || r.value() != rows.get(i - 1).value()) {
				rank = i + 1;
			}
			ranked.add(new Evaluation.RankRow(rank, r.unitCode(), r.unitName(), r.values(), r.value(), r.previous(),
					r.change(), r.percent()));
		}
		Map<String, String> labels = labels();
		return new Evaluation.Ranking(figure, period, previous, codes, codes.stream().map(labels::get).toList(),
				ranked);
	}

	/**
	 * Writes the comparison table.
	 * @param e the comparison
	 * @param xlsx XLSX, else CSV
	 * @param out where it goes
	 * @throws IOException when writing fails
	 */
	public void write(Evaluation e, boolean xlsx, OutputStream out) throws IOException {
		AnevDocuments.write(AnevDocuments.table(e), "Anev", xlsx, out);
	}

	/**
	 * Writes the ranking table.
	 * @param r the ranking
	 * @param xlsx XLSX, else CSV
	 * @param out where it goes
	 * @throws IOException when writing fails
	 */
	public void write(Evaluation.Ranking r, boolean xlsx, OutputStream out) throws IOException {
		AnevDocuments.write(AnevDocuments.table(r), "Peringkat", xlsx, out);
	}

	/** The records of a period, for all units in scope. */
	record Material(List<ReportEvent> events, List<Activity> activities, List<IncidentSource.Incident> incidents) {
	}

	private Map<String, Long> figures(Evaluation.Side side) {
		return values(load(side), ReportUnits.polsekFilter(side.unitCode()));
	}

	/**
	 * Reads the records of a side's period: the desk's events, the activity log of the
	 * period and the incidents of every day.
	 */
	Material load(Evaluation.Side side) {
		String filter = ReportUnits.polsekFilter(side.unitCode());
		List<ReportEvent> events = this.reports.events(side.from(), side.to(), side.unitCode(), null);
		List<Activity> activities = this.operation.activitiesBetween(side.from(), side.to())
			.stream()
			.filter(x -> filter == null || filter.equals(x.unitCode()))
			.toList();
		Set<String> units = (filter == null) ? null : Set.of(filter);
		List<IncidentSource.Incident> incidents = new ArrayList<>();
		for (IncidentSource source : IncidentSource.all(this.sources)) {
			for (LocalDate d = side.from(); !d.isAfter(side.to()); d = d.plusDays(1)) {
				incidents.addAll(source.incidents(d, units));
			}
		}
		return new Material(events, activities, incidents);
	}

	/**
	 * @param m records of a period
	 * @param polsek a Polsek, or null for all
	 * @return every figure, in order
	 */
	Map<String, Long> values(Material m, String polsek) {
		Map<String, Long> v = new LinkedHashMap<>();
		List<ReportEvent> events = m.events()
			.stream()
			.filter(e -> polsek == null || polsek.equals(e.unitCode()))
			.toList();
		long kamtibmas = 0;
		for (EventCategory c : EventCategory.KAMTIBMAS) {
			long n = events.stream().filter(e -> e.category() == c).mapToLong(ReportEvent::count).sum();
			v.put(c.name(), n);
			kamtibmas += n;
		}
		v.put("KAMTIBMAS", kamtibmas);
		List<ReportEvent> traffic = events.stream().filter(e -> e.category() == EventCategory.LAKA_LANTAS).toList();
		v.put("LAKA_LANTAS", traffic.stream().mapToLong(ReportEvent::count).sum());
		v.put("MD", traffic.stream().mapToLong(ReportEvent::dead).sum());
		v.put("LB", traffic.stream().mapToLong(ReportEvent::badlyHurt).sum());
		v.put("LR", traffic.stream().mapToLong(ReportEvent::lightlyHurt).sum());
		v.put("KERUGIAN", traffic.stream().mapToLong(ReportEvent::lossRp).sum());
		v.put("UNJUK_RASA",
				events.stream()
					.filter(e -> e.category() == EventCategory.UNJUK_RASA)
					.mapToLong(ReportEvent::count)
					.sum());
		long activities = 0;
		for (TaskForce t : this.operation.taskForces()) {
			long n = m.activities()
				.stream()
				.filter(a -> a.taskForce().equals(t.code()))
				.filter(a -> polsek == null || polsek.equals(a.unitCode()))
				.count();
			v.put("KEGIATAN_" + t.code(), n);
			activities += n;
		}
		v.put("KEGIATAN", activities);
		List<IncidentSource.Incident> incidents = m.incidents()
			.stream()
			.filter(i -> polsek == null || polsek.equals(i.unitCode()))
			.toList();
		v.put("INSIDEN", (long) incidents.size());
		v.put("INSIDEN_MERAH", incidents.stream().filter(IncidentSource.Incident::red).count());
		return v;
	}

	private Evaluation.Side side(String label, String unit, LocalDate from, LocalDate to) {
		String name = this.units.name(unit);
		return new Evaluation.Side((label != null) ? label : name, unit, name, from, to);
	}

	private static void check(Evaluation.Side side) {
		if (side.to().isBefore(side.from())) {
			throw new IllegalArgumentException("choose a period whose end is not before its start");
		}
		if (side.days() > MAX_DAYS) {
			throw new IllegalArgumentException("a period is limited to " + MAX_DAYS + " days");
		}
	}

	private static AgendaItem stage(List<AgendaItem> stages, String code) {
		return stages.stream()
			.filter(s -> s.code().equalsIgnoreCase(code.strip()))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("unknown stage " + code));
	}

	private static AgendaItem previous(List<AgendaItem> stages, AgendaItem stage) {
		int i = stages.indexOf(stage);
		if (i > 0) {
			return stages.get(i - 1);
		}
		return (stages.size() > 1) ? stages.get(1) : stage;
	}

	static String group(String code) {
		return switch (code) {
			case "KEJAHATAN", "PELANGGARAN", "GANGGUAN", "BENCANA", "KAMTIBMAS" -> "KAMTIBMAS";
			case "LAKA_LANTAS", "MD", "LB", "LR", "KERUGIAN" -> "LAKA_LANTAS";
			case "UNJUK_RASA" -> "UNJUK_RASA";
			case "INSIDEN", "INSIDEN_MERAH" -> "INSIDEN";
			default -> "KEGIATAN";
		};
	}

	private static String range(LocalDate from, LocalDate to) {
		return from.equals(to) ? DailyReports.date(from) : DailyReports.date(from) + " – " + DailyReports.date(to);
	}

	private static <T> T need(T value, String message) {
		if (value == null) {
			throw new IllegalArgumentException(message);
		}
		return value;
	}

}
