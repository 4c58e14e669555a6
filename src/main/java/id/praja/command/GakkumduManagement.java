package id.praja.command;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import id.praja.command.GakkumduCase.ClockState;
import id.praja.command.IncidentRejected.Reason;
import id.praja.command.internal.GakkumduStore;
import id.praja.command.internal.TpsDirectory;
import id.praja.shared.AccessScope;
import id.praja.shared.CurrentUser;
import id.praja.shared.Limits;
import id.praja.shared.AccessScopes;
import id.praja.shared.NotFound;

/**
 * The Sentra Gakkumdu track for election crimes: cases (from an incident referred to
 * SENTRA_GAKKUMDU, or entered by hand) moving through report, investigation, prosecution
 * and trial, each stage with its statutory clock ({@link GakkumduStage}); working days
 * skip weekends and the holidays of the {@code command_holiday} table plus
 * {@code praja.gakkumdu.holidays}. A clock within {@code praja.gakkumdu.warning-days}
 * (default 2) of its deadline is a WARNING, past it OVERDUE. Every setting of a case's
 * dates is kept in its date history (append-only) and published as
 * {@link GakkumduDatesChanged} for the audit trail.
 */
@Service
public class GakkumduManagement {

	/** The name of the discovery date in a case's date history (the others are steps). */
	public static final String DISCOVERED = "DISCOVERED";

	/** The time zone of the operation's calendar days. */
	public static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

	private final GakkumduStore store;

	private final TpsDirectory directory;

	private final TransactionTemplate transaction;

	private final ApplicationEventPublisher events;

	private final ObjectProvider<AccessScopes> scopes;

	private final int warningDays;

	private final Set<LocalDate> extraHolidays;

	private final Map<GakkumduStage, Integer> days = new EnumMap<>(GakkumduStage.class);

	private final Map<GakkumduStage, Boolean> working = new EnumMap<>(GakkumduStage.class);

	GakkumduManagement(GakkumduStore store, TpsDirectory directory, PlatformTransactionManager transactions,
			ApplicationEventPublisher events, ObjectProvider<AccessScopes> scopes,
			@Value("${praja.gakkumdu.warning-days:2}") int warningDays,
			@Value("${praja.gakkumdu.holidays:}") List<String> holidays,
			@Value("${praja.gakkumdu.prosecution-working-days:true}") boolean prosecutionWorking) {
		this.store = store;
		this.directory = directory;
		this.transaction = new TransactionTemplate(transactions);
		this.events = events;
		this.scopes = scopes;
		this.warningDays = warningDays;
		this.extraHolidays = new HashSet<>();
		for (String h : holidays) {
			if (!h.isBlank()) {
				this.extraHolidays.add(LocalDate.parse(h.strip()));
			}
		}
		for (GakkumduStage s : GakkumduStage.values()) {
			this.days.put(s, s.defaultDays());
			this.working.put(s, s.defaultWorking());
		}
		this.working.put(GakkumduStage.PROSECUTION, prosecutionWorking);
	}

	/** The steps that move a case on, each with the date it happened. */
	public enum Step {

		/** The report was received (starts the investigation clock). */
		REPORTED("reported_on"),
		/** The file reached the prosecutor (starts the prosecution clock). */
		TO_PROSECUTOR("to_prosecutor_on"),
		/** The file reached the court (starts the trial clock). */
		TO_COURT("to_court_on"),
		/** The court decided. */
		DECIDED("decided_on"),
		/** The case was stopped. */
		STOPPED("stopped_on");

		private final String column;

		Step(String column) {
			this.column = column;
		}

	}

	/**
	 * @return the calendar with every holiday
	 */
	public GakkumduCalendar calendar() {
		Set<LocalDate> all = new HashSet<>(this.extraHolidays);
		this.store.holidays().forEach(h -> all.add(h.day()));
		return new GakkumduCalendar(all);
	}

