package id.praja.report;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.praja.deployment.DeploymentPlan;
import id.praja.deployment.DeploymentPlans;
import id.praja.deployment.PostedOfficer;
import id.praja.deployment.StaffedPost;
import id.praja.deployment.StoredPlan;
import id.praja.operation.Activity;
import id.praja.operation.ActivityKind;
import id.praja.operation.AgendaItem;
import id.praja.operation.Operation;
import id.praja.operation.OperationManagement;
import id.praja.operation.TaskForce;
import id.praja.personnel.Letterhead;
import id.praja.personnel.LinmasDesa;
import id.praja.personnel.Officer;
import id.praja.personnel.PersonnelManagement;
import id.praja.personnel.Unit;
import id.praja.personnel.UnitKind;
import id.praja.report.internal.ReportDocuments;
import id.praja.report.internal.ReportRepository;
import id.praja.report.internal.ReportUnits;
import id.praja.shared.AccessScope;
import id.praja.shared.AccessScopes;
import id.praja.shared.AuditableEvent;
import id.praja.shared.CurrentUser;
import id.praja.shared.Formats;
import id.praja.territory.TerritoryManagement;

/**
 * The daily report (Laphar) for a day and a unit, the records behind each of its numbers,
 * the events the desk records, and the counts the evaluation and the dashboard compare. A
 * Kapolsek sees his own Polsek only; the Polres view rolls up every Polsek, the Polda
 * view is that roll-up under the Polda's letterhead.
 */
@Service
public class DailyReports {

	/** The whole Polres. */
	public static final String POLRES = "POLRES";

	/** The Polres roll-up as the Polda reads it. */
	public static final String POLDA = "POLDA";

	static final String[] MONTHS = { "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
			"September", "Oktober", "November", "Desember" };

	private final ReportRepository repository;

	private final OperationManagement operation;

	private final DeploymentPlans plans;

	private final PersonnelManagement personnel;

	private final TerritoryManagement territory;

	private final ObjectProvider<IncidentSource> sources;

	private final ObjectProvider<AccessScopes> scopes;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	private final ReportUnits units;

	DailyReports(ReportUnits units, ReportRepository repository, OperationManagement operation, DeploymentPlans plans,
			PersonnelManagement personnel, TerritoryManagement territory, ObjectProvider<IncidentSource> sources,
			ObjectProvider<AccessScopes> scopes, ApplicationEventPublisher events, MessageSource messages) {
		this.units = units;
		this.messages = messages;
		this.repository = repository;
		this.operation = operation;
		this.plans = plans;
		this.personnel = personnel;
		this.territory = territory;
		this.sources = sources;
		this.scopes = scopes;
		this.events = events;
	}

	/** Published when the desk records an event. */
	public record ReportEventRecorded(String action, String subjectType, String subjectId, Object before,
			Object after) implements AuditableEvent {
	}

	/**
	 * @param day the day
	 * @param requestedUnit POLRES, POLDA or a Polsek code (see {@code ReportUnits.unit})
	 * @return the Laphar in Indonesian, the language of the documents, with its number
	 * when it has been issued
	 */
	@Transactional(readOnly = true)
	public DailyReport laphar(LocalDate day, String requestedUnit) {
		return laphar(day, requestedUnit, Formats.INDONESIAN);
	}

