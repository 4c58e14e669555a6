package id.praja.operation;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.praja.operation.internal.OperationRepository;
import id.praja.operation.internal.SprinPdf;
import id.praja.personnel.Officer;
import id.praja.personnel.PersonnelManagement;
import id.praja.shared.AccessScope;
import id.praja.shared.AccessScopes;
import id.praja.shared.CurrentUser;
import id.praja.shared.Limits;
import id.praja.shared.NotFound;

/**
 * The operation: its agenda (stages and milestones), task forces, activity log and Sprin
 * orders. Every change is published as an {@link OperationChanged} (and so audited).
 */
@Service
public class OperationManagement {

	private final OperationRepository repository;

	private final PersonnelManagement personnel;

	private final ApplicationEventPublisher events;

	private final org.springframework.beans.factory.ObjectProvider<AccessScopes> scopes;

	OperationManagement(OperationRepository repository, PersonnelManagement personnel, ApplicationEventPublisher events,
			org.springframework.beans.factory.ObjectProvider<AccessScopes> scopes) {
		this.repository = repository;
		this.personnel = personnel;
		this.events = events;
		this.scopes = scopes;
	}

	/**
	 * Orders name people, so they are scoped like people: the Polres staff and the Polda
	 * see every order; a Kapolsek the orders whose personnel are all his Polsek's; a
	 * field officer the orders that name him; without a scope, none.
	 */
	private boolean visible(SprinOrder order) {
		AccessScope scope = CurrentUser.scope(this.scopes);
		if (scope.unrestricted()) {
			return true;
		}
		if (scope.officerNrp() != null) {
			return order.personnel().stream().anyMatch(m -> scope.officerNrp().equals(m.nrp()));
		}
		return scope.units() != null && !order.personnel().isEmpty()
				&& order.personnel().stream().allMatch(m -> scope.units().contains(m.unitCode()));
	}

	/**
	 * @return the current operation
	 */
	@Transactional(readOnly = true)
	public Operation operation() {
		return this.repository.operation();
	}

	/**
	 * @return stages and milestones, in time order
	 */
	@Transactional(readOnly = true)
	public List<AgendaItem> agenda() {
		return this.repository.agenda();
	}

	/**
	 * Voting day, read from the agenda: the day the voting stage (code
	 * {@code PEMUNGUTAN}) starts. The one place every module reads it from.
	 * @return voting day, or empty when the agenda has no voting stage
	 */
	@Transactional(readOnly = true)
	public Optional<LocalDate> votingDay() {
		return this.repository.agenda()
			.stream()
			.filter(a -> a.code().equals("PEMUNGUTAN"))
			.map(a -> a.startsAt().toLocalDate())
			.findFirst();
	}

	/**
	 * Moves a stage or milestone.
	 * @param id the item
	 * @param startsAt new start
	 * @param endsAt new end (null for a milestone; required for a stage)
	 * @return the item afterwards
	 */
	@Transactional
	public AgendaItem reschedule(long id, LocalDateTime startsAt, LocalDateTime endsAt) {
		AgendaItem before = this.repository.agendaItem(id).orElseThrow(() -> new NotFound("no agenda item " + id));
		if (startsAt == null) {
			throw new IllegalArgumentException("a start is required");
		}
		Operation op = operation();
		LocalDate earliest = op.startsOn().minusYears(1);
		LocalDate latest = op.endsOn().plusYears(1);
		Limits.date("start", startsAt.toLocalDate(), earliest, latest);
		if (endsAt != null) {
			Limits.date("end", endsAt.toLocalDate(), earliest, latest);
		}
		if (before.milestone()) {
			endsAt = null;
		}
		else if (endsAt == null || endsAt.isBefore(startsAt)) {
			throw new IllegalArgumentException("a stage needs an end not before its start");
		}
		this.repository.updateAgenda(id, startsAt, endsAt);
		AgendaItem after = this.repository.agendaItem(id).orElseThrow();
		this.events.publishEvent(new OperationChanged("operation.agenda-changed", "agenda", before.code(),
				Map.of("startsAt", String.valueOf(before.startsAt()), "endsAt", String.valueOf(before.endsAt())),
				Map.of("startsAt", String.valueOf(after.startsAt()), "endsAt", String.valueOf(after.endsAt()))));
		return after;
	}

