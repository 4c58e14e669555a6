package id.praja.command;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import id.praja.command.IncidentRejected.Reason;
import id.praja.command.internal.FieldReportStore;
import id.praja.command.internal.IncidentStore;
import id.praja.command.internal.TpsDirectory;
import id.praja.shared.AccessScope;
import id.praja.shared.AccessScopes;
import id.praja.shared.CurrentUser;
import id.praja.shared.NotFound;

/**
 * Incident management in the command center: incidents opened by INCIDENT field reports
 * or by hand, their lifecycle ({@link IncidentStatus}), severity, one owner at a time
 * (claim, release, explicit takeover by KAOPS/ADMIN), optimistic versions (an action
 * names the version it saw; another one in between answers 409), duplicates merged into
 * their original, an append-only timeline, dispatch of reserve teams and posts with a
 * recommendation, and the unit status board. Every change is announced on the live stream
 * (PostgreSQL NOTIFY, delivered on commit) so that every command-center screen follows.
 * Incidents are scoped like field reports: a Kapolsek sees and acts on his Polsek's
 * kecamatan only.
 */
@Service
public class IncidentManagement {

	/** Longest note, in characters. */
	public static final int MAX_NOTE = 1000;

	private final IncidentStore store;

	private final FieldReportStore reports;

	/** The states in which a unit may be sent (a REPORTED incident is verified by it). */
	public static final java.util.Set<IncidentStatus> DISPATCHABLE = java.util.EnumSet.of(IncidentStatus.REPORTED,
			IncidentStatus.VERIFIED, IncidentStatus.DISPATCHED, IncidentStatus.ON_SCENE);

	private final TpsDirectory directory;

	private final Dispatcher dispatcher;

	private final GakkumduManagement gakkumdu;

	private final TransactionTemplate transaction;

	private final ObjectProvider<AccessScopes> scopes;

	private final Clock clock = Clock.systemUTC();

	private final JsonMapper json = JsonMapper.builder().build();

	IncidentManagement(IncidentStore store, FieldReportStore reports, TpsDirectory directory, Dispatcher dispatcher,
			GakkumduManagement gakkumdu, PlatformTransactionManager transactions, ObjectProvider<AccessScopes> scopes) {
		this.store = store;
		this.reports = reports;
		this.directory = directory;
		this.dispatcher = dispatcher;
		this.gakkumdu = gakkumdu;
		this.transaction = new TransactionTemplate(transactions);
		this.scopes = scopes;
	}

	/** What an action on an incident asks for. */
	public enum Action {

		/** Become the owner (nobody else may own it). */
		CLAIM,
		/** Stop owning it. */
		RELEASE,
		/** Move it to another status ({@code to}; {@code referredTo} for REFERRED). */
		TRANSITION,
		/** Change its severity ({@code severity}). */
		SEVERITY,
		/** Send a unit ({@code unit}); a VERIFIED incident becomes DISPATCHED. */
		DISPATCH,
		/** Release a unit from it ({@code unit}), back to AVAILABLE. */
		RELEASE_UNIT,
		/**
		 * Mark it a duplicate of another ({@code original}): it closes, its reports join
		 * the original.
		 */
		DUPLICATE,
		/** Add a field report about the same event ({@code report}). */
		LINK_REPORT,
		/** Write a note in the timeline. */
		NOTE

	}

	/**
	 * An action with its arguments; {@code version} is the version the caller saw
	 * (required for everything but CLAIM, RELEASE and NOTE).
	 */
	public record ActionRequest(Action action, Integer version, IncidentStatus to, ReferralTarget referredTo,
			Severity severity, String unit, Long original, UUID report, String note) {
	}

	/**
	 * Opens an incident for an INCIDENT field report, in the caller's transaction (the
	 * ingest's).
	 * @param r the stored report
	 * @return the incident's id
	 */
	long openFromReport(FieldReport r) {
		Instant now = now();
		String title = (r.note() != null && !r.note().isBlank()) ? abbreviate(r.note(), 200)
				: r.incidentType().name() + " @ " + r.tps();
		long id = this.store.insert(r.tps(), r.kecamatan(), r.incidentType(), r.severity(), title, r.reportedBy(), now);
		this.store.linkReport(r.id(), id, r.reportedBy(), now);
		this.store.append(id, now, r.reportedBy(), "CREATED", null, IncidentStatus.REPORTED.name(),
				"field report " + r.id());
		announce(this.store.find(id, null).orElseThrow(), "CREATED", r.reportedBy());
		return id;
	}