	/**
	 * @param day the day
	 * @param requestedUnit POLRES, POLDA or a Polsek code (see {@code ReportUnits.unit})
	 * @param locale the reader's language (texts of the page; the documents are
	 * Indonesian)
	 * @return the Laphar, with its number when it has been issued
	 */
	@Transactional(readOnly = true)
	public DailyReport laphar(LocalDate day, String requestedUnit, Locale locale) {
		if (day == null) {
			throw new IllegalArgumentException("choose a day");
		}
		String unit = this.units.unit(requestedUnit);
		String filter = polsekFilter(unit);
		Set<String> units = (filter == null) ? null : Set.of(filter.split(","));
		Operation op = this.operation.operation();
		Letterhead letterhead = this.personnel.letterhead();
		Text text = new Text(this.messages, new Formats(this.personnel.timeZone(), locale));
		LocalDate previous = day.minusDays(1);
		List<ReportEvent> today = this.repository.events(day, day, filter, null);
		List<ReportEvent> before = this.repository.events(previous, previous, filter, null);

		List<DailyReport.Line> kamtibmas = new ArrayList<>();
		int sumToday = 0;
		int sumBefore = 0;
		for (EventCategory c : EventCategory.KAMTIBMAS) {
			int t = count(today, c);
			int p = count(before, c);
			kamtibmas.add(DailyReport.Line.of(c.name(), t, p));
			sumToday += t;
			sumBefore += p;
		}
		DailyReport.Line total = DailyReport.Line.of("TOTAL", sumToday, sumBefore);
		DailyReport.Traffic traffic = traffic(today);
		DailyReport.Traffic trafficBefore = traffic(before);
		DailyReport.Line accidents = DailyReport.Line.of(EventCategory.LAKA_LANTAS.name(), traffic.accidents(),
				trafficBefore.accidents());
		DailyReport.Line protests = DailyReport.Line.of(EventCategory.UNJUK_RASA.name(),
				count(today, EventCategory.UNJUK_RASA), count(before, EventCategory.UNJUK_RASA));

		Map<String, String> unitNames = new HashMap<>();
		this.personnel.units().forEach(u -> unitNames.put(u.code(), u.name()));
		List<Notable> notables = new ArrayList<>();
		today.stream()
			.filter(ReportEvent::notable)
			.forEach(e -> notables.add(new Notable(
					(e.occurredAt() != null) ? e.occurredAt().atZone(text.formats().zone()).toLocalDateTime() : null,
					unitNames.getOrDefault(e.unitCode(), e.unitCode()), e.subcategory(), e.note(), false, false)));
		List<IncidentSource.GakkumduCase> cases = new ArrayList<>();
		List<IncidentSource.TpsReport> tpsReports = new ArrayList<>();
		int openRed = 0;
		List<IncidentSource.Incident> incidents = new ArrayList<>();
		for (IncidentSource source : IncidentSource.all(this.sources)) {
			for (IncidentSource.Incident i : source.incidents(day, units)) {
				incidents.add(i);
				if (i.red()) {
					notables.add(new Notable(i.at(), (i.unitCode() != null)
							? unitNames.getOrDefault(i.unitCode(), i.unitCode()) : letterhead.unitName(), i.summary(),
							null, true, i.open()));
					openRed += i.open() ? 1 : 0;
				}
			}
			cases.addAll(source.gakkumduCases(day, units));
			tpsReports.addAll(source.tpsReports(day, units));
		}
		notables.sort(Comparator.comparing(Notable::at, Comparator.nullsLast(Comparator.naturalOrder())));
		List<String> notable = notables.stream().map(Notable::line).toList();
		List<String> openLines = notables.stream().filter(x -> x.red() && x.open()).map(Notable::line).toList();
		List<String> otherLines = notables.stream().filter(x -> !(x.red() && x.open())).map(Notable::line).toList();
		DailyReport.TpsSection tps = tps(day, filter, tpsReports, units);
		DailyReport.Conclusion conclusion = DailyReport.Conclusion.of((tps != null) ? tps.unreported() : 0, openRed,
				notables.size() - openRed);
		String name = unitName(op, unit);
		String status = conclusion(text, name, day, conclusion, openLines, otherLines);
		List<String> narrative = notables.stream().map(n -> n.sentence(text)).toList();

		DailyReport report = new DailyReport(day, previous, unit, name, header(op, unit), status, kamtibmas, total,
				traffic, trafficBefore, accidents, protests,
				today.stream().filter(e -> e.category() == EventCategory.UNJUK_RASA).toList(), personnel(filter),
				activities(day, filter), tps, cases, notable, conclusion, narrative, letter(unit, letterhead, text),
				List.of());
		List<LapharTable> tables = new ArrayList<>(tables(report, text, unitNames));
		if (POLDA.equals(unit)) {
			tables.add(perPolres(text, tables.size() + 1, today, before, incidents));
		}
		report = report.withTables(tables);
		Optional<String> number = this.repository.lapharNumber(letterhead.unitName(), unit, day);
		return number.isPresent() ? report.numbered(number.get()) : report;
	}

	/**
	 * Issues the Laphar of a day: gives it the next number of the Polres' register for
	 * its year, unless it already has one, which it then keeps.
	 * @param day the day
	 * @param requestedUnit the unit (see {@code ReportUnits.unit})
	 * @param user who issues (prints) it
	 * @return the numbered report, in Indonesian
	 */
	@Transactional
	@org.springframework.security.access.prepost.PreAuthorize(ISSUERS)
	public DailyReport issue(LocalDate day, String requestedUnit, String user) {
		DailyReport report = laphar(day, requestedUnit);
		if (report.letter().number() != null) {
			return report;
		}
		String polres = this.personnel.letterhead().unitName();
		String issuer = this.messages.getMessage(
				POLDA.equals(report.unitCode()) ? "laphar.issuer.polda" : "laphar.issuer.polres", null,
				Formats.INDONESIAN);
		String number = this.repository.issueLaphar(polres, report.unitCode(), day, issuer, user);
		this.events.publishEvent(new LapharIssued("report.laphar-issued", "laphar", number, null,
				Map.of("unit", report.unitCode(), "day", day.toString())));
		return report.numbered(number);
	}

	/**
	 * Who issues a Laphar (gives it its number from the register when printing it): the
	 * planners who sign for the Polres, i.e. the Kabag Ops and his staff, the Kapolres
	 * and the administrator. Any other reader prints a draft without a number.
	 */
	public static final String ISSUERS = "hasAnyRole('ADMIN', 'KAOPS', 'PERENCANA')";

	private static final String[] ISSUER_ROLES = { "ADMIN", "KAOPS", "PERENCANA" };

	/**
	 * The Laphar as the current user prints it: an issuer ({@link #ISSUERS}) issues it
	 * (see {@link #issue}); any other reader gets it without a number, as a draft, and
	 * nothing is registered.
	 * @param day the day
	 * @param requestedUnit the unit (see {@link #unit(String)})
	 * @param user who prints it
	 * @return the numbered report, or the draft (number null) when the user may not issue
	 */
	@Transactional
	public DailyReport print(LocalDate day, String requestedUnit, String user) {
		return mayIssue() ? issue(day, requestedUnit, user) : laphar(day, requestedUnit);
	}

	/**
	 * @return whether the current user issues the Laphar he prints ({@link #ISSUERS})
	 */
	public boolean mayIssue() {
		return CurrentUser.authenticatedName().isPresent() && CurrentUser.hasRole(ISSUER_ROLES);
	}