	/**
	 * @return the task forces with their head and members
	 */
	@Transactional(readOnly = true)
	public List<TaskForce> taskForces() {
		return this.repository.taskForces().stream().map(this::taskForce).toList();
	}

	/**
	 * @param code a task force code
	 * @return the task force
	 */
	@Transactional(readOnly = true)
	public TaskForce taskForce(String code) {
		return taskForce(row(code));
	}

	/**
	 * Changes a task force's head, duties and members.
	 * @param code the task force
	 * @param headNrp the head's NRP, or null/blank for none
	 * @param duties its duties
	 * @param memberNrps its members' NRPs
	 * @return the task force afterwards
	 */
	@Transactional
	public TaskForce changeTaskForce(String code, String headNrp, String duties, List<String> memberNrps) {
		OperationRepository.TaskForceRow row = row(code);
		TaskForce before = taskForce(row);
		String head = (headNrp == null || headNrp.isBlank()) ? null : headNrp.strip();
		if (head != null) {
			officer(head);
		}
		Set<String> members = new LinkedHashSet<>();
		for (String nrp : memberNrps) {
			if (nrp != null && !nrp.isBlank() && !nrp.strip().equals(head)) {
				officer(nrp.strip());
				members.add(nrp.strip());
			}
		}
		String cleanDuties = (duties == null) ? "" : duties.strip();
		if (cleanDuties.length() > 2000) {
			throw new IllegalArgumentException("duties are limited to 2000 characters");
		}
		this.repository.updateTaskForce(row.id(), head, cleanDuties, List.copyOf(members));
		TaskForce after = taskForce(code);
		this.events.publishEvent(new OperationChanged("operation.task-force-changed", "task-force", code,
				summary(before), summary(after)));
		return after;
	}

	private static Map<String, Object> summary(TaskForce t) {
		return Map.of("head", (t.head() != null) ? t.head().nrp() : "-", "members",
				t.members().stream().map(Member::nrp).toList(), "duties", t.duties());
	}

	/**
	 * @param taskForce a task force code, or null for all
	 * @param limit most recent first, at most this many
	 * @return logged activities
	 */
	@Transactional(readOnly = true)
	public List<Activity> activities(String taskForce, int limit) {
		if (taskForce != null) {
			row(taskForce);
		}
		return this.repository.activities(taskForce, Math.max(1, Math.min(limit, 1000)));
	}

	/**
	 * @param from first day (inclusive)
	 * @param to last day (inclusive)
	 * @return every activity logged for those days, oldest first (no limit: reports count
	 * them)
	 */
	@Transactional(readOnly = true)
	public List<Activity> activitiesBetween(java.time.LocalDate from, java.time.LocalDate to) {
		if (from == null || to == null || to.isBefore(from)) {
			throw new IllegalArgumentException("a period needs a first day on or before its last day");
		}
		return this.repository.activitiesBetween(from.atStartOfDay(), to.plusDays(1).atStartOfDay());
	}

	/**
	 * Logs an activity of a task force.
	 * @param taskForce the task force
	 * @param a the activity
	 * @return it, as stored
	 */
	@Transactional
	public Activity recordActivity(String taskForce, NewActivity a) {
		OperationRepository.TaskForceRow row = row(taskForce);
		checkOwnTaskForce(taskForce);
		if (a == null || a.kind() == null || a.at() == null) {
			throw new IllegalArgumentException("an activity needs a kind and a time");
		}
		if (a.place() == null || a.place().isBlank()) {
			throw new IllegalArgumentException("an activity needs a place");
		}
		Limits.text("place", a.place().strip(), 200);
		Limits.text("note", (a.note() != null) ? a.note().strip() : null, 1000);
		if (a.unitCode() == null || this.personnel.unit(a.unitCode()).isEmpty()) {
			throw new IllegalArgumentException("unknown unit " + a.unitCode());
		}
		int officers = (a.officers() != null) ? a.officers() : 0;
		int people = (a.people() != null) ? a.people() : 0;
		if (officers < 0 || people < 0) {
			throw new IllegalArgumentException("counts must not be negative");
		}
		Operation op = operation();
		LocalDate day = a.at().toLocalDate();
		if (day.isBefore(op.startsOn().minusDays(30)) || day.isAfter(op.endsOn())) {
			throw new IllegalArgumentException("the activity lies outside the operation's period");
		}
		long id = this.repository.insertActivity(row.id(), a.kind(), a.at(), a.place().strip(), a.unitCode(), officers,
				people, (a.note() == null || a.note().isBlank()) ? null : a.note().strip(), CurrentUser.name());
		Activity stored = this.repository.activity(id).orElseThrow();
		this.events.publishEvent(new OperationChanged("operation.activity-recorded", "activity", Long.toString(id),
				null,
				Map.of("taskForce", taskForce, "kind", a.kind().name(), "place", stored.place(), "people", people)));
		return stored;
	}

