package id.praja.command;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.UUID;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import id.praja.command.FieldReportRejected.Reason;
import id.praja.command.internal.ConflictStore;
import id.praja.command.internal.FieldReportStore;
import id.praja.command.internal.FieldReportStore.NewReport;
import id.praja.command.internal.GroupCommit;
import id.praja.command.internal.TpsDirectory;
import id.praja.operation.OperationManagement;
import id.praja.personnel.PersonnelManagement;
import id.praja.shared.AccessScope;
import id.praja.shared.AccessScopes;
import id.praja.shared.CurrentUser;
import id.praja.shared.NotFound;
import id.praja.shared.SystemScope;

/**
 * The command center's facade: field reports in (validated, idempotent by the client's
 * id, acknowledged only once committed), the current state of the TPS and recent reports
 * out, always within the current user's {@link AccessScope}.
 */
@Service
public class CommandManagement implements DisposableBean {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(CommandManagement.class);

	/** Longest note of a report, in characters. */
	public static final int MAX_NOTE = 1000;

	private final FieldReportStore store;

	private final ConflictStore conflicts;

	private final org.springframework.context.ApplicationEventPublisher events;

	private final TpsDirectory directory;

	private final TransactionTemplate transaction;

	/**
	 * Resolved once: looking a bean up on every report costs more than the report's SQL.
	 */
	private final java.util.function.Supplier<AccessScopes> scopes;

	/** When the operation starts: reports from before it are refused. */
	private final java.util.function.Supplier<Instant> operationStart;

	private final Duration clockSkew;

	private final int maxPhotoBytes;

	private final Clock clock;

	private final JsonMapper json = JsonMapper.builder().build();

	private final ObjectProvider<IncidentManagement> incidents;

	private final GroupCommit<NewReport, Ingested> writer;

	private final ObjectProvider<MeterRegistry> meters;

	private volatile Timer batchTimer;

	private volatile DistributionSummary batchSize;

	@Autowired
	CommandManagement(FieldReportStore store, ConflictStore conflicts,
			org.springframework.context.ApplicationEventPublisher events, TpsDirectory directory,
			PlatformTransactionManager transactions, ObjectProvider<AccessScopes> scopes,
			ObjectProvider<IncidentManagement> incidents, ObjectProvider<MeterRegistry> meters,
			ObjectProvider<OperationManagement> operations, ObjectProvider<PersonnelManagement> personnel,
			@Value("${praja.command.clock-skew:PT2M}") Duration clockSkew,
			@Value("${praja.command.max-photo-bytes:1048576}") int maxPhotoBytes,
			@Value("${praja.command.ingest.writers:2}") int writers,
			@Value("${praja.command.ingest.max-batch:200}") int maxBatch,
			@Value("${praja.command.ingest.queue:10000}") int queue) {
		this(store, conflicts, events, directory, transactions, scopes, incidents, meters,
				// the operation's first day in the Polres' zone, from the records (read
				// once)
				org.springframework.util.function.SingletonSupplier.of(() -> SystemScope.call("operation start",
						() -> operations.getObject()
							.operation()
							.startsOn()
							.atStartOfDay(personnel.getObject().timeZone())
							.toInstant())),
				clockSkew, maxPhotoBytes, Clock.systemUTC(), writers, maxBatch, queue);
	}

	CommandManagement(FieldReportStore store, ConflictStore conflicts,
			org.springframework.context.ApplicationEventPublisher events, TpsDirectory directory,
			PlatformTransactionManager transactions, ObjectProvider<AccessScopes> scopes,
			ObjectProvider<IncidentManagement> incidents, ObjectProvider<MeterRegistry> meters,
			java.util.function.Supplier<Instant> operationStart, Duration clockSkew, int maxPhotoBytes, Clock clock,
			int writers, int maxBatch, int queue) {
		this.conflicts = conflicts;
		this.events = events;
		this.meters = meters;
		this.incidents = incidents;
		this.store = store;
		this.directory = directory;
		this.transaction = new TransactionTemplate(transactions);
		this.scopes = org.springframework.util.function.SingletonSupplier.of(scopes::getIfAvailable);
		this.operationStart = operationStart;
		this.clockSkew = clockSkew;
		this.maxPhotoBytes = maxPhotoBytes;
		this.clock = clock;
		this.writer = new GroupCommit<>("praja-ingest", writers, queue, maxBatch, this::storeBatch);
	}