	/** Published when a Laphar is given its number. */
	public record LapharIssued(String action, String subjectType, String subjectId, Object before,
			Object after) implements AuditableEvent {
	}

	/**
	 * A notable event or red incident of the day.
	 *
	 * @param at its local time, or null when only the day is known
	 * @param unitName where
	 * @param what what happened
	 * @param note more, or null
	 * @param red a red incident of the command center
	 * @param open still being handled
	 */
	record Notable(LocalDateTime at, String unitName, String what, String note, boolean red, boolean open) {

		String line() {
			return this.what + " (" + this.unitName + ")" + ((this.note != null) ? ": " + this.note : "");
		}

		String sentence(Text text) {
			String what = this.what + ((this.note != null) ? " — " + this.note : "");
			String state = this.red ? text.get(this.open ? "laphar.narrative.open" : "laphar.narrative.closed") : "";
			if (this.at == null) {
				return text.get(this.red ? "laphar.narrative.red.day" : "laphar.narrative.event.day", this.unitName,
						what, state);
			}
			String time = text.formats().time(this.at.atZone(text.formats().zone()).toInstant());
			return text.get(this.red ? "laphar.narrative.red" : "laphar.narrative.event", time, this.unitName, what,
					state);
		}

	}

	/** Texts in one language and formats in the Polres' zone. */
	record Text(MessageSource messages, Formats formats) {

		String get(String key, Object... args) {
			return this.messages.getMessage(key, args, key, this.formats.locale());
		}

		String or(String key, String fallback) {
			return this.messages.getMessage(key, null, fallback, this.formats.locale());
		}

		String date(LocalDate day) {
			return this.formats.date(day);
		}

		String number(long n) {
			return this.formats.number(n);
		}

	}

	private static String conclusion(Text text, String unitName, LocalDate day, DailyReport.Conclusion c,
			List<String> openRed, List<String> notable) {
		String date = text.date(day);
		if (c.secure()) {
			return text.get("laphar.conclusion.secure", unitName, date);
		}
		List<String> parts = new ArrayList<>();
		if (c.unreportedTps() > 0) {
			parts.add(text.get("laphar.conclusion.unreported", text.number(c.unreportedTps())));
		}
		if (c.openRed() > 0) {
			parts.add(text.get("laphar.conclusion.openRed", text.number(c.openRed()), String.join("; ", openRed)));
		}
		if (!notable.isEmpty()) {
			parts.add(text.get("laphar.conclusion.notable", text.number(notable.size()), String.join("; ", notable)));
		}
		String key = (c.unreportedTps() > 0 || c.openRed() > 0) ? "laphar.conclusion.open"
				: "laphar.conclusion.controlled";
		return text.get(key, unitName, date, String.join("; ", parts));
	}

	/**
	 * To whom the report goes and who signs it, from the unit tree: a Polres reports to
	 * the Kapolda (u.p. Karoops), the Polda view to the Kapolri (u.p. Asops), a Polsek to
	 * its Kapolres (u.p. Kabag Ops); the Kabag Ops signs for the Polres, the Kapolsek for
	 * his Polsek.
	 */
	private DailyReport.Letter letter(String unit, Letterhead lh, Text text) {
		String polres = lh.unitName();
		String addressee;
		String attention;
		if (POLDA.equals(unit)) {
			Optional<Unit> polda = this.personnel.units().stream().filter(u -> u.kind() == UnitKind.POLDA).findFirst();
			Optional<Unit> above = polda.map(Unit::parentCode).flatMap(this.personnel::unit);
			addressee = above.map(u -> head(u.name())).orElse(text.get("laphar.to.national"));
			attention = text.get("laphar.attention.national");
		}
		else if (POLRES.equals(unit)) {
			addressee = (lh.parentName() != null) ? head(lh.parentName()) : text.get("laphar.to.national");
			attention = text.get((lh.parentName() != null) ? "laphar.attention.polda" : "laphar.attention.national");
		}
		else {
			addressee = head(polres);
			attention = text.get("laphar.attention.polres");
		}
		List<String> title = new ArrayList<>();
		String signName;
		String signRankNrp;
		List<String> copies = new ArrayList<>();
		Optional<Officer> signer;
		if (POLRES.equals(unit) || POLDA.equals(unit)) {
			signer = this.personnel.official("Kabag Ops");
			title.add(text.get("laphar.sign.onBehalf", lh.signatoryTitle()));
			title.add(text.get("laphar.sign.kabagOps"));
			copies.add(head(polres));
			this.personnel.official("Wakapolres").ifPresent(o -> copies.add(deputy(polres)));
			if (POLDA.equals(unit) && lh.parentName() != null) {
				copies.add(0, head(lh.parentName()));
			}
			if (this.personnel.units().stream().anyMatch(u -> u.kind() == UnitKind.POLSEK)) {
				copies.add(text.get("laphar.copy.polsek", polres));
			}
		}
		else {
			signer = this.personnel.allOfficers(unit)
				.stream()
				.filter(o -> o.function() != null && o.function().startsWith("Kapolsek"))
				.findFirst();
			String polsek = this.personnel.unit(unit).map(Unit::name).orElse(unit);
			title.add(text.get("laphar.sign.polsek", polsek.replaceFirst("^Polsek ", "").toUpperCase(Locale.ROOT)));
			copies.add(deputy(polres));
			copies.add(text.get("laphar.copy.ops", polres));
		}
		signName = signer.map(o -> o.name().toUpperCase(Locale.ROOT)).orElse(null);
		signRankNrp = signer.map(o -> o.rank().abbreviation().toUpperCase(Locale.ROOT) + " NRP " + o.nrp())
			.orElse(null);
		return new DailyReport.Letter(null, addressee, attention, lh.place(), title, signName, signRankNrp, copies);
	}