	/**
	 * A Kasatgas leads one task force (his account's scope {@code SATGAS-<code>}) and
	 * logs the activities of that one only; the Polres staff and the desk log for any.
	 * @throws org.springframework.security.access.AccessDeniedException (403) for a
	 * Kasatgas writing another task force's log
	 */
	private static void checkOwnTaskForce(String taskForce) {
		boolean kasatgas = CurrentUser.hasRole("KASATGAS");
		String scope = CurrentUser.authority("SCOPE_").orElse(null);
		if (kasatgas && (scope == null || !scope.equalsIgnoreCase("SATGAS-" + taskForce))) {
			throw new org.springframework.security.access.AccessDeniedException(
					"a Kasatgas logs the activities of his own task force only");
		}
	}

	/**
	 * @return activity counts per task force and kind (for reports)
	 */
	@Transactional(readOnly = true)
	public Map<String, Map<ActivityKind, Integer>> activityCounts() {
		Map<String, Map<ActivityKind, Integer>> counts = new java.util.LinkedHashMap<>();
		for (Activity a : this.repository.activities(null, 100000)) {
			counts.computeIfAbsent(a.taskForce(), k -> new java.util.EnumMap<>(ActivityKind.class))
				.merge(a.kind(), 1, Integer::sum);
		}
		return counts;
	}

	/**
	 * @return the orders issued, newest first
	 */
	@Transactional(readOnly = true)
	public List<SprinOrder> sprins() {
		return this.repository.sprins().stream().filter(this::visible).toList();
	}

	/**
	 * @param id an order
	 * @return the order
	 */
	@Transactional(readOnly = true)
	public SprinOrder sprin(long id) {
		return this.repository.sprin(id).filter(this::visible).orElseThrow(() -> new NotFound("no Sprin " + id));
	}

	/**
	 * Issues a numbered order with the personnel of a task force (head first) or of a
	 * unit of the roster attached as they are now.
	 * @param s the order
	 * @return it, with its number
	 */
	@Transactional
	public SprinOrder issueSprin(NewSprin s) {
		if (s == null || s.issuedOn() == null || s.periodFrom() == null || s.periodTo() == null) {
			throw new IllegalArgumentException("an order needs a date of issue and a period");
		}
		if (s.task() == null || s.task().isBlank()) {
			throw new IllegalArgumentException("an order needs a task");
		}
		if (s.periodTo().isBefore(s.periodFrom())) {
			throw new IllegalArgumentException("the period ends before it starts");
		}
		Limits.text("task", s.task().strip(), 2000);
		Operation op = operation();
		LocalDate earliest = op.startsOn().minusYears(1);
		LocalDate latest = op.endsOn().plusYears(1);
		Limits.date("issuedOn", s.issuedOn(), earliest, latest);
		Limits.date("periodFrom", s.periodFrom(), earliest, latest);
		Limits.date("periodTo", s.periodTo(), earliest, latest);
		List<Member> people = new ArrayList<>();
		String source;
		if (s.taskForce() != null && !s.taskForce().isBlank()) {
			TaskForce t = taskForce(s.taskForce());
			if (t.head() != null) {
				people.add(t.head());
			}
			people.addAll(t.members());
			source = "TASK_FORCE:" + t.code();
		}
		else if (s.unitCode() != null && !s.unitCode().isBlank()) {
			if (this.personnel.unit(s.unitCode()).isEmpty()) {
				throw new IllegalArgumentException("unknown unit " + s.unitCode());
			}
			for (Officer o : this.personnel.allOfficers(s.unitCode())) {
				people.add(member(o));
			}
			source = "UNIT:" + s.unitCode();
		}
		else {
			throw new IllegalArgumentException("choose a task force or a unit for the personnel");
		}
		if (people.isEmpty()) {
			throw new IllegalArgumentException("no personnel to attach");
		}
		String considering = (s.considering() == null || s.considering().isBlank()) ? null : s.considering().strip();
		Limits.text("considering", considering, 2000);
		OperationRepository.RegisterRow taken = this.repository.takeSerial();
		String number = SprinRegister.number(taken.pattern(), taken.nextSerial(), s.issuedOn());
		requireUnused(number);
		long id = this.repository.insertSprin(taken.nextSerial(), number, s.issuedOn(),
				this.personnel.letterhead().signatoryTitle(), s.task().strip(), s.periodFrom(), s.periodTo(), source,
				CurrentUser.name(), people, false, considering, this.repository.basis(), this.repository.copies(),
				null);
		this.events.publishEvent(new OperationChanged("operation.sprin-issued", "sprin", number, null,
				Map.of("task", s.task().strip(), "source", source, "personnel", people.size())));
		return sprin(id);
	}