	/**
	 * @return the holiday table (the property's extra days are not listed)
	 */
	public List<GakkumduStore.Holiday> holidays() {
		return this.store.holidays();
	}

	/**
	 * @return today in the operation's time zone
	 */
	public static LocalDate today() {
		return LocalDate.now(ZONE);
	}

	/**
	 * @param on the day to judge the clocks on
	 * @return the cases in the user's area, newest first
	 */
	public List<GakkumduCase> cases(LocalDate on) {
		GakkumduCalendar calendar = calendar();
		List<GakkumduStore.Row> rows = this.store.list(CurrentUser.scope(this.scopes).kecamatanFilter());
		Map<Long, List<GakkumduCase.DateChange>> history = history(rows.stream().map(GakkumduStore.Row::id).toList());
		return rows.stream().map(r -> evaluate(r, calendar, on, history.getOrDefault(r.id(), List.of()))).toList();
	}

	/**
	 * @param id a case
	 * @param on the day to judge the clocks on
	 * @return the case
	 */
	public GakkumduCase get(long id, LocalDate on) {
		GakkumduStore.Row r = this.store.find(id, CurrentUser.scope(this.scopes).kecamatanFilter(), false)
			.orElseThrow(() -> new NotFound("No Gakkumdu case " + id));
		return evaluate(r, calendar(), on, history(List.of(id)).getOrDefault(id, List.of()));
	}

	private Map<Long, List<GakkumduCase.DateChange>> history(List<Long> ids) {
		Map<Long, List<GakkumduCase.DateChange>> history = new HashMap<>();
		for (GakkumduStore.DateChange c : this.store.dateChanges(ids)) {
			history.computeIfAbsent(c.caseId(), k -> new ArrayList<>())
				.add(new GakkumduCase.DateChange(c.field(), c.from(), c.to(), c.at(), c.actor(), c.note()));
		}
		return history;
	}

	/**
	 * Appends the dates that differ to the case's history and publishes them for the
	 * audit trail, in the caller's transaction.
	 * @param before dates by name (DISCOVERED or a {@link Step}) before, absent or null
	 * when not set
	 * @param after the same dates after
	 */
	private void recordDates(long id, Map<String, LocalDate> before, Map<String, LocalDate> after, String actor,
			String note) {
		Instant at = Instant.now();
		Map<String, String> from = new LinkedHashMap<>();
		Map<String, String> to = new LinkedHashMap<>();
		after.forEach((date, day) -> {
			LocalDate was = before.get(date);
			if (!Objects.equals(was, day)) {
				this.store.recordDateChange(id, date, was, day, at, actor, note);
				from.put(date, (was != null) ? was.toString() : null);
				to.put(date, (day != null) ? day.toString() : null);
			}
		});
		if (!to.isEmpty()) {
			this.events.publishEvent(new GakkumduDatesChanged(id, from, to, note));
		}
	}

	private static Map<String, LocalDate> initialDates(LocalDate discoveredOn, LocalDate reportedOn) {
		Map<String, LocalDate> dates = new LinkedHashMap<>();
		dates.put(DISCOVERED, discoveredOn);
		if (reportedOn != null) {
			dates.put(Step.REPORTED.name(), reportedOn);
		}
		return dates;
	}