	/**
	 * @return the head of a unit: Polda Jawa Timur → Kapolda Jawa Timur, Polres Jember →
	 * Kapolres Jember, Polsek Kencong → Kapolsek Kencong
	 */
	static String head(String unitName) {
		String n = unitName.strip();
		return n.regionMatches(true, 0, "Pol", 0, 3) ? "Ka" + Character.toLowerCase(n.charAt(0)) + n.substring(1)
				: "Kepala " + n;
	}

	/**
	 * @return the deputy head of a unit: Polres Jember → Wakapolres Jember
	 */
	static String deputy(String unitName) {
		String head = head(unitName);
		return "Wa" + Character.toLowerCase(head.charAt(0)) + head.substring(1);
	}

	/**
	 * The tables of the report, the one source of the page, the PDF and the workbook.
	 */
	private List<LapharTable> tables(DailyReport r, Text t, Map<String, String> unitNames) {
		List<LapharTable> tables = new ArrayList<>();
		String base = "tanggal=" + r.day() + "&satuan=" + r.unitCode();
		String prev = t.date(r.previousDay());
		String day = t.date(r.day());
		List<List<LapharTable.Cell>> k = new ArrayList<>();
		for (DailyReport.Line l : r.kamtibmasRows()) {
			k.add(line(t, l, base + "&kategori=" + l.code()));
		}
		tables.add(new LapharTable("kamtibmas", t.get("laphar.section.kamtibmas"),
				List.of(t.get("report.category"), prev, day, t.get("report.change"), "%"), k));

		List<List<LapharTable.Cell>> tr = new ArrayList<>();
		String laka = base + "&kategori=" + EventCategory.LAKA_LANTAS.name();
		tr.add(List.of(cell(t.get("laphar.traffic.accidents")),
				new LapharTable.Cell(t.number(r.trafficPrevious().accidents()), laka + "&kemarin=true"),
				new LapharTable.Cell(t.number(r.traffic().accidents()), laka)));
		tr.add(row(t.get("laphar.traffic.dead"), t.number(r.trafficPrevious().dead()), t.number(r.traffic().dead())));
		tr.add(row(t.get("laphar.traffic.badlyHurt"), t.number(r.trafficPrevious().badlyHurt()),
				t.number(r.traffic().badlyHurt())));
		tr.add(row(t.get("laphar.traffic.lightlyHurt"), t.number(r.trafficPrevious().lightlyHurt()),
				t.number(r.traffic().lightlyHurt())));
		tr.add(row(t.get("laphar.traffic.loss"), t.number(r.trafficPrevious().lossRp()),
				t.number(r.traffic().lossRp())));
		tables.add(new LapharTable("traffic", t.get("laphar.section.traffic"),
				List.of(t.get("laphar.col.item"), prev, day), tr));

		List<List<LapharTable.Cell>> p = new ArrayList<>();
		p.add(line(t, r.protests(), base + "&kategori=" + EventCategory.UNJUK_RASA.name()));
		for (ReportEvent e : r.protestEvents()) {
			p.add(row(e.subcategory() + " — " + unitNames.getOrDefault(e.unitCode(), e.unitCode())
					+ ((e.note() != null) ? " — " + e.note() : ""), "", t.number(e.count()), "", ""));
		}
		tables.add(new LapharTable("protests", t.get("laphar.section.protests"),
				List.of(t.get("laphar.col.item"), prev, day, t.get("report.change"), "%"), p));

		List<List<LapharTable.Cell>> f = new ArrayList<>();
		if (r.personnel() == null) {
			f.add(row(t.get("report.noPlan"), ""));
		}
		else {
			f.add(List.of(cell("Polri"),
					new LapharTable.Cell(t.number(r.personnel().polri()), base + "&personel=POLRI")));
			f.add(List.of(cell("BKO"), new LapharTable.Cell(t.number(r.personnel().bko()), base + "&personel=BKO")));
			f.add(row("TNI", t.number(r.personnel().tni())));
			f.add(row("Linmas", t.number(r.personnel().linmas())));
			f.add(row(t.get("laphar.personnel.total", r.personnel().planVersion()), t.number(r.personnel().total())));
		}
		tables.add(new LapharTable("personnel", t.get("laphar.section.personnel"),
				List.of(t.get("laphar.col.force"), t.get("report.total")), f));

		List<List<LapharTable.Cell>> a = new ArrayList<>();
		for (DailyReport.TaskForceActivity x : r.activities()) {
			List<LapharTable.Cell> cells = new ArrayList<>();
			cells.add(cell(x.name()));
			for (ActivityKind kind : ActivityKind.values()) {
				cells.add(cell(t.number(x.kinds().getOrDefault(kind, 0))));
			}
			cells.add(new LapharTable.Cell(t.number(x.total()), base + "&satgas=" + x.code()));
			cells.add(cell(t.number(x.officers())));
			cells.add(cell(t.number(x.people())));
			a.add(cells);
		}
		List<String> activityHeader = new ArrayList<>();
		activityHeader.add("Satgas");
		for (ActivityKind kind : ActivityKind.values()) {
			activityHeader.add(t.or("op.activity." + kind.name(), kind.name()));
		}
		activityHeader.add(t.get("report.total"));
		activityHeader.add(t.get("report.officers"));
		activityHeader.add(t.get("report.people"));
		tables.add(new LapharTable("activities", t.get("laphar.section.activities"), activityHeader, a));

		int n = 6;
		if (r.tps() != null) {
			List<List<LapharTable.Cell>> s = new ArrayList<>();
			r.tps()
				.byStatus()
				.forEach((status, count) -> s.add(row(t.or("command.status." + status, status), t.number(count))));
			// behind the report expected by then, named with its time
			String unreported = (r.tps().expected() != null)
					? t.get("report.unreportedExpected", t.get("silent.missed." + r.tps().expected()),
							t.formats()
								.time(r.day().atTime(r.tps().expectedBy()).atZone(t.formats().zone()).toInstant()))
					: t.get("report.unreported");
			s.add(row(unreported, t.number(r.tps().unreported())));
			s.add(row(t.get("report.tpsTotal"), t.number(r.tps().total())));
			tables
				.add(new LapharTable("tps", t.get("laphar.section.tps", ReportDocuments.roman(n++)),
						List.of(t.get("laphar.col.tpsStatus",
								t.or("command.status." + r.tps().stage(), r.tps().stage())), t.get("report.total")),
						s));
		}
		List<List<LapharTable.Cell>> g = new ArrayList<>();
		for (IncidentSource.GakkumduCase c : r.gakkumdu()) {
			g.add(row(c.reference(), (c.unitCode() != null) ? unitNames.getOrDefault(c.unitCode(), c.unitCode()) : "-",
					Objects.toString(c.offence(), ""), Objects.toString(c.suspects(), ""),
					(c.stage() != null) ? t.or("gakkumdu.stage." + c.stage(), c.stage()) : "",
					(c.deadline() != null) ? t.date(c.deadline()) : ""));
		}
		if (r.gakkumdu().isEmpty()) {
			g.add(row(t.get("laphar.none"), "", "", "", "", ""));
		}
		tables.add(
				new LapharTable("gakkumdu", t.get("laphar.section.gakkumdu", ReportDocuments.roman(n)),
						List.of(t.get("laphar.col.reference"), "Polsek", t.get("laphar.col.offence"),
								t.get("laphar.col.suspects"), t.get("laphar.col.stage"), t.get("laphar.col.deadline")),
						g));
		return tables;
	}

