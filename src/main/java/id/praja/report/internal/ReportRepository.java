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
				 AND (CAST(? AS VARCHAR) IS NULL OR unit_code = ?) AND (CAST(? AS VARCHAR) IS NULL OR category = ?)
				ORDER BY day, id""")
			.params(from, to, unit, unit, (category != null) ? category.name() : null,
					(category != null) ? category.name() : null)
			.query(ReportRepository::event)
			.list();
	}

	public long insert(NewReportEvent e, String user) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("""
				INSERT INTO report_event (day, unit_code, category, subcategory, count, dead, badly_hurt,
				 lightly_hurt, loss_rp, notable, note, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(e.day(), e.unitCode(), e.category().name(), e.subcategory().strip(), nz(e.count(), 1),
					nz(e.dead(), 0), nz(e.badlyHurt(), 0), nz(e.lightlyHurt(), 0),
					(e.lossRp() != null) ? e.lossRp() : 0L, Boolean.TRUE.equals(e.notable()),
					(e.note() == null || e.note().isBlank()) ? null : e.note().strip(), user)
			.update(key, "id");
		return key.getKey().longValue();
	}

	private static int nz(Integer value, int fallback) {
		return (value != null) ? value : fallback;
	}

	private static ReportEvent event(ResultSet rs, int n) throws SQLException {
		return new ReportEvent(rs.getLong("id"), rs.getObject("day", LocalDate.class), rs.getString("unit_code"),
				EventCategory.valueOf(rs.getString("category")), rs.getString("subcategory"), rs.getInt("count"),
				rs.getInt("dead"), rs.getInt("badly_hurt"), rs.getInt("lightly_hurt"), rs.getLong("loss_rp"),
				rs.getBoolean("notable"), rs.getString("note"), rs.getString("recorded_by"));
	}

}
