package id.praja.operation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.praja.operation.Activity;
import id.praja.operation.ActivityKind;
import id.praja.operation.AgendaItem;
import id.praja.operation.Member;
import id.praja.operation.Operation;
import id.praja.operation.SprinOrder;

/** SQL of the operation module. */
@Repository
public class OperationRepository {

	/** The one operation so far. */
	public static final long OPERATION = 1;

	private final JdbcClient jdbc;

	OperationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Operation operation() {
		return this.jdbc.sql("SELECT * FROM operation WHERE id = ?")
			.param(OPERATION)
			.query((rs, n) -> new Operation(rs.getLong("id"), rs.getString("code_name"), rs.getString("polda"),
					rs.getString("polres"), rs.getObject("starts_on", LocalDate.class),
					rs.getObject("ends_on", LocalDate.class), Arrays.asList(rs.getString("contests").split(";"))))
			.single();
	}

	public List<AgendaItem> agenda() {
		return this.jdbc.sql("SELECT * FROM operation_agenda WHERE operation_id = ? ORDER BY starts_at, id")
			.param(OPERATION)
			.query(OperationRepository::agendaItem)
			.list();
	}

	public Optional<AgendaItem> agendaItem(long id) {
		return this.jdbc.sql("SELECT * FROM operation_agenda WHERE id = ?")
			.param(id)
			.query(OperationRepository::agendaItem)
			.optional();
	}

	public void updateAgenda(long id, LocalDateTime startsAt, LocalDateTime endsAt) {
		this.jdbc.sql("UPDATE operation_agenda SET starts_at = ?, ends_at = ? WHERE id = ?")
			.params(Timestamp.valueOf(startsAt), (endsAt != null) ? Timestamp.valueOf(endsAt) : null, id)
			.update();
	}

	private static AgendaItem agendaItem(ResultSet rs, int n) throws SQLException {
		return new AgendaItem(rs.getLong("id"), rs.getString("kind"), rs.getString("code"), rs.getString("name"),
				rs.getObject("starts_at", LocalDateTime.class), rs.getObject("ends_at", LocalDateTime.class),
				rs.getString("place"), rs.getString("note"));
	}

	/** A task force row: code, name, head NRP, duties. */
	public record TaskForceRow(long id, String code, String name, String headNrp, String duties) {
	}

	public List<TaskForceRow> taskForces() {
		return this.jdbc.sql("SELECT * FROM task_force WHERE operation_id = ? ORDER BY position")
			.param(OPERATION)
			.query((rs, n) -> new TaskForceRow(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
					rs.getString("head_nrp"), rs.getString("duties")))
			.list();
	}

	public List<String> members(long taskForceId) {
		return this.jdbc.sql("SELECT nrp FROM task_force_member WHERE task_force_id = ? ORDER BY nrp")
			.param(taskForceId)
			.query(String.class)
			.list();
	}

	public void updateTaskForce(long id, String headNrp, String duties, List<String> members) {
		this.jdbc.sql("UPDATE task_force SET head_nrp = ?, duties = ? WHERE id = ?")
			.params(headNrp, duties, id)
			.update();
		this.jdbc.sql("DELETE FROM task_force_member WHERE task_force_id = ?").param(id).update();
		for (String nrp : members) {
			this.jdbc.sql("INSERT INTO task_force_member (task_force_id, nrp) VALUES (?, ?)").params(id, nrp).update();
		}
	}

	public List<Activity> activities(String taskForce, int limit) {
		return this.jdbc
			.sql("SELECT a.*, t.code FROM task_force_activity a JOIN task_force t ON t.id = a.task_force_id"
					+ " WHERE (CAST(? AS VARCHAR) IS NULL OR t.code = ?) ORDER BY a.at DESC, a.id DESC LIMIT ?")
			.params(taskForce, taskForce, limit)
			.query((rs, n) -> new Activity(rs.getLong("id"), rs.getString("code"),
					ActivityKind.valueOf(rs.getString("kind")), rs.getObject("at", LocalDateTime.class),
					rs.getString("place"), rs.getString("unit_code"), rs.getInt("officers"), rs.getInt("people"),
					rs.getString("note"), rs.getString("recorded_by")))
			.list();
	}