	/**
	 * The Polda's roll-up Polres by Polres, so that each of its figures is traced to the
	 * Polres it comes from: one row per Polres (a Polsek's events and incidents count for
	 * the Polres above it), then the total, which is the sum of the rows.
	 */
	private LapharTable perPolres(Text t, int number, List<ReportEvent> today, List<ReportEvent> before,
			List<IncidentSource.Incident> incidents) {
		Map<String, Unit> units = new HashMap<>();
		this.personnel.units().forEach(u -> units.put(u.code(), u));
		List<Unit> polres = this.personnel.units().stream().filter(u -> u.kind() == UnitKind.POLRES).toList();
		int[] total = new int[6];
		List<List<LapharTable.Cell>> rows = new ArrayList<>();
		for (Unit p : polres) {
			List<ReportEvent> t1 = today.stream().filter(e -> p.code().equals(polresOf(units, e.unitCode()))).toList();
			List<ReportEvent> t0 = before.stream().filter(e -> p.code().equals(polresOf(units, e.unitCode()))).toList();
			int[] n = { kamtibmas(t0), kamtibmas(t1), count(t1, EventCategory.UNJUK_RASA), traffic(t1).accidents(),
					(int) incidents.stream().filter(i -> p.code().equals(polresOf(units, i.unitCode()))).count(),
					(int) incidents.stream()
						.filter(i -> i.red() && p.code().equals(polresOf(units, i.unitCode())))
						.count() };
			List<LapharTable.Cell> cells = new ArrayList<>();
			cells.add(cell(p.name()));
			for (int k = 0; k < n.length; k++) {
				cells.add(cell(t.number(n[k])));
				total[k] += n[k];
			}
			rows.add(cells);
		}
		List<LapharTable.Cell> sum = new ArrayList<>();
		sum.add(cell(t.get("laphar.polres.total")));
		for (int k : total) {
			sum.add(cell(t.number(k)));
		}
		rows.add(sum);
		return new LapharTable("polres", t.get("laphar.section.polres", ReportDocuments.roman(number)),
				List.of("Polres", t.get("laphar.polres.kamtibmasBefore"), t.get("laphar.polres.kamtibmas"),
						t.get("laphar.polres.protests"), t.get("laphar.polres.accidents"),
						t.get("laphar.polres.incidents"), t.get("laphar.polres.red")),
				rows);
	}

	private static int kamtibmas(List<ReportEvent> events) {
		return EventCategory.KAMTIBMAS.stream().mapToInt(c -> count(events, c)).sum();
	}

	/**
	 * The Polres above a unit (a Polsek, a function of the Polres, the Polres itself), or
	 * null.
	 */
	static String polresOf(Map<String, Unit> units, String code) {
		Unit u = (code != null) ? units.get(code) : null;
		for (int depth = 0; u != null && depth < 6; depth++) {
			if (u.kind() == UnitKind.POLRES) {
				return u.code();
			}
			u = (u.parentCode() != null) ? units.get(u.parentCode()) : null;
		}
		return null;
	}