	/**
	 * Enters a case by hand.
	 * @param tps a TPS where it happened (gives the kecamatan), or null (Polres-wide; a
	 * Kapolsek must give one of his)
	 * @param title what
	 * @param offence the suspected offence, or null
	 * @param discoveredOn when it became known
	 * @param reportedOn when the report was received, or null when not yet reported
	 * @param note remarks
	 * @return the case as of today
	 */
	public GakkumduCase create(String tps, String title, String offence, LocalDate discoveredOn, LocalDate reportedOn,
			String note) {
		if (title == null || title.isBlank() || discoveredOn == null) {
			throw new IllegalArgumentException("title and discoveredOn are required");
		}
		if (title.length() > 200 || (offence != null && offence.length() > 200)
				|| (note != null && note.length() > 1000)) {
			throw new IllegalArgumentException("title and offence take at most 200 characters, note 1000");
		}
		// a case is entered when it is known: not in the future, not in another century
		Limits.date("discoveredOn", discoveredOn, Limits.EARLIEST, today().plusDays(1));
		Limits.date("reportedOn", reportedOn, Limits.EARLIEST, today().plusDays(1));
		if (reportedOn != null && reportedOn.isBefore(discoveredOn)) {
			throw new IllegalArgumentException("reportedOn cannot be before discoveredOn");
		}
		AccessScope scope = CurrentUser.scope(this.scopes);
		String kecamatan = null;
		if (tps != null && !tps.isBlank()) {
			kecamatan = this.directory.kecamatan(tps.strip());
			if (kecamatan == null || !scope.coversKecamatan(kecamatan)) {
				throw new IncidentRejected(Reason.INVALID, "TPS " + tps + " does not exist or is outside your area");
			}
		}
		else if (scope.kecamatan() != null) {
			throw new IncidentRejected(Reason.INVALID, "name a TPS of your area");
		}
		String kecamatanCode = kecamatan;
		String actor = CurrentUser.name();
		long id = this.transaction.execute(tx -> {
			long created = this.store.insert(null, kecamatanCode, title.strip(), blankToNull(offence), discoveredOn,
					reportedOn, blankToNull(note), actor, Instant.now());
			recordDates(created, Map.of(), initialDates(discoveredOn, reportedOn), actor, null);
			return created;
		});
		return get(id, today());
	}

	/**
	 * Opens a case for an incident referred to Sentra Gakkumdu, in the caller's
	 * transaction: discovered the day the incident was opened, reported the day it was
	 * referred.
	 */
	long openForIncident(Incident incident, String actor) {
		LocalDate discovered = incident.createdAt().atZone(ZONE).toLocalDate();
		LocalDate referred = today();
		LocalDate reported = referred.isBefore(discovered) ? discovered : referred;
		String note = "referred from incident #" + incident.id();
		long id = this.store.insert(incident.id(), incident.kecamatan(), incident.title(), incident.type().name(),
				discovered, reported, note, actor, Instant.now());
		recordDates(id, Map.of(), initialDates(discovered, reported), actor, note);
		return id;
	}

	/**
	 * Records the next step of a case.
	 * @param id a case
	 * @param version the version seen
	 * @param step the step
	 * @param on the day it happened
	 * @param note remarks, or null
	 * @return the case as of today
	 */
	public GakkumduCase advance(long id, Integer version, Step step, LocalDate on, String note) {
		if (step == null || on == null || version == null) {
			throw new IllegalArgumentException("version, step and on are required");
		}
		if (note != null && note.length() > 1000) {
			throw new IllegalArgumentException("note is longer than 1000 characters");
		}
		Limits.date("on", on, Limits.EARLIEST, today().plusDays(1));
		String filter = CurrentUser.scope(this.scopes).kecamatanFilter();
		this.transaction.executeWithoutResult(tx -> {
			GakkumduStore.Row r = this.store.find(id, filter, true)
				.orElseThrow(() -> new NotFound("No Gakkumdu case " + id));
			if (r.version() != version) {
				throw new IncidentRejected(Reason.STALE,
						"case %d was changed meanwhile (version %d, you saw %d)".formatted(id, r.version(), version));
			}
			GakkumduStage stage = stage(r);
			Step expected = switch (stage) {
				case REPORT -> Step.REPORTED;
				case INVESTIGATION -> Step.TO_PROSECUTOR;
				case PROSECUTION -> Step.TO_COURT;
				case TRIAL -> Step.DECIDED;
				case DECIDED, STOPPED -> null;
			};
			if (expected == null) {
				throw new IncidentRejected(Reason.INVALID_TRANSITION, "case " + id + " is " + stage);
			}
			if (step != expected && step != Step.STOPPED) {
				throw new IncidentRejected(Reason.INVALID_TRANSITION,
						"case %d is in %s; the next step is %s (or STOPPED)".formatted(id, stage, expected));
			}
			LocalDate last = lastDate(r);
			if (on.isBefore(last)) {
				throw new IncidentRejected(Reason.INVALID, "the step cannot happen before " + last);
			}
			this.store.setDate(id, step.column, on, blankToNull(note));
			Map<String, LocalDate> before = new HashMap<>();
			before.put(step.name(), null);
			recordDates(id, before, Map.of(step.name(), on), CurrentUser.name(), blankToNull(note));
		});
		return get(id, today());
	}