	@Override
	public void destroy() {
		this.writer.close();
	}

	/**
	 * Accepts a field report. It is checked (fields of its type, photo, time between the
	 * operation's start and now plus a small clock skew, a TPS in the reporter's area, no
	 * status going backwards), then stored, the TPS's state updated and every node told,
	 * in one transaction (shared with the reports that arrived at the same time: group
	 * commit); this returns only after the commit. A status earlier than the TPS's
	 * current one is accepted as history when it happened before the current stage was
	 * reached (a phone that was offline), and rejected when it claims to have happened
	 * later.
	 * @param request the report
	 * @param reporter the account sending it
	 * @return the stored report, and whether this call stored it (false for a replay)
	 * @throws FieldReportRejected when the report is not accepted (nothing is stored), or
	 * when its id was used for a different report
	 */
	public Ingested ingest(FieldReportRequest request, String reporter) {
		if (request.id() == null) {
			throw new FieldReportRejected(Reason.MALFORMED, "id is required (a UUID made by the client)");
		}
		byte[] hash = contentHash(request);
		try {
			checkFields(request);
			checkTime(request.occurredAt());
			String kecamatan = this.directory.kecamatan(request.tps());
			if (kecamatan == null || !scope().coversKecamatan(kecamatan)) {
				throw new FieldReportRejected(Reason.UNKNOWN_TPS,
						"TPS " + request.tps() + " does not exist or is outside your area");
			}
			Instant receivedAt = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
			return submit(new NewReport(request, kecamatan, reporter, hash, receivedAt));
		}
		catch (FieldReportRejected ex) {
			if (ex.reason() == Reason.ID_CONFLICT || ex.reason() == Reason.BUSY) {
				throw ex;
			}
			// a replay of a stored report is answered with it, even when it would not
			// pass today (its status has since been overtaken)
			Optional<FieldReportStore.Stored> stored = this.store.find(request.id());
			if (stored.isPresent()) {
				return replay(stored.get(), hash);
			}
			throw ex;
		}
	}