	/**
	 * Opens an incident by hand.
	 * @param tps the TPS (in the user's area)
	 * @param type what kind
	 * @param severity how bad
	 * @param title a short description
	 * @return the incident
	 */
	public Incident create(String tps, IncidentType type, Severity severity, String title) {
		if (tps == null || type == null || severity == null || title == null || title.isBlank()) {
			throw new IllegalArgumentException("tps, type, severity and title are required");
		}
		if (title.length() > 200) {
			throw new IllegalArgumentException("title is longer than 200 characters");
		}
		String kecamatan = this.directory.kecamatan(tps);
		if (kecamatan == null || !CurrentUser.scope(this.scopes).coversKecamatan(kecamatan)) {
			throw new IncidentRejected(Reason.INVALID, "TPS " + tps + " does not exist or is outside your area");
		}
		String actor = CurrentUser.name();
		return this.transaction.execute(status -> {
			Instant now = now();
			long id = this.store.insert(tps, kecamatan, type, severity, title.strip(), actor, now);
			this.store.append(id, now, actor, "CREATED", null, IncidentStatus.REPORTED.name(), "by hand");
			Incident incident = this.store.find(id, null).orElseThrow();
			announce(incident, "CREATED", actor);
			return incident;
		});
	}

	/**
	 * @param open only open incidents
	 * @param status one status, or null
	 * @param severity one severity, or null
	 * @param owner one owner, or null
	 * @param limit most incidents (1..1000)
	 * @return incidents in the user's area, most severe and latest first
	 */
	public List<Incident> incidents(boolean open, IncidentStatus status, Severity severity, String owner, int limit) {
		if (limit < 1 || limit > 1000) {
			throw new IllegalArgumentException("limit must lie in [1, 1000]");
		}
		return this.store.list(CurrentUser.scope(this.scopes).kecamatanFilter(), open, status, severity, owner, limit);
	}

	/**
	 * @param from the first instant
	 * @param to the instant after the last
	 * @return every incident in the user's area created in that window, oldest first
	 */
	public List<Incident> createdBetween(java.time.Instant from, java.time.Instant to) {
		return this.store.createdBetween(CurrentUser.scope(this.scopes).kecamatanFilter(), from, to);
	}

	/**
	 * @param id an incident
	 * @return it with its timeline, reports, units and duplicates
	 * @throws NotFound outside the user's area
	 */
	public IncidentDetail detail(long id) {
		Incident incident = get(id);
		Map<String, Dispatcher.Candidate> byId = candidatesById();
		List<DispatchUnit> units = new ArrayList<>();
		for (IncidentStore.UnitRow row : this.store.unitsOf(id)) {
			Dispatcher.Candidate c = byId.get(row.unitId());
			if (c != null) {
				units.add(Dispatcher.unit(c, row));
			}
		}
		return new IncidentDetail(incident, this.store.timeline(id), this.store.reports(id), units,
				this.store.duplicates(id));
	}

	/**
	 * @param id an incident
	 * @return the incident
	 * @throws NotFound outside the user's area
	 */
	public Incident get(long id) {
		return this.store.find(id, CurrentUser.scope(this.scopes).kecamatanFilter())
			.orElseThrow(() -> new NotFound("No incident " + id));
	}

	/**
	 * Carries out an action as the current user. Only the owner may act (CLAIM aside);
	 * the version sent must be the current one.
	 * @param id an incident
	 * @param request the action
	 * @return the incident after it
	 * @throws IncidentRejected 409 when stale, claimed by another or not owned; 422 when
	 * not allowed in its state
	 */
	public Incident act(long id, ActionRequest request) {
		if (request == null || request.action() == null) {
			throw new IllegalArgumentException("action is required: one of " + List.of(Action.values()));
		}
		if (request.note() != null && request.note().length() > MAX_NOTE) {
			throw new IllegalArgumentException("note is longer than " + MAX_NOTE + " characters");
		}
		String actor = CurrentUser.name();
		String filter = CurrentUser.scope(this.scopes).kecamatanFilter();
		return this.transaction.execute(status -> {
			Incident i = this.store.lock(id, filter).orElseThrow(() -> new NotFound("No incident " + id));
			Action a = request.action();
			if (a != Action.CLAIM && a != Action.RELEASE && a != Action.NOTE && request.version() == null) {
				throw new IllegalArgumentException("version is required (the version of the incident you saw)");
			}
			if (request.version() != null && request.version() != i.version()) {
				throw new IncidentRejected(Reason.STALE, "incident %d was changed meanwhile (version %d, you saw %d);"
					.formatted(id, i.version(), request.version()) + " reload it");
			}
			if (a == Action.CLAIM) {
				return claim(i, actor, request.note());
			}
			requireOwner(i, actor);
			return switch (a) {
				case RELEASE ->
					change(i, with(i, i.severity(), i.status(), i.referredTo(), i.duplicateOf(), null, null), actor,
							"RELEASED", actor, null, request.note());
				case TRANSITION -> transition(i, request, actor);
				case SEVERITY -> severity(i, request, actor);
				case DISPATCH -> dispatch(i, request, actor);
				case RELEASE_UNIT -> releaseUnit(i, request, actor);
				case DUPLICATE -> duplicate(i, request, actor, filter);
				case LINK_REPORT -> linkReport(i, request, actor);
				case NOTE -> {
					requireText(request.note(), "note");
					yield change(i, i, actor, "NOTE", null, null, request.note());
				}
				case CLAIM -> throw new IllegalStateException();
			};
		});
	}