	public java.util.Optional<Activity> activity(long id) {
		return this.jdbc
			.sql("SELECT a.*, t.code FROM task_force_activity a JOIN task_force t ON t.id = a.task_force_id"
					+ " WHERE a.id = ?")
			.params(id)
			.query((rs, n) -> new Activity(rs.getLong("id"), rs.getString("code"),
					ActivityKind.valueOf(rs.getString("kind")), rs.getObject("at", LocalDateTime.class),
					rs.getString("place"), rs.getString("unit_code"), rs.getInt("officers"), rs.getInt("people"),
					rs.getString("note"), rs.getString("recorded_by")))
			.optional();
	}

	public List<Activity> activitiesBetween(LocalDateTime from, LocalDateTime before) {
		return this.jdbc
			.sql("SELECT a.*, t.code FROM task_force_activity a JOIN task_force t ON t.id = a.task_force_id"
					+ " WHERE a.at >= ? AND a.at < ? ORDER BY a.at, a.id")
			.params(from, before)
			.query((rs, n) -> new Activity(rs.getLong("id"), rs.getString("code"),
					ActivityKind.valueOf(rs.getString("kind")), rs.getObject("at", LocalDateTime.class),
					rs.getString("place"), rs.getString("unit_code"), rs.getInt("officers"), rs.getInt("people"),
					rs.getString("note"), rs.getString("recorded_by")))
			.list();
	}

	public long insertActivity(long taskForceId, ActivityKind kind, LocalDateTime at, String place, String unitCode,
			int officers, int people, String note, String by) {
		return this.jdbc
			.sql("INSERT INTO task_force_activity (task_force_id, kind, at, place, unit_code, officers, people, note,"
					+ " recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")
			.params(taskForceId, kind.name(), Timestamp.valueOf(at), place, unitCode, officers, people, note, by)
			.query(Long.class)
			.single();
	}

	public long countActivities() {
		return this.jdbc.sql("SELECT count(*) FROM task_force_activity").query(Long.class).single();
	}

	/** The register row: pattern and next serial. */
	public record RegisterRow(String pattern, int nextSerial) {
	}

	public RegisterRow register() {
		return this.jdbc.sql("SELECT pattern, next_serial FROM sprin_register WHERE operation_id = ?")
			.param(OPERATION)
			.query((rs, n) -> new RegisterRow(rs.getString("pattern"), rs.getInt("next_serial")))
			.single();
	}

	/**
	 * Takes the next serial of the register: the row lock of the UPDATE makes two
	 * concurrent takers wait for each other, so no serial is taken twice.
	 * @return the serial taken and the pattern
	 */
	public RegisterRow takeSerial() {
		return this.jdbc
			.sql("UPDATE sprin_register SET next_serial = next_serial + 1 WHERE operation_id = ?"
					+ " RETURNING pattern, next_serial - 1 AS taken")
			.param(OPERATION)
			.query((rs, n) -> new RegisterRow(rs.getString("pattern"), rs.getInt("taken")))
			.single();
	}

	public int highestSerial() {
		return this.jdbc.sql("SELECT coalesce(max(serial), 0) FROM sprin_order WHERE operation_id = ?")
			.param(OPERATION)
			.query(Integer.class)
			.single();
	}

	public void updateRegister(String pattern, int nextSerial, List<String> basis, List<String> copies) {
		this.jdbc.sql("UPDATE sprin_register SET pattern = ?, next_serial = ? WHERE operation_id = ?")
			.params(pattern, nextSerial, OPERATION)
			.update();
		replaceLines("sprin_basis", basis);
		replaceLines("sprin_copy", copies);
	}

	private void replaceLines(String table, List<String> lines) {
		this.jdbc.sql("DELETE FROM " + table + " WHERE operation_id = ?").param(OPERATION).update();
		for (int i = 0; i < lines.size(); i++) {
			this.jdbc.sql("INSERT INTO " + table + " (operation_id, position, text) VALUES (?, ?, ?)")
				.params(OPERATION, i + 1, lines.get(i))
				.update();
		}
	}

	public List<String> basis() {
		return lines("sprin_basis");
	}

	public List<String> copies() {
		return lines("sprin_copy");
	}

	private List<String> lines(String table) {
		return this.jdbc.sql("SELECT text FROM " + table + " WHERE operation_id = ? ORDER BY position")
			.param(OPERATION)
			.query(String.class)
			.list();
	}