	/** Hands the report to the group commit and waits for its commit. */
	private Ingested submit(NewReport report) {
		GroupCommit.Job<NewReport, Ingested> job = this.writer.offer(report);
		if (job == null) {
			throw busy("too many reports are waiting to be stored");
		}
		try {
			return job.result().get(30, TimeUnit.SECONDS);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof FieldReportRejected rejected) {
				throw rejected;
			}
			// the cause (SQL, driver) is logged by the writer, never sent to the phone
			throw busy("the database could not store it now");
		}
		catch (TimeoutException ex) {
			throw busy("storing it took longer than 30 s");
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw busy("interrupted");
		}
	}

	private static FieldReportRejected busy(String why) {
		return new FieldReportRejected(Reason.BUSY,
				"The report was not acknowledged: " + why + ". Send it again; the same id is safe.");
	}

	/** What became of one report of a batch. */
	private record Outcome(FieldReport stored, FieldReportRejected rejected) {
	}

	/**
	 * Stores a batch of checked reports in one transaction: the TPS they touch locked,
	 * their states read once, the reports inserted (a known id is a replay, answered
	 * after the commit), each judged in order against the state as the batch leaves it,
	 * the states moved forward and every node told. Then every caller is answered.
	 */
	private void storeBatch(List<GroupCommit.Job<NewReport, Ingested>> batch) {
		List<GroupCommit.Job<NewReport, Ingested>> first = new ArrayList<>();
		List<GroupCommit.Job<NewReport, Ingested>> again = new ArrayList<>();
		Set<UUID> ids = new HashSet<>();
		for (GroupCommit.Job<NewReport, Ingested> job : batch) {
			(ids.add(job.item().request().id()) ? first : again).add(job);
		}
		List<NewReport> reports = first.stream().map(GroupCommit.Job::item).toList();
		long start = System.nanoTime();
		Outcome[] outcomes;
		try {
			outcomes = this.transaction.execute(status -> storeAll(reports));
		}
		catch (RuntimeException ex) {
			storeOneByOne(first, ex);
			storeBatch(again);
			return;
		}
		measure(batch.size(), System.nanoTime() - start);
		for (int i = 0; i < first.size(); i++) {
			Outcome outcome = outcomes[i];
			if (outcome == null) {
				again.add(first.get(i));
			}
			else if (outcome.rejected() != null) {
				first.get(i).fail(outcome.rejected());
			}
			else {
				first.get(i).complete(new Ingested(outcome.stored(), true));
			}
		}
		// ids already stored, by an earlier batch or this one: answered as replays
		for (GroupCommit.Job<NewReport, Ingested> job : again) {
			NewReport n = job.item();
			try {
				job.complete(replay(this.store.find(n.request().id()).orElseThrow(), n.hash()));
			}
			catch (RuntimeException ex) {
				job.fail(ex);
			}
		}
	}

	/**
	 * A batch whose transaction failed is stored again report by report, so one report
	 * the database refuses never takes the others down. A report that fails alone with a
	 * data error (its content) is rejected for good; any other failure (the database
	 * unreachable) leaves it unacknowledged, to be sent again.
	 */
	private void storeOneByOne(List<GroupCommit.Job<NewReport, Ingested>> jobs, RuntimeException batchFailure) {
		if (jobs.size() > 1) {
			log.warn("A batch of {} field reports failed ({}); storing them one by one", jobs.size(),
					batchFailure.getMessage());
			for (GroupCommit.Job<NewReport, Ingested> job : jobs) {
				storeBatch(List.of(job));
			}
			return;
		}
		if (jobs.isEmpty()) {
			return;
		}
		GroupCommit.Job<NewReport, Ingested> job = jobs.get(0);
		if (isDataError(batchFailure)) {
			log.warn("Field report {} refused by the database: {}", job.item().request().id(),
					batchFailure.getMessage());
			job.fail(new FieldReportRejected(Reason.UNSTORABLE,
					"the report contains a value that cannot be stored (an invalid character or a value out of range);"
							+ " correct it before sending it again"));
		}
		else {
			log.error("Field report {} could not be stored", job.item().request().id(), batchFailure);
			job.fail(busy("the database could not store it now"));
		}
	}

	/**
	 * @return true when PostgreSQL refused the data itself (SQLSTATE class 22, data
	 * exception, or 23, integrity constraint violation), not the connection
	 */
	private static boolean isDataError(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("22") || sql.getSQLState().startsWith("23"))) {
				return true;
			}
		}
		return false;
	}

	private void measure(int size, long nanos) {
		if (this.batchTimer == null) {
			MeterRegistry registry = this.meters.getIfAvailable();
			if (registry == null) {
				return;
			}
			this.batchSize = DistributionSummary.builder("praja.ingest.batch.size")
				.description("Field reports stored in one transaction")
				.register(registry);
			this.batchTimer = Timer.builder("praja.ingest.batch")
				.description("Time to store a batch of field reports, commit included")
				.register(registry);
		}
		this.batchSize.record(size);
		this.batchTimer.record(nanos, TimeUnit.NANOSECONDS);
	}

	/**
	 * @return for each report its outcome, or null when its id was already stored
	 */
	private Outcome[] storeAll(List<NewReport> reports) {
		Set<String> tps = new TreeSet<>();
		reports.forEach(n -> tps.add(n.request().tps()));
		this.store.durableAndLocked(tps);
		Map<String, FieldReportStore.TpsNow> now = this.store.now(tps);
		boolean[] inserted = this.store.insert(reports);
		Outcome[] outcomes = new Outcome[reports.size()];
		List<UUID> rejected = new ArrayList<>();
		List<ConflictStore.Refused> disagreeing = new ArrayList<>();
		List<NewReport> notApplied = new ArrayList<>();
		List<NewReport> applied = new ArrayList<>();
		for (int i = 0; i < reports.size(); i++) {
			if (!inserted[i]) {
				continue;
			}
			NewReport n = reports.get(i);
			FieldReportRequest r = n.request();
			FieldReportStore.TpsNow before = now.get(r.tps());
			try {
				boolean changes = judge(r, now);
				(changes ? applied : notApplied).add(n);
				outcomes[i] = new Outcome(
						new FieldReport(r.id(), r.tps(), n.kecamatan(), r.type(), r.status(), r.logistics(),
								r.incidentType(), r.severity(), r.note(), r.lat(), r.lon(), r.photo() != null,
								r.occurredAt().truncatedTo(ChronoUnit.MICROS), n.receivedAt(), n.reporter(), changes),
						null);
			}
			catch (FieldReportRejected ex) {
				rejected.add(r.id());
				outcomes[i] = new Outcome(null, ex);
				if (ex.reason() == Reason.STATUS_BACKWARDS) {
					// the phone hears no; the desk sees both reports side by side
					disagreeing.add(new ConflictStore.Refused(n, before));
				}
			}
		}
		this.store.delete(rejected);
		this.conflicts.record(disagreeing);
		this.store.notApplied(notApplied.stream().map(n -> n.request().id()).toList());
		this.store.apply(applied);
		List<String> announcements = new ArrayList<>();
		for (int i = 0; i < reports.size(); i++) {
			FieldReport report = (outcomes[i] != null) ? outcomes[i].stored() : null;
			if (report == null) {
				continue;
			}
			byte[] photo = reports.get(i).request().photo();
			if (photo != null) {
				this.store.storePhoto(report.id(), photo);
			}
			announcements.add(announcement(report));
			if (report.type() == ReportType.INCIDENT) {
				// every incident report opens an incident (operators merge duplicates)
				IncidentManagement manager = this.incidents.getIfAvailable();
				if (manager != null) {
					manager.openFromReport(report);
				}
			}
		}
		this.store.announce(announcements);
		return outcomes;
	}

	/**
	 * Judges a report against its TPS's state and moves the state on when the report
	 * does. A status earlier than the current one is history if it happened before the
	 * current stage was reached, and rejected if it claims to have happened later.
	 * @return whether the report changes its TPS's state
	 */
	private static boolean judge(FieldReportRequest r, Map<String, FieldReportStore.TpsNow> now) {
		FieldReportStore.TpsNow tps = now.get(r.tps());
		Instant at = r.occurredAt().truncatedTo(ChronoUnit.MICROS);
		switch (r.type()) {
			case STATUS -> {
				TpsStatus current = (tps != null) ? tps.status() : null;
				if (current == null || current.rank() < r.status().rank()) {
					now.put(r.tps(), with(tps, r.status(), at, null, null));
					return true;
				}
				if (current.rank() > r.status().rank() && !at.isBefore(tps.statusSince())) {
					throw new FieldReportRejected(Reason.STATUS_BACKWARDS,
							"TPS %s is already at %s (since %s); %s at %s would go backwards".formatted(r.tps(),
									current, tps.statusSince(), r.status(), r.occurredAt()));
				}
				return false;
			}
			case CHECK_IN -> {
				if (tps == null || tps.checkedInAt() == null || tps.checkedInAt().isAfter(at)) {
					now.put(r.tps(), with(tps, null, null, at, null));
					return true;
				}
				return false;
			}
			case LOGISTICS -> {
				if (tps == null || tps.logisticsAt() == null || !tps.logisticsAt().isAfter(at)) {
					now.put(r.tps(), with(tps, null, null, null, at));
					return true;
				}
				return false;
			}
			default -> {
				return true;
			}
		}
	}

	private static FieldReportStore.TpsNow with(FieldReportStore.TpsNow tps, TpsStatus status, Instant since,
			Instant checkedInAt, Instant logisticsAt) {
		FieldReportStore.TpsNow was = (tps != null) ? tps : new FieldReportStore.TpsNow(null, null, null, null);
		return new FieldReportStore.TpsNow((status != null) ? status : was.status(),
				(since != null) ? since : was.statusSince(), (checkedInAt != null) ? checkedInAt : was.checkedInAt(),
				(logisticsAt != null) ? logisticsAt : was.logisticsAt());
	}

	private static Ingested replay(FieldReportStore.Stored stored, byte[] hash) {
		if (!stored.sameContent(hash)) {
			throw new FieldReportRejected(Reason.ID_CONFLICT,
					"id " + stored.report().id() + " was already used for a different report");
		}
		return new Ingested(stored.report(), false);
	}

	private void checkFields(FieldReportRequest r) {
		if (r.tps() == null || r.tps().isBlank()) {
			throw malformed("tps is required");
		}
		if (r.type() == null) {
			throw malformed("type is required: STATUS, CHECK_IN, LOGISTICS or INCIDENT");
		}
		if (r.occurredAt() == null) {
			throw malformed("occurredAt is required (ISO-8601 with offset, e.g. 2024-11-27T07:00:00+07:00)");
		}
		require(r.status(), r.type() == ReportType.STATUS, "status",
				"PERSIAPAN, DIBUKA, PEMUNGUTAN, PENGHITUNGAN or SELESAI");
		require(r.logistics(), r.type() == ReportType.LOGISTICS, "logistics", "ARRIVED or ESCORTED_AWAY");
		require(r.incidentType(), r.type() == ReportType.INCIDENT, "incidentType",
				"one of " + List.of(IncidentType.values()));
		require(r.severity(), r.type() == ReportType.INCIDENT, "severity", "GREEN, YELLOW or RED");
		if (r.photo() != null && r.type() != ReportType.INCIDENT) {
			throw malformed("photo is allowed with an INCIDENT only");
		}
		if (r.note() != null && r.note().length() > MAX_NOTE) {
			throw malformed("note is longer than " + MAX_NOTE + " characters");
		}
		if ((r.lat() == null) != (r.lon() == null)) {
			throw malformed("lat and lon come together");
		}
		if (r.lat() != null
				&& (Math.abs(r.lat()) > 90 || Math.abs(r.lon()) > 180 || r.lat().isNaN() || r.lon().isNaN())) {
			throw malformed("lat must lie in [-90, 90] and lon in [-180, 180]");
		}
		if (r.photo() != null) {
			if (r.photo().length > this.maxPhotoBytes) {
				throw new FieldReportRejected(Reason.TOO_LARGE,
						"photo is %d bytes; at most %d are accepted".formatted(r.photo().length, this.maxPhotoBytes));
			}
			if (!isImage(r.photo())) {
				throw new FieldReportRejected(Reason.BAD_PHOTO, "photo is not a JPEG, PNG or WebP image");
			}
		}
	}

	private static void require(Object value, boolean needed, String field, String allowed) {
		if (needed && value == null) {
			throw malformed(field + " is required: " + allowed);
		}
		if (!needed && value != null) {
			throw malformed(field + " is not allowed for this type");
		}
	}

	private void checkTime(Instant occurredAt) {
		Instant now = this.clock.instant();
		if (occurredAt.isAfter(now.plus(this.clockSkew))) {
			throw new FieldReportRejected(Reason.TIME_OUT_OF_RANGE,
					"occurredAt " + occurredAt + " is in the future (server time " + now + ")");
		}
		Instant start = this.operationStart.get();
		if (occurredAt.isBefore(start)) {
			throw new FieldReportRejected(Reason.TIME_OUT_OF_RANGE,
					"occurredAt " + occurredAt + " is before the operation started (" + start + ")");
		}
	}

	private static boolean isImage(byte[] b) {
		boolean jpeg = b.length > 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff;
		boolean png = b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G';
		boolean webp = b.length > 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F' && b[8] == 'W'
				&& b[9] == 'E' && b[10] == 'B' && b[11] == 'P';
		return jpeg || png || webp;
	}

	private static FieldReportRejected malformed(String message) {
		return new FieldReportRejected(Reason.MALFORMED, message);
	}

	/**
	 * The content that a replay must repeat: everything but the id, the time to the
	 * microsecond (as stored), the photo by its digest.
	 */
	static byte[] contentHash(FieldReportRequest r) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			String photo = "";
			if (r.photo() != null) {
				photo = java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(r.photo()));
			}
			String occurred = (r.occurredAt() != null) ? r.occurredAt().truncatedTo(ChronoUnit.MICROS).toString() : "";
			String content = String.join("\u0000", String.valueOf(r.tps()), String.valueOf(r.type()),
					String.valueOf(r.status()), String.valueOf(r.logistics()), String.valueOf(r.incidentType()),
					String.valueOf(r.severity()), String.valueOf(r.note()), String.valueOf(r.lat()),
					String.valueOf(r.lon()), occurred, photo);
			return sha.digest(content.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * What viewers are told about a committed report (small: NOTIFY carries at most 8
	 * kB).
	 */
	private String announcement(FieldReport r) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("id", r.id().toString());
		m.put("tps", r.tps());
		m.put("kecamatan", r.kecamatan());
		m.put("type", r.type().name());
		m.put("status", r.status());
		m.put("logistics", r.logistics());
		m.put("incidentType", r.incidentType());
		m.put("severity", r.severity());
		if (r.note() != null) {
			m.put("note", (r.note().length() > 200) ? r.note().substring(0, 200) + "…" : r.note());
		}
		m.put("lat", r.lat());
		m.put("lon", r.lon());
		m.put("hasPhoto", r.hasPhoto());
		m.put("occurredAt", r.occurredAt().toString());
		m.put("receivedAt", r.receivedAt().toString());
		m.put("applied", r.applied());
		m.values().removeIf(java.util.Objects::isNull);
		return this.json.writeValueAsString(m);
	}

	/**
	 * @param id a report id
	 * @return the report, if it exists in the current user's area
	 */
	public Optional<FieldReport> report(UUID id) {
		return this.store.find(id)
			.map(FieldReportStore.Stored::report)
			.filter(r -> scope().coversKecamatan(r.kecamatan()));
	}

	/**
	 * @param id a report id
	 * @return the photo of the report (JPEG, PNG or WebP bytes)
	 * @throws NotFound when the report does not exist for the user or has no photo
	 */
	public byte[] photo(UUID id) {
		report(id).orElseThrow(() -> new NotFound("No report " + id));
		return this.store.photo(id).orElseThrow(() -> new NotFound("Report " + id + " has no photo"));
	}

	/**
	 * @param tps a TPS code, or null for all
	 * @param type a report type, or null for all
	 * @param limit most reports (1..5000)
	 * @return the latest reports in the current user's area, latest received first
	 */
	public List<FieldReport> reports(String tps, ReportType type, int limit) {
		if (limit < 1 || limit > 5000) {
			throw new IllegalArgumentException("limit must lie in [1, 5000]");
		}
		return this.store.reports(scope().kecamatanFilter(), tps, type, limit);
	}

	/**
	 * @return the current state of every TPS that reported, in the current user's area
	 */
	public List<TpsState> states() {
		return this.store.states(scope().kecamatanFilter());
	}

	/**
	 * @return the current user's area (for filtering live updates)
	 */
	/**
	 * @param day a day (Asia/Jakarta)
	 * @return per hour of that day, in the user's area: TPS opened, TPS finished,
	 * incidents
	 */
	public List<HourCounts> hourly(java.time.LocalDate day) {
		return this.store.hourly(day, scope().kecamatanFilter());
	}

	/**
	 * @param open true for the undecided ones only
	 * @return the conflicting reports of the TPS in the user's scope, latest first
	 */
	public List<ReportConflict> conflicts(boolean open) {
		return this.conflicts.conflicts(scope().kecamatanFilter(), open, 200);
	}

	/**
	 * The desk decides which of two conflicting reports holds: the report in force (the
	 * other is set aside) or the refused one (the TPS takes its status, also backwards).
	 * @param id the conflict
	 * @param decision which report holds
	 * @param by the operator
	 * @return the decided conflict
	 * @throws NotFound when there is no such conflict in the user's scope
	 * @throws id.praja.shared.Conflict when it was decided already (409)
	 */
	public ReportConflict decide(long id, ReportConflict.Decision decision, String by) {
		if (decision == null) {
			throw new IllegalArgumentException("a decision is needed: CURRENT or REPORTED");
		}
		return this.transaction.execute(status -> {
			ReportConflict c = this.conflicts.lock(id)
				.filter(x -> scope().coversKecamatan(x.kecamatan()))
				.orElseThrow(() -> new NotFound("no conflicting report " + id));
			if (c.decision() != null) {
				throw new id.praja.shared.Conflict("conflict " + id + " was decided already by " + c.decidedBy());
			}
			Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
			if (decision == ReportConflict.Decision.REPORTED) {
				this.conflicts.setStatus(c.tps(), c.kecamatan(), c.reportedStatus(), c.reportedAt());
			}
			this.conflicts.decide(id, decision, by, now);
			ReportConflict decided = this.conflicts.lock(id).orElseThrow();
			this.events.publishEvent(new ReportConflictDecided(decided));
			return decided;
		});
	}

	public AccessScope scope() {
		return CurrentUser.scope(this.scopes.get());
	}

	/**
	 * @param ids report ids
	 * @return how many of them are stored (used by the ingest benchmark's loss check)
	 */
	public int countStored(List<UUID> ids) {
		return this.store.countStored(ids);
	}

}