	/**
	 * Takes an incident over from its owner (KAOPS and ADMIN only; the route checks the
	 * role). Logged with the previous owner.
	 * @param id an incident
	 * @param version the version seen, or null
	 * @param note why
	 * @return the incident, owned by the caller
	 */
	public Incident takeOver(long id, Integer version, String note) {
		String actor = CurrentUser.name();
		if (!CurrentUser.hasRole("KAOPS", "ADMIN")) {
			throw new org.springframework.security.access.AccessDeniedException("only KAOPS or ADMIN take over");
		}
		if (version == null) {
			throw new IllegalArgumentException("version is required (the version of the incident you saw)");
		}
		String filter = CurrentUser.scope(this.scopes).kecamatanFilter();
		return this.transaction.execute(status -> {
			Incident i = this.store.lock(id, filter).orElseThrow(() -> new NotFound("No incident " + id));
			if (version != i.version()) {
				throw new IncidentRejected(Reason.STALE, "incident %d was changed meanwhile (version %d, you saw %d)"
					.formatted(id, i.version(), version));
			}
			if (i.status().closed()) {
				throw new IncidentRejected(Reason.INVALID_TRANSITION,
						"incident " + id + " is closed (" + i.status() + ")");
			}
			return change(i, with(i, i.severity(), i.status(), i.referredTo(), i.duplicateOf(), actor, now()), actor,
					"TAKEN_OVER", i.owner(), actor, note);
		});
	}

	private Incident claim(Incident i, String actor, String note) {
		if (i.status().closed()) {
			throw new IncidentRejected(Reason.INVALID_TRANSITION,
					"incident " + i.id() + " is closed (" + i.status() + ")");
		}
		if (actor.equals(i.owner())) {
			return i;
		}
		if (i.owner() != null) {
			throw new IncidentRejected(Reason.CLAIMED, "incident " + i.id() + " is being handled by " + i.owner()
					+ "; only KAOPS or ADMIN can take it over");
		}
		return change(i, with(i, i.severity(), i.status(), i.referredTo(), i.duplicateOf(), actor, now()), actor,
				"CLAIMED", null, actor, note);
	}

	private static void requireOwner(Incident i, String actor) {
		if (i.owner() == null) {
			throw new IncidentRejected(Reason.NOT_OWNER, "claim incident " + i.id() + " before acting on it");
		}
		if (!i.owner().equals(actor)) {
			throw new IncidentRejected(Reason.CLAIMED, "incident " + i.id() + " is being handled by " + i.owner());
		}
	}