	public long insertSprin(Integer serial, String number, LocalDate issuedOn, String issuer, String task,
			LocalDate from, LocalDate to, String source, String by, List<Member> personnel, boolean draft,
			String considering, List<String> basis, List<String> copies, Long planVersion) {
		long id = this.jdbc
			.sql("INSERT INTO sprin_order (operation_id, serial, number, issued_on, issuer, task, period_from,"
					+ " period_to, source, issued_by, status, considering, basis, copies, plan_version)"
					+ " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")
			.params(OPERATION, serial, number, issuedOn, issuer, task, from, to, source, by,
					draft ? "KONSEP" : "TERBIT", considering, (basis != null) ? String.join("\n", basis) : null,
					(copies != null) ? String.join("\n", copies) : null, planVersion)
			.query(Long.class)
			.single();
		for (int i = 0; i < personnel.size(); i++) {
			Member m = personnel.get(i);
			this.jdbc
				.sql("INSERT INTO sprin_personnel (sprin_id, position, nrp, name, rank, unit_code)"
						+ " VALUES (?, ?, ?, ?, ?, ?)")
				.params(id, i + 1, m.nrp(), m.name(), m.rank(), m.unitCode())
				.update();
		}
		return id;
	}

	/**
	 * Issues a draft: its number, date, signatory and the texts it is signed with.
	 * @return true when it was a draft
	 */
	public boolean issueDraft(long id, int serial, String number, LocalDate issuedOn, String issuer, List<String> basis,
			List<String> copies) {
		return this.jdbc
			.sql("UPDATE sprin_order SET status = 'TERBIT', serial = ?, number = ?, issued_on = ?, issuer = ?,"
					+ " basis = ?, copies = ? WHERE id = ? AND status = 'KONSEP'")
			.params(serial, number, issuedOn, issuer, String.join("\n", basis), String.join("\n", copies), id)
			.update() == 1;
	}

	public Optional<Long> sprinOfPlan(long planVersion) {
		return this.jdbc.sql("SELECT id FROM sprin_order WHERE plan_version = ?")
			.param(planVersion)
			.query(Long.class)
			.optional();
	}

	public List<SprinOrder> sprins() {
		List<SprinOrder> orders = this.jdbc.sql("SELECT * FROM sprin_order ORDER BY serial DESC NULLS FIRST, id DESC")
			.query((rs, n) -> sprin(rs, List.of()))
			.list();
		List<SprinOrder> result = new ArrayList<>();
		for (SprinOrder o : orders) {
			result.add(new SprinOrder(o.id(), o.number(), o.issuedOn(), o.issuer(), o.task(), o.periodFrom(),
					o.periodTo(), o.source(), personnel(o.id()), o.draft(), o.considering(), o.basis(), o.copies(),
					o.planVersion()));
		}
		return result;
	}

	public Optional<SprinOrder> sprin(long id) {
		return this.jdbc.sql("SELECT * FROM sprin_order WHERE id = ?")
			.param(id)
			.query((rs, n) -> sprin(rs, personnel(id)))
			.optional();
	}

	private List<Member> personnel(long sprinId) {
		return this.jdbc.sql("SELECT * FROM sprin_personnel WHERE sprin_id = ? ORDER BY position")
			.param(sprinId)
			.query((rs, n) -> new Member(rs.getString("nrp"), rs.getString("name"), rs.getString("rank"),
					rs.getString("unit_code")))
			.list();
	}

	private SprinOrder sprin(ResultSet rs, List<Member> personnel) throws SQLException {
		boolean draft = "KONSEP".equals(rs.getString("status"));
		String basis = rs.getString("basis");
		String copies = rs.getString("copies");
		long plan = rs.getLong("plan_version");
		Long planVersion = rs.wasNull() ? null : plan;
		// a draft cites the records as they are now; an issued order what it was signed
		// with
		return new SprinOrder(rs.getLong("id"), rs.getString("number"), rs.getObject("issued_on", LocalDate.class),
				rs.getString("issuer"), rs.getString("task"), rs.getObject("period_from", LocalDate.class),
				rs.getObject("period_to", LocalDate.class), rs.getString("source"), personnel, draft,
				rs.getString("considering"), (basis != null) ? split(basis) : basis(),
				(copies != null) ? split(copies) : copies(), planVersion);
	}

	private static List<String> split(String text) {
		return text.isEmpty() ? List.of() : List.of(text.split("\n"));
	}

}