	private void requireUnused(String number) {
		if (this.repository.sprins().stream().anyMatch(o -> number.equals(o.number()))) {
			throw new IllegalArgumentException("op.register.numberTaken");
		}
	}

	/**
	 * Makes the draft Sprin of a deployment plan version (the Sprin of the TPS security):
	 * its personnel are the plan's posted officers, in the order of the posts. A version
	 * has at most one; asked again, the one it has is returned.
	 * @param planVersion the plan version's id
	 * @param planNumber the version number people read (v3)
	 * @param issuedOn the date it is meant to be signed on
	 * @param periodFrom first day of the duty
	 * @param periodTo last day of the duty
	 * @param personnel the posted officers
	 * @return the draft (or the Sprin the version already has)
	 */
	@Transactional
	public SprinOrder draftPlanSprin(long planVersion, int planNumber, LocalDate issuedOn, LocalDate periodFrom,
			LocalDate periodTo, List<Member> personnel) {
		Optional<Long> existing = this.repository.sprinOfPlan(planVersion);
		if (existing.isPresent()) {
			return this.repository.sprin(existing.get()).orElseThrow();
		}
		if (personnel.isEmpty()) {
			throw new IllegalArgumentException("no personnel to attach");
		}
		Operation op = operation();
		String task = "Melaksanakan pengamanan Tempat Pemungutan Suara (TPS) pada pemungutan dan penghitungan suara "
				+ String.join(" dan ", op.contests()) + " di wilayah hukum " + op.polres()
				+ ", sesuai pos dan TPS sebagaimana tercantum dalam lampiran surat perintah ini.";
		String considering = "Bahwa dalam rangka pengamanan pemungutan dan penghitungan suara di TPS, perlu"
				+ " menugaskan personel " + op.polres() + " pada pos-pos pengamanan TPS.";
		long id = this.repository.insertSprin(null, null, issuedOn, this.personnel.letterhead().signatoryTitle(), task,
				periodFrom, periodTo, "PLAN:" + planNumber, CurrentUser.name(), personnel, true, considering, null,
				null, planVersion);
		this.events.publishEvent(new OperationChanged("operation.sprin-drafted", "sprin", "KONSEP-" + id, null,
				Map.of("plan", planNumber, "personnel", personnel.size())));
		return this.repository.sprin(id).orElseThrow();
	}

	/**
	 * @param planVersion a deployment plan version's id
	 * @return the Sprin it belongs to, if one was made (not scoped: its number and date
	 * head the attachment)
	 */
	@Transactional(readOnly = true)
	public Optional<SprinOrder> sprinOfPlan(long planVersion) {
		return this.repository.sprinOfPlan(planVersion).flatMap(this.repository::sprin);
	}

	/**
	 * Issues a draft: it takes the next number of the register and the date of signing,
	 * and keeps the "Dasar" and "Tembusan" as they are now.
	 * @param id the draft
	 * @param issuedOn the date of signing
	 * @return the issued order
	 */
	@Transactional
	public SprinOrder issueDraft(long id, LocalDate issuedOn) {
		SprinOrder draft = sprin(id);
		if (!draft.draft()) {
			throw new IllegalArgumentException("op.sprin.notDraft");
		}
		if (issuedOn == null) {
			throw new IllegalArgumentException("an order needs a date of issue and a period");
		}
		Operation op = operation();
		Limits.date("issuedOn", issuedOn, op.startsOn().minusYears(1), op.endsOn().plusYears(1));
		OperationRepository.RegisterRow taken = this.repository.takeSerial();
		String number = SprinRegister.number(taken.pattern(), taken.nextSerial(), issuedOn);
		requireUnused(number);
		if (!this.repository.issueDraft(id, taken.nextSerial(), number, issuedOn,
				this.personnel.letterhead().signatoryTitle(), this.repository.basis(), this.repository.copies())) {
			throw new IllegalArgumentException("op.sprin.notDraft");
		}
		this.events.publishEvent(new OperationChanged("operation.sprin-issued", "sprin", number,
				Map.of("status", "KONSEP"), Map.of("status", "TERBIT", "personnel", draft.personnel().size())));
		return sprin(id);
	}