	private static List<LapharTable.Cell> line(Text t, DailyReport.Line l, String detail) {
		return List.of(cell(t.or("report.cat." + l.code(), l.code())),
				new LapharTable.Cell(t.number(l.previous()), detail + "&kemarin=true"),
				new LapharTable.Cell(t.number(l.today()), detail), cell(l.change()), cell(l.percent()));
	}

	private static LapharTable.Cell cell(String text) {
		return LapharTable.Cell.of(text);
	}

	private static List<LapharTable.Cell> row(String... texts) {
		return java.util.Arrays.stream(texts).map(LapharTable.Cell::of).toList();
	}

	/**
	 * The records behind a number of the report.
	 * @param from first day
	 * @param to last day
	 * @param requestedUnit the unit
	 * @param category a category, or null for all
	 * @return the events
	 */
	@Transactional(readOnly = true)
	public List<ReportEvent> events(LocalDate from, LocalDate to, String requestedUnit, EventCategory category) {
		if (from == null || to == null || to.isBefore(from)) {
			throw new IllegalArgumentException("choose a period whose end is not before its start");
		}
		return this.repository.events(from, to, polsekFilter(this.units.unit(requestedUnit)), category);
	}

	/**
	 * The activities behind a task force's numbers.
	 * @param day the day
	 * @param requestedUnit the unit
	 * @param taskForce a task force code, or null for all
	 * @return the activities
	 */
	@Transactional(readOnly = true)
	public List<Activity> activities(LocalDate day, String requestedUnit, String taskForce) {
		String filter = polsekFilter(this.units.unit(requestedUnit));
		return this.operation.activitiesBetween(day, day)
			.stream()
			.filter(a -> inFilter(filter, a.unitCode()))
			.filter(a -> taskForce == null || a.taskForce().equalsIgnoreCase(taskForce))
			.toList();
	}

	/**
	 * The posts behind the personnel numbers.
	 * @param requestedUnit the unit
	 * @return per post: Polsek, anchor TPS, Polri and BKO officers
	 */
	@Transactional(readOnly = true)
	public List<PostCount> posts(String requestedUnit) {
		String filter = polsekFilter(this.units.unit(requestedUnit));
		Optional<StoredPlan> plan = this.plans.published();
		if (plan.isEmpty()) {
			return List.of();
		}
		Set<String> bko = bkoUnits();
		List<PostCount> posts = new ArrayList<>();
		for (StaffedPost s : plan.get().plan().staffed()) {
			if (inFilter(filter, s.post().polsek())) {
				int b = (int) s.officers().stream().filter(o -> bko.contains(o.unitCode())).count();
				posts.add(new PostCount(s.post().polsek(), s.post().anchor(), s.post().tps().size(),
						s.officers().size() - b, b));
			}
		}
		return posts;
	}

	/**
	 * Police on one post.
	 *
	 * @param polsek its Polsek
	 * @param anchor its anchor TPS
	 * @param tps TPS covered
	 * @param polri Polri officers
	 * @param bko BKO officers
	 */
	public record PostCount(String polsek, String anchor, int tps, int polri, int bko) {
	}

	/**
	 * Records a kamtibmas event, traffic accident or protest. A refusal names a message
	 * key ({@code report.event.refused.*}): the page shows it in the user's words, the
	 * API in English.
	 * @param e the event
	 * @param user who records it
	 * @return it, as stored
	 */
	@Transactional
	public ReportEvent record(NewReportEvent e, String user) {
		if (e == null || e.day() == null || e.category() == null) {
			throw new IllegalArgumentException("report.event.refused.dayAndCategory");
		}
		if (e.subcategory() == null || e.subcategory().isBlank() || e.subcategory().length() > 120) {
			throw new IllegalArgumentException("report.event.refused.subcategory");
		}
		if (e.unitCode() == null
				|| this.units.polseksAndFunctions().stream().noneMatch(u -> u.code().equals(e.unitCode()))) {
			throw new IllegalArgumentException("report.event.refused.unit");
		}
		AccessScope scope = CurrentUser.scope(this.scopes);
		if (scope.units() != null && !scope.units().contains(e.unitCode())) {
			throw new IllegalArgumentException("report.event.refused.unit");
		}
		for (Integer n : new Integer[] { e.dead(), e.badlyHurt(), e.lightlyHurt() }) {
			if (n != null && n < 0) {
				throw new IllegalArgumentException("report.event.refused.negative");
			}
		}
		if ((e.count() != null && e.count() < 1) || (e.lossRp() != null && e.lossRp() < 0)) {
			throw new IllegalArgumentException("report.event.refused.countOrLoss");
		}
		if (e.note() != null && e.note().length() > 1000) {
			throw new IllegalArgumentException("report.event.refused.note");
		}
		Operation op = this.operation.operation();
		if (e.day().isBefore(op.startsOn().minusDays(30)) || e.day().isAfter(op.endsOn())) {
			throw new IllegalArgumentException("report.event.refused.day");
		}
		java.time.Instant occurredAt = (e.time() != null)
				? e.day().atTime(e.time()).atZone(this.personnel.timeZone()).toInstant() : null;
		long id = this.repository.insert(e, user, occurredAt);
		ReportEvent stored = this.repository.events(e.day(), e.day(), e.unitCode(), e.category())
			.stream()
			.filter(x -> x.id() == id)
			.findFirst()
			.orElseThrow();
		this.events.publishEvent(
				new ReportEventRecorded("report.event-recorded", "report-event", Long.toString(id), null, stored));
		return stored;
	}

