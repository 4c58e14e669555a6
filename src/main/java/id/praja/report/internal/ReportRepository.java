package id.praja.report.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import id.praja.report.EventCategory;
import id.praja.report.NewReportEvent;
import id.praja.report.ReportEvent;

/** SQL of the report module. */
@Repository
public class ReportRepository {

	private final JdbcClient jdbc;

	ReportRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param from first day
	 * @param to last day
	 * @param unit a unit code, or null for all
	 * @param category a category, or null for all
	 * @return events, by day and id
	 */
	public List<ReportEvent> events(LocalDate from, LocalDate to, String unit, EventCategory category) {
		return this.jdbc.sql("""
				SELECT * FROM report_event WHERE day BETWEEN ? AND ?
				 AND (CAST(? AS VARCHAR) IS NULL OR unit_code = ANY(string_to_array(?, ',')))
				 AND (CAST(? AS VARCHAR) IS NULL OR category = ?)
				ORDER BY day, id""")
			.params(from, to, unit, unit, (category != null) ? category.name() : null,
					(category != null) ? category.name() : null)
			.query(ReportRepository::event)
			.list();
	}

	/**
	 * @param e the event
	 * @param user who records it
	 * @param occurredAt when it happened, or null
	 * @return its id
	 */
	public long insert(NewReportEvent e, String user, java.time.Instant occurredAt) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("""
				INSERT INTO report_event (day, unit_code, category, subcategory, count, dead, badly_hurt,
				 lightly_hurt, loss_rp, notable, note, recorded_by, occurred_at)
				 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(e.day(), e.unitCode(), e.category().name(), e.subcategory().strip(), nz(e.count(), 1),
					nz(e.dead(), 0), nz(e.badlyHurt(), 0), nz(e.lightlyHurt(), 0),
					(e.lossRp() != null) ? e.lossRp() : 0L, Boolean.TRUE.equals(e.notable()),
					(e.note() == null || e.note().isBlank()) ? null : e.note().strip(), user,
					(occurredAt != null) ? java.sql.Timestamp.from(occurredAt) : null)
			.update(key, "id");
		return key.getKey().longValue();
	}

	/**
	 * @param polres the Polres whose register it is
	 * @param unit the unit reported on
	 * @param day the day reported
	 * @return the number given to that Laphar, if it has been issued
	 */
	public java.util.Optional<String> lapharNumber(String polres, String unit, LocalDate day) {
		return this.jdbc
			.sql("SELECT reference FROM report_laphar_number WHERE polres_code = ? AND unit_code = ? AND day = ?")
			.params(polres, unit, day)
			.query(String.class)
			.optional();
	}

	/**
	 * Gives a Laphar the next number of its Polres' register for the year of its day, or
	 * returns the number it already has. The register is locked for the transaction, so
	 * numbers have no gaps and no doubles.
	 * @param polres the Polres whose register it is
	 * @param unit the unit reported on
	 * @param day the day reported
	 * @param issuer the issuing office at the end of the number, e.g. Bag Ops
	 * @param user who issues it
	 * @return e.g. LAPHAR/12/XI/2024/Bag Ops
	 */
	public String issueLaphar(String polres, String unit, LocalDate day, String issuer, String user) {
		this.jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('report_laphar_number'), hashtext(? || '/' || ?))")
			.params(polres, Integer.toString(day.getYear()))
			.query(rs -> {
			});
		java.util.Optional<String> existing = lapharNumber(polres, unit, day);
		if (existing.isPresent()) {
			return existing.get();
		}
		int number = this.jdbc
			.sql("SELECT COALESCE(MAX(number), 0) + 1 FROM report_laphar_number WHERE polres_code = ? AND year = ?")
			.params(polres, day.getYear())
			.query(Integer.class)
			.single();
		String reference = "LAPHAR/" + number + "/" + ROMAN_MONTHS[day.getMonthValue() - 1] + "/" + day.getYear() + "/"
				+ issuer;
		this.jdbc.sql("""
				INSERT INTO report_laphar_number (polres_code, year, number, unit_code, day, reference, issued_by)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(polres, day.getYear(), number, unit, day, reference, user)
			.update();
		return reference;
	}

	static final String[] ROMAN_MONTHS = { "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII" };

	private static int nz(Integer value, int fallback) {
		return (value != null) ? value : fallback;
	}

	private static ReportEvent event(ResultSet rs, int n) throws SQLException {
		return new ReportEvent(rs.getLong("id"), rs.getObject("day", LocalDate.class), rs.getString("unit_code"),
				EventCategory.valueOf(rs.getString("category")), rs.getString("subcategory"), rs.getInt("count"),
				rs.getInt("dead"), rs.getInt("badly_hurt"), rs.getInt("lightly_hurt"), rs.getLong("loss_rp"),
				rs.getBoolean("notable"), rs.getString("note"), rs.getString("recorded_by"),
				(rs.getTimestamp("occurred_at") != null) ? rs.getTimestamp("occurred_at").toInstant() : null);
	}

}
