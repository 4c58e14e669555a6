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

	public int nextSprinSerial() {
		return this.jdbc.sql("SELECT coalesce(max(serial), 1233) + 1 FROM sprin_order").query(Integer.class).single();
	}

	public long insertSprin(int serial, String number, LocalDate issuedOn, String issuer, String task, LocalDate from,
			LocalDate to, String source, String by, List<Member> personnel) {
		long id = this.jdbc
			.sql("INSERT INTO sprin_order (operation_id, serial, number, issued_on, issuer, task, period_from,"
					+ " period_to, source, issued_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")
			.params(OPERATION, serial, number, issuedOn, issuer, task, from, to, source, by)
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

	public List<SprinOrder> sprins() {
		List<SprinOrder> orders = this.jdbc.sql("SELECT * FROM sprin_order ORDER BY serial DESC")
			.query((rs, n) -> sprin(rs, List.of()))
			.list();
		List<SprinOrder> result = new ArrayList<>();
		for (SprinOrder o : orders) {
			result.add(new SprinOrder(o.id(), o.number(), o.issuedOn(), o.issuer(), o.task(), o.periodFrom(),
					o.periodTo(), o.source(), personnel(o.id())));
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

	private static SprinOrder sprin(ResultSet rs, List<Member> personnel) throws SQLException {
		return new SprinOrder(rs.getLong("id"), rs.getString("number"), rs.getObject("issued_on", LocalDate.class),
				rs.getString("issuer"), rs.getString("task"), rs.getObject("period_from", LocalDate.class),
				rs.getObject("period_to", LocalDate.class), rs.getString("source"), personnel);
	}

}