	/**
	 * @param from first day
	 * @param to last day
	 * @param requestedUnit the unit
	 * @return count per category over the period
	 */
	@Transactional(readOnly = true)
	public Map<EventCategory, Integer> counts(LocalDate from, LocalDate to, String requestedUnit) {
		Map<EventCategory, Integer> counts = new EnumMap<>(EventCategory.class);
		for (EventCategory c : EventCategory.values()) {
			counts.put(c, 0);
		}
		events(from, to, requestedUnit, null).forEach(e -> counts.merge(e.category(), e.count(), Integer::sum));
		return counts;
	}

	/**
	 * @param from first day
	 * @param to last day
	 * @param requestedUnit the unit
	 * @return per day, the kamtibmas total (every day of the period, zeros included)
	 */
	@Transactional(readOnly = true)
	public Map<LocalDate, Integer> kamtibmasPerDay(LocalDate from, LocalDate to, String requestedUnit) {
		Map<LocalDate, Integer> days = new TreeMap<>();
		for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
			days.put(d, 0);
		}
		events(from, to, requestedUnit, null).stream()
			.filter(e -> EventCategory.KAMTIBMAS.contains(e.category()))
			.forEach(e -> days.merge(e.day(), e.count(), Integer::sum));
		return days;
	}

	/**
	 * Writes the report as PDF.
	 * @param report the report
	 * @param out where it goes
	 * @throws IOException when writing fails
	 */
	public void writePdf(DailyReport report, OutputStream out) throws IOException {
		ReportDocuments.pdf(report, this.operation.operation().codeName(), documentText(), out);
	}

	/**
	 * Writes the report as XLSX.
	 * @param report the report
	 * @param out where it goes
	 * @throws IOException when writing fails
	 */
	public void writeXlsx(DailyReport report, OutputStream out) throws IOException {
		ReportDocuments.xlsx(report, this.operation.operation().codeName(), documentText(), out);
	}

	/**
	 * @return the documents' own words, in Indonesian
	 */
	private Map<String, String> documentText() {
		Map<String, String> words = new HashMap<>();
		for (String key : ReportDocuments.KEYS) {
			words.put(key, this.messages.getMessage(key, null, key, Formats.INDONESIAN));
		}
		return words;
	}

	private Map<String, String> taskForceNames() {
		Map<String, String> names = new LinkedHashMap<>();
		this.operation.taskForces().forEach(t -> names.put(t.code(), t.name()));
		return names;
	}

	/**
	 * @param day a day
	 * @return the operation's stage on that day (TAHAP agenda items covering it)
	 */
	@Transactional(readOnly = true)
	public List<AgendaItem> stagesOn(LocalDate day) {
		return this.operation.agenda()
			.stream()
			.filter(a -> !a.milestone() && a.endsAt() != null)
			.filter(a -> !day.isBefore(a.startsAt().toLocalDate()) && !day.isAfter(a.endsAt().toLocalDate()))
			.toList();
	}

	private DailyReport.TpsSection tps(LocalDate day, String filter, List<IncidentSource.TpsReport> reports,
			Set<String> units) {
		Optional<AgendaItem> stage = stagesOn(day).stream()
			.filter(a -> a.code().equals("PEMUNGUTAN") || a.code().equals("PENGHITUNGAN"))
			.findFirst();
		if (stage.isEmpty()) {
			return null;
		}
		AtomicInteger total = new AtomicInteger();
		if (filter == null) {
			this.territory.forEachTps(null, t -> total.incrementAndGet());
		}
		else {
			for (String kecamatan : area(filter)) {
				this.territory.forEachTps(kecamatan, t -> total.incrementAndGet());
			}
		}
		Map<String, String> last = new LinkedHashMap<>();
		reports.forEach(r -> last.put(r.tpsCode(), r.status()));
		Map<String, Integer> byStatus = new TreeMap<>();
		last.values().forEach(s -> byStatus.merge(s, 1, Integer::sum));
		// behind the report expected by the Laphar's moment (now for today, the end of a
		// past day), as the desk and the wall count them; without a command center, TPS
		// without any report
		java.time.Instant at = day.plusDays(1).atStartOfDay(this.personnel.timeZone()).toInstant().minusSeconds(1);
		if (java.time.Instant.now().isBefore(at)) {
			at = java.time.Instant.now();
		}
		IncidentSource.TpsBehind behind = null;
		for (IncidentSource source : IncidentSource.all(this.sources)) {
			IncidentSource.TpsBehind b = source.tpsBehind(day, at, units);
			if (b != null) {
				behind = b;
			}
		}
		int unreported = (behind != null) ? behind.count() : Math.max(0, total.get() - last.size());
		return new DailyReport.TpsSection(stage.get().code(), total.get(), byStatus, unreported,
				(behind != null) ? behind.expected() : null, (behind != null) ? behind.expectedBy() : null);
	}

	private List<DailyReport.TaskForceActivity> activities(LocalDate day, String filter) {
		List<Activity> all = this.operation.activitiesBetween(day, day)
			.stream()
			.filter(a -> inFilter(filter, a.unitCode()))
			.toList();
		List<DailyReport.TaskForceActivity> lines = new ArrayList<>();
		for (TaskForce t : this.operation.taskForces()) {
			Map<id.praja.operation.ActivityKind, Integer> kinds = new EnumMap<>(id.praja.operation.ActivityKind.class);
			int officers = 0;
			int people = 0;
			int n = 0;
			for (Activity a : all) {
				if (a.taskForce().equals(t.code())) {
					kinds.merge(a.kind(), 1, Integer::sum);
					officers += a.officers();
					people += a.people();
					n++;
				}
			}
			lines.add(new DailyReport.TaskForceActivity(t.code(), t.name(), kinds, n, officers, people));
		}
		return lines;
	}

	private DailyReport.Personnel personnel(String filter) {
		Optional<StoredPlan> stored = this.plans.published();
		if (stored.isEmpty()) {
			return null;
		}
		DeploymentPlan plan = stored.get().plan();
		Set<String> bko = bkoUnits();
		int polri = 0;
		int b = 0;
		for (StaffedPost s : plan.staffed()) {
			if (inFilter(filter, s.post().polsek())) {
				for (PostedOfficer o : s.officers()) {
					if (bko.contains(o.unitCode())) {
						b++;
					}
					else {
						polri++;
					}
				}
			}
		}
		if (filter == null) {
			polri += plan.reserve();
		}
		Set<String> area = (filter == null) ? null : area(filter);
		int tni = this.personnel.units()
			.stream()
			.filter(u -> u.kind() == UnitKind.TNI)
			.filter(u -> area == null || (u.kecamatanCode() != null && area.contains(u.kecamatanCode())))
			.mapToInt(Unit::headcount)
			.sum();
		int linmas = this.personnel.linmas()
			.stream()
			.filter(l -> area == null || area.contains(l.kecamatanCode()))
			.mapToInt(LinmasDesa::strength)
			.sum();
		return new DailyReport.Personnel(polri, b, tni, linmas, stored.get().version().version());
	}

	private Set<String> bkoUnits() {
		Set<String> bko = new HashSet<>();
		this.personnel.units().stream().filter(u -> u.kind() == UnitKind.BKO).forEach(u -> bko.add(u.code()));
		return bko;
	}

	private Set<String> area(String polsek) {
		Set<String> kecamatan = new HashSet<>();
		this.personnel.polsekAreas().forEach((k, p) -> {
			if (p.equals(polsek)) {
				kecamatan.add(k);
			}
		});
		return kecamatan;
	}

	/**
	 * @return the unit codes whose events a report on this unit counts, joined by commas,
	 * or null for all: the Polres and the Polda reports count every unit in scope
	 */
	private String polsekFilter(String unit) {
		return (POLRES.equals(unit) || POLDA.equals(unit)) ? CurrentUser.scope(this.scopes).unitFilter() : unit;
	}

	private static boolean inFilter(String filter, String code) {
		return filter == null || List.of(filter.split(",")).contains(code);
	}

	private String unitName(Operation op, String unit) {
		if (POLRES.equals(unit)) {
			return op.polres();
		}
		if (POLDA.equals(unit)) {
			return severalPolres() ? op.polda() : op.polres() + " (" + op.polda() + ")";
		}
		return this.personnel.unit(unit).map(Unit::name).orElse(unit);
	}

	/** Whether the Polda's roll-up covers several Polres (else it is one Polres' own). */
	private boolean severalPolres() {
		return this.personnel.units().stream().filter(u -> u.kind() == UnitKind.POLRES).count() > 1;
	}

	private List<String> header(Operation op, String unit) {
		List<String> lines = new ArrayList<>();
		lines.add("KEPOLISIAN NEGARA REPUBLIK INDONESIA");
		lines.add(op.polda().replaceFirst("^Polda ", "DAERAH ").toUpperCase());
		if (!POLDA.equals(unit)) {
			lines.add(op.polres().replaceFirst("^Polres ", "RESOR ").toUpperCase());
		}
		if (!POLDA.equals(unit) && !POLRES.equals(unit)) {
			lines.add(unitName(op, unit).replaceFirst("^Polsek ", "SEKTOR ").toUpperCase());
		}
		if (POLDA.equals(unit)) {
			lines.add("REKAPITULASI " + (severalPolres() ? "POLRES JAJARAN" : op.polres().toUpperCase()));
		}
		return lines;
	}

	private static int count(List<ReportEvent> events, EventCategory category) {
		return events.stream().filter(e -> e.category() == category).mapToInt(ReportEvent::count).sum();
	}

	private static DailyReport.Traffic traffic(List<ReportEvent> events) {
		int n = 0;
		int md = 0;
		int lb = 0;
		int lr = 0;
		long loss = 0;
		for (ReportEvent e : events) {
			if (e.category() == EventCategory.LAKA_LANTAS) {
				n += e.count();
				md += e.dead();
				lb += e.badlyHurt();
				lr += e.lightlyHurt();
				loss += e.lossRp();
			}
		}
		return new DailyReport.Traffic(n, md, lb, lr, loss);
	}

	/**
	 * @param day a day
	 * @return it in Indonesian, e.g. 14 Agustus 2024
	 */
	public static String date(LocalDate day) {
		return day.getDayOfMonth() + " " + MONTHS[day.getMonthValue() - 1] + " " + day.getYear();
	}

}