	/**
	 * @return the register: number pattern, next serial, "Dasar" and "Tembusan"
	 */
	@Transactional(readOnly = true)
	public SprinRegister sprinRegister() {
		OperationRepository.RegisterRow row = this.repository.register();
		return new SprinRegister(row.pattern(), row.nextSerial(), this.repository.basis(), this.repository.copies());
	}

	/**
	 * Changes the register. The pattern must hold {@code {nomor}}; the next serial must
	 * lie above every serial taken; a "Dasar" is needed.
	 * @param register the register as it should be (blank lines are dropped)
	 * @return it, as stored
	 */
	@Transactional
	public SprinRegister changeSprinRegister(SprinRegister register) {
		SprinRegister before = sprinRegister();
		String pattern = (register.pattern() == null) ? "" : register.pattern().strip();
		if (!pattern.contains("{nomor}")) {
			throw new IllegalArgumentException("op.register.patternNeedsNumber");
		}
		Limits.text("pattern", pattern, 120);
		if (register.nextSerial() <= this.repository.highestSerial()) {
			throw new IllegalArgumentException("op.register.serialTaken");
		}
		List<String> basis = clean(register.basis(), 600);
		List<String> copies = clean(register.copies(), 200);
		if (basis.isEmpty()) {
			throw new IllegalArgumentException("op.register.basisNeeded");
		}
		this.repository.updateRegister(pattern, register.nextSerial(), basis, copies);
		SprinRegister after = sprinRegister();
		this.events.publishEvent(new OperationChanged("operation.sprin-register-changed", "sprin-register",
				operation().polres(), registerSummary(before), registerSummary(after)));
		return after;
	}

	private static List<String> clean(List<String> lines, int limit) {
		List<String> clean = new ArrayList<>();
		for (String line : (lines != null) ? lines : List.<String>of()) {
			if (line != null && !line.isBlank()) {
				Limits.text("line", line.strip(), limit);
				clean.add(line.strip());
			}
		}
		if (clean.size() > 30) {
			throw new IllegalArgumentException("at most 30 lines");
		}
		return clean;
	}

	private static Map<String, Object> registerSummary(SprinRegister r) {
		return Map.of("pattern", r.pattern(), "nextSerial", r.nextSerial(), "basis", r.basis(), "copies", r.copies());
	}

	/**
	 * Writes an order as PDF.
	 * @param id the order
	 * @param out where it goes
	 * @throws IOException when writing fails
	 */
	@Transactional(readOnly = true)
	public void writeSprinPdf(long id, OutputStream out) throws IOException {
		Map<String, String> unitNames = new java.util.HashMap<>();
		this.personnel.units().forEach(u -> unitNames.put(u.code(), u.name()));
		SprinPdf.write(operation(), sprin(id), this.personnel.letterhead(), unitNames, out);
	}

	private OperationRepository.TaskForceRow row(String code) {
		return this.repository.taskForces()
			.stream()
			.filter(t -> t.code().equalsIgnoreCase(code))
			.findFirst()
			.orElseThrow(() -> new NotFound("no task force " + code));
	}

	private TaskForce taskForce(OperationRepository.TaskForceRow row) {
		Member head = (row.headNrp() != null) ? find(row.headNrp()).orElse(null) : null;
		List<Member> members = this.repository.members(row.id())
			.stream()
			.map(this::find)
			.flatMap(Optional::stream)
			.toList();
		return new TaskForce(row.code(), row.name(), head, members, row.duties());
	}

	private Optional<Member> find(String nrp) {
		return this.personnel.officer(nrp).map(OperationManagement::member);
	}

	private Member officer(String nrp) {
		return find(nrp).orElseThrow(() -> new IllegalArgumentException("unknown officer " + nrp));
	}

	private static Member member(Officer o) {
		return new Member(o.nrp(), o.name(), o.rank().abbreviation(), o.unitCode());
	}

}