	private Incident transition(Incident i, ActionRequest r, String actor) {
		IncidentStatus to = r.to();
		if (to == null) {
			throw new IllegalArgumentException("to is required: the new status");
		}
		if (to == IncidentStatus.DISPATCHED) {
			throw new IncidentRejected(Reason.INVALID_TRANSITION,
					"an incident becomes DISPATCHED by dispatching a unit");
		}
		if (to == IncidentStatus.DUPLICATE) {
			throw new IncidentRejected(Reason.INVALID_TRANSITION,
					"an incident becomes DUPLICATE by linking it to its original");
		}
		if (!i.status().next().contains(to)) {
			throw new IncidentRejected(Reason.INVALID_TRANSITION, "incident %d cannot go from %s to %s (allowed: %s)"
				.formatted(i.id(), i.status(), to, i.status().next()));
		}
		ReferralTarget referral = null;
		if (to == IncidentStatus.REFERRED) {
			if (r.referredTo() == null) {
				throw new IllegalArgumentException("referredTo is required: SENTRA_GAKKUMDU, KPU or BAWASLU");
			}
			referral = r.referredTo();
		}
		else if (r.referredTo() != null) {
			throw new IllegalArgumentException("referredTo is allowed with REFERRED only");
		}
		Instant now = now();
		if (to == IncidentStatus.ON_SCENE) {
			for (IncidentStore.UnitRow u : this.store.unitsOf(i.id())) {
				this.store.setUnit(u.unitId(), UnitStatus.ON_SCENE, i.id(), actor, now);
				this.store.append(i.id(), now, actor, "UNIT_STATUS", u.unitId() + " " + u.status(),
						u.unitId() + " " + UnitStatus.ON_SCENE, null);
			}
		}
		boolean closes = to.closed();
		if (closes) {
			releaseUnits(i.id(), actor, now);
		}
		Incident changed = change(i,
				with(i, i.severity(), to, referral, null, closes ? null : i.owner(), closes ? null : i.claimedAt()),
				actor, "STATUS", i.status().name(), to.name() + ((referral != null) ? " " + referral : ""), r.note());
		if (referral == ReferralTarget.SENTRA_GAKKUMDU) {
			long caseId = this.gakkumdu.openForIncident(changed, actor);
			this.store.append(i.id(), now, actor, "NOTE", null, null, "Gakkumdu case " + caseId);
		}
		return changed;
	}

	private void releaseUnits(long incident, String actor, Instant now) {
		for (IncidentStore.UnitRow u : this.store.unitsOf(incident)) {
			this.store.setUnit(u.unitId(), UnitStatus.AVAILABLE, null, actor, now);
			this.store.append(incident, now, actor, "UNIT_STATUS", u.unitId() + " " + u.status(),
					u.unitId() + " " + UnitStatus.AVAILABLE, null);
		}
	}

	private Incident severity(Incident i, ActionRequest r, String actor) {
		if (r.severity() == null) {
			throw new IllegalArgumentException("severity is required: GREEN, YELLOW or RED");
		}
		requireOpen(i);
		if (r.severity() == i.severity()) {
			throw new IncidentRejected(Reason.INVALID, "incident " + i.id() + " is already " + i.severity());
		}
		return change(i, with(i, r.severity(), i.status(), i.referredTo(), i.duplicateOf(), i.owner(), i.claimedAt()),
				actor, "SEVERITY", i.severity().name(), r.severity().name(), r.note());
	}

	private Incident dispatch(Incident i, ActionRequest r, String actor) {
		requireText(r.unit(), "unit");
		if (!DISPATCHABLE.contains(i.status())) {
			throw new IncidentRejected(Reason.INVALID_TRANSITION,
					"units are dispatched to an open incident that is not referred; incident %d is %s".formatted(i.id(),
							i.status()));
		}
		Dispatcher.Candidate unit = candidatesById().get(r.unit());
		if (unit == null) {
			throw new IncidentRejected(Reason.INVALID, "no unit " + r.unit() + " in the plan in force");
		}
		Instant now = now();
		IncidentStore.UnitRow row = this.store.lockUnit(unit.id(), actor, now);
		if (row.status() != UnitStatus.AVAILABLE) {
			throw new IncidentRejected(Reason.INVALID, "unit %s is %s%s".formatted(unit.id(), row.status(),
					(row.incident() != null) ? " (incident " + row.incident() + ")" : ""));
		}
		if (i.status() == IncidentStatus.REPORTED) {
			// sending a unit is the desk's verification: both steps are in the timeline
			this.store.append(i.id(), now, actor, "STATUS", IncidentStatus.REPORTED.name(),
					IncidentStatus.VERIFIED.name(), "verified by dispatch");
		}
		this.store.setUnit(unit.id(), UnitStatus.EN_ROUTE, i.id(), actor, now);
		this.store.append(i.id(), now, actor, "DISPATCHED", null, unit.id(), r.note());
		IncidentStatus to = (i.status() == IncidentStatus.VERIFIED || i.status() == IncidentStatus.REPORTED)
				? IncidentStatus.DISPATCHED : i.status();
		return change(i, with(i, i.severity(), to, null, null, i.owner(), i.claimedAt()), actor, "STATUS",
				i.status().name(), to.name(), null);
	}