	private static LocalDate lastDate(GakkumduStore.Row r) {
		LocalDate last = r.discoveredOn();
		for (LocalDate d : new LocalDate[] { r.reportedOn(), r.toProsecutorOn(), r.toCourtOn() }) {
			if (d != null) {
				last = d;
			}
		}
		return last;
	}

	static GakkumduStage stage(GakkumduStore.Row r) {
		if (r.stoppedOn() != null) {
			return GakkumduStage.STOPPED;
		}
		if (r.decidedOn() != null) {
			return GakkumduStage.DECIDED;
		}
		if (r.toCourtOn() != null) {
			return GakkumduStage.TRIAL;
		}
		if (r.toProsecutorOn() != null) {
			return GakkumduStage.PROSECUTION;
		}
		if (r.reportedOn() != null) {
			return GakkumduStage.INVESTIGATION;
		}
		return GakkumduStage.REPORT;
	}

	/**
	 * Judges a case's clocks on a day.
	 */
	GakkumduCase evaluate(GakkumduStore.Row r, GakkumduCalendar calendar, LocalDate on) {
		return evaluate(r, calendar, on, List.of());
	}

	private GakkumduCase evaluate(GakkumduStore.Row r, GakkumduCalendar calendar, LocalDate on,
			List<GakkumduCase.DateChange> history) {
		List<GakkumduCase.Clock> clocks = new ArrayList<>();
		LocalDate stopped = r.stoppedOn();
		LocalDate[] starts = { r.discoveredOn(), r.reportedOn(), r.toProsecutorOn(), r.toCourtOn() };
		LocalDate[] ends = { r.reportedOn(), r.toProsecutorOn(), r.toCourtOn(), r.decidedOn() };
		GakkumduStage[] stages = { GakkumduStage.REPORT, GakkumduStage.INVESTIGATION, GakkumduStage.PROSECUTION,
				GakkumduStage.TRIAL };
		for (int s = 0; s < stages.length; s++) {
			if (starts[s] == null) {
				break;
			}
			int n = this.days.get(stages[s]);
			boolean w = this.working.get(stages[s]);
			LocalDate deadline = calendar.deadline(starts[s], n, w);
			LocalDate finished = (ends[s] != null) ? ends[s] : stopped;
			ClockState state;
			Long left = null;
			if (finished != null) {
				state = finished.isAfter(deadline) ? ClockState.LATE : ClockState.MET;
			}
			else {
				left = ChronoUnit.DAYS.between(on, deadline);
				state = (left < 0) ? ClockState.OVERDUE
						: (left <= this.warningDays) ? ClockState.WARNING : ClockState.RUNNING;
			}
			clocks.add(new GakkumduCase.Clock(stages[s], starts[s], deadline, n, w, finished, state, left));
			if (finished != null && ends[s] == null) {
				break;
			}
		}
		return new GakkumduCase(r.id(), r.incident(), r.kecamatan(), r.title(), r.offence(), r.discoveredOn(),
				r.reportedOn(), r.toProsecutorOn(), r.toCourtOn(), r.decidedOn(), r.stoppedOn(), r.note(), r.version(),
				r.createdAt(), r.createdBy(), stage(r), List.copyOf(clocks), List.copyOf(history));
	}

	private static String blankToNull(String s) {
		return (s == null || s.isBlank()) ? null : s.strip();
	}

}