	private Incident releaseUnit(Incident i, ActionRequest r, String actor) {
		requireText(r.unit(), "unit");
		Instant now = now();
		IncidentStore.UnitRow row = this.store.lockUnit(r.unit(), actor, now);
		if (!Objects.equals(row.incident(), i.id())) {
			throw new IncidentRejected(Reason.INVALID, "unit " + r.unit() + " does not serve incident " + i.id());
		}
		this.store.setUnit(r.unit(), UnitStatus.AVAILABLE, null, actor, now);
		return change(i, i, actor, "UNIT_STATUS", r.unit() + " " + row.status(), r.unit() + " " + UnitStatus.AVAILABLE,
				r.note());
	}

	private Incident duplicate(Incident i, ActionRequest r, String actor, String filter) {
		if (r.original() == null) {
			throw new IllegalArgumentException("original is required: the incident this one duplicates");
		}
		if (r.original() == i.id()) {
			throw new IncidentRejected(Reason.INVALID, "an incident cannot duplicate itself");
		}
		requireOpen(i);
		Incident original = this.store.lock(r.original(), filter)
			.orElseThrow(() -> new NotFound("No incident " + r.original()));
		if (original.status() == IncidentStatus.DUPLICATE) {
			throw new IncidentRejected(Reason.INVALID, "incident %d is itself a duplicate of %d; link to that one"
				.formatted(original.id(), original.duplicateOf()));
		}
		Instant now = now();
		releaseUnits(i.id(), actor, now);
		int moved = this.store.moveReports(i.id(), original.id());
		this.store.append(original.id(), now, actor, "MERGED", "#" + i.id(), "#" + original.id(),
				moved + " report(s) joined" + ((r.note() != null) ? "; " + r.note() : ""));
		Incident after = this.store.update(original, now);
		announce(after, "MERGED", actor);
		return change(i, with(i, i.severity(), IncidentStatus.DUPLICATE, null, original.id(), null, null), actor,
				"DUPLICATE_OF", i.status().name(), "#" + original.id(), r.note());
	}

	private Incident linkReport(Incident i, ActionRequest r, String actor) {
		if (r.report() == null) {
			throw new IllegalArgumentException("report is required: the id of a field report");
		}
		FieldReport report = this.reports.find(r.report())
			.map(FieldReportStore.Stored::report)
			.filter(f -> CurrentUser.scope(this.scopes).coversKecamatan(f.kecamatan()))
			.orElseThrow(() -> new NotFound("No field report " + r.report()));
		var current = this.store.incidentOfReport(report.id());
		if (current.isPresent()) {
			throw new IncidentRejected(Reason.INVALID,
					"field report " + report.id() + " already belongs to incident " + current.get());
		}
		this.store.linkReport(report.id(), i.id(), actor, now());
		return change(i, i, actor, "REPORT_LINKED", null, report.id().toString(), r.note());
	}

	/**
	 * @return every unit of the plan in force with its status
	 */
	public List<DispatchUnit> units() {
		Map<String, IncidentStore.UnitRow> rows = this.store.units();
		AccessScope scope = CurrentUser.scope(this.scopes);
		return this.dispatcher.units()
			.candidates()
			.stream()
			.filter(c -> inScope(c, scope))
			.map(c -> Dispatcher.unit(c, rows.get(c.id())))
			.toList();
	}

	/**
	 * A post is in a scope when the TPS it guards are; a reserve team belongs to the
	 * Polres, so only a scope without limits (the Polres staff, the Polda) holds it.
	 */
	private boolean inScope(Dispatcher.Candidate c, AccessScope scope) {
		if (scope.kecamatan() == null) {
			return true;
		}
		if (c.tps() == null || c.tps().isEmpty()) {
			return false;
		}
		return c.tps().stream().allMatch(t -> scope.coversKecamatan(this.directory.kecamatan(t)));
	}

	/**
	 * @return which plan the units come from: {@code v<n>} (published) or {@code demo}
	 */
	public String planInForce() {
		return this.dispatcher.units().planName();
	}

	/**
	 * Changes a unit's status by hand (out of service, back in service, arrived).
	 * @param unitId a unit
	 * @param status its new status
	 * @param note why
	 * @return the unit
	 */
	public DispatchUnit setUnitStatus(String unitId, UnitStatus status, String note) {
		if (status == null) {
			throw new IllegalArgumentException("status is required: one of " + List.of(UnitStatus.values()));
		}
		if (note != null && note.length() > MAX_NOTE) {
			throw new IllegalArgumentException("note is longer than " + MAX_NOTE + " characters");
		}
		AccessScope scope = CurrentUser.scope(this.scopes);
		Dispatcher.Candidate c = candidatesById().get(unitId);
		if (c == null || !inScope(c, scope)) {
			throw new NotFound("No unit " + unitId + " in the plan in force");
		}
		String actor = CurrentUser.name();
		return this.transaction.execute(tx -> {
			Instant now = now();
			IncidentStore.UnitRow row = this.store.lockUnit(unitId, actor, now);
			Long incident = (status == UnitStatus.EN_ROUTE || status == UnitStatus.ON_SCENE) ? row.incident() : null;
			if ((status == UnitStatus.EN_ROUTE || status == UnitStatus.ON_SCENE) && incident == null) {
				throw new IncidentRejected(Reason.INVALID, "a unit is sent EN_ROUTE by dispatching it to an incident");
			}
			this.store.setUnit(unitId, status, incident, actor, now);
			Long served = (row.incident() != null) ? row.incident() : null;
			if (served != null && this.store.find(served, scope.kecamatanFilter()).isEmpty()) {
				throw new NotFound("No unit " + unitId + " in the plan in force");
			}
			if (served != null) {
				this.store.append(served, now, actor, "UNIT_STATUS", unitId + " " + row.status(), unitId + " " + status,
						note);
			}
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("kind", "unit");
			m.put("unit", unitId);
			m.put("status", status.name());
			m.put("kecamatan", "");
			this.reports.announce(this.json.writeValueAsString(m));
			return Dispatcher.unit(c, new IncidentStore.UnitRow(unitId, status, incident, now, actor));
		});
	}

	/**
	 * Ranks the available units for an incident by the {@link DispatchPolicy} (reserve
	 * teams and the nearest posts), each with its cost and the reason of its place.
	 * @param id an incident
	 * @return the options, the recommended unit first
	 */
	public List<DispatchOption> recommend(long id) {
		Incident i = get(id);
		double[] at = this.directory.place(i.tps());
		if (at == null) {
			throw new IncidentRejected(Reason.INVALID, "TPS " + i.tps() + " of incident " + id + " no longer exists");
		}
		return Dispatcher.rank(this.dispatcher.units().candidates(), this.store.units(), at[0], at[1],
				this.dispatcher.travel(), Dispatcher.NEAREST_POSTS);
	}

	private Map<String, Dispatcher.Candidate> candidatesById() {
		Map<String, Dispatcher.Candidate> byId = new LinkedHashMap<>();
		this.dispatcher.units().candidates().forEach(c -> byId.put(c.id(), c));
		return byId;
	}

	private static void requireOpen(Incident i) {
		if (i.status().closed()) {
			throw new IncidentRejected(Reason.INVALID_TRANSITION,
					"incident " + i.id() + " is closed (" + i.status() + ")");
		}
	}

	private static void requireText(String value, String field) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(field + " is required");
		}
	}

	private static Incident with(Incident i, Severity severity, IncidentStatus status, ReferralTarget referredTo,
			Long duplicateOf, String owner, Instant claimedAt) {
		return new Incident(i.id(), i.tps(), i.kecamatan(), i.type(), severity, status, referredTo, duplicateOf,
				i.title(), owner, claimedAt, i.version(), i.createdAt(), i.createdBy(), i.updatedAt());
	}

	/** Writes the incident, logs the action, tells every screen. */
	private Incident change(Incident before, Incident after, String actor, String action, String from, String to,
			String note) {
		Instant now = now();
		Incident stored = this.store.update(after, now);
		this.store.append(before.id(), now, actor, action, from, to, note);
		announce(stored, action, actor);
		return stored;
	}

	private void announce(Incident i, String action, String actor) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("kind", "incident");
		m.put("incident", i.id());
		m.put("kecamatan", i.kecamatan());
		m.put("tps", i.tps());
		m.put("status", i.status().name());
		m.put("severity", i.severity().name());
		m.put("owner", i.owner());
		m.put("version", i.version());
		m.put("action", action);
		m.put("actor", actor);
		m.put("title", abbreviate(i.title(), 120));
		m.values().removeIf(Objects::isNull);
		this.reports.announce(this.json.writeValueAsString(m));
	}

	private static String abbreviate(String s, int max) {
		return (s.length() > max) ? s.substring(0, max - 1) + "…" : s;
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
