package id.praja.press.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import id.praja.press.Fact;
import id.praja.press.PressRelease;
import id.praja.press.PressTemplate;
import id.praja.press.Quote;
import id.praja.press.ReleaseStatus;
import id.praja.press.ReleaseVersion;

/** SQL of the press module. */
@Repository
public class PressRepository {

	private static final String RELEASE = """
			SELECT r.*, v.title, v.summary, v.body, v.author FROM press_release r
			JOIN press_release_version v ON v.release_id = r.id AND v.version = r.current_version
			""";

	private final JdbcClient jdbc;

	PressRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<PressTemplate> templates() {
		return this.jdbc.sql("SELECT * FROM press_template ORDER BY position, code")
			.query(PressRepository::template)
			.list();
	}

	public Optional<PressTemplate> template(String code) {
		return this.jdbc.sql("SELECT * FROM press_template WHERE code = ?")
			.param(code)
			.query(PressRepository::template)
			.optional();
	}

	public void updateTemplate(String code, String name, String title, String body, String user) {
		this.jdbc.sql(
				"UPDATE press_template SET name = ?, title = ?, body = ?, updated_by = ?, updated_at = now() WHERE code = ?")
			.params(name, title, body, user, code)
			.update();
	}

	public List<Fact> facts(String eventCode) {
		return this.jdbc.sql(
				"SELECT * FROM press_fact WHERE (CAST(? AS VARCHAR) IS NULL OR event_code = ?) ORDER BY event_code, fact_key")
			.params(eventCode, eventCode)
			.query((rs, n) -> new Fact(rs.getString("event_code"), rs.getString("fact_key"), rs.getString("value"),
					rs.getString("source")))
			.list();
	}

	public void saveFact(Fact fact, String user) {
		this.jdbc.sql("""
				INSERT INTO press_fact (event_code, fact_key, value, source, updated_by) VALUES (?, ?, ?, ?, ?)
				ON CONFLICT (event_code, fact_key) DO UPDATE SET value = EXCLUDED.value, source = EXCLUDED.source,
				 updated_by = EXCLUDED.updated_by, updated_at = now()""")
			.params(fact.eventCode(), fact.key(), fact.value(), fact.source(), user)
			.update();
	}

	public List<Quote> quotes(String eventCode) {
		return this.jdbc
			.sql("SELECT * FROM press_quote WHERE (CAST(? AS VARCHAR) IS NULL OR event_code = ?) ORDER BY id")
			.params(eventCode, eventCode)
			.query((rs, n) -> new Quote(rs.getLong("id"), rs.getString("event_code"), rs.getString("speaker"),
					rs.getString("text"), rs.getString("recorded_by"), instant(rs, "recorded_at")))
			.list();
	}

	public long insertQuote(String eventCode, String speaker, String text, String user) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("INSERT INTO press_quote (event_code, speaker, text, recorded_by) VALUES (?, ?, ?, ?)")
			.params(eventCode, speaker, text, user)
			.update(key, "id");
		return key.getKey().longValue();
	}

	/**
	 * @param templateCode the template
	 * @param eventDay the day of the event it reports, or null
	 * @param user who drafts it
	 * @return its id
	 */
	public long insertRelease(String templateCode, java.time.LocalDate eventDay, String user) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("""
				INSERT INTO press_release (template_code, status, current_version, created_by, event_day)
				VALUES (?, 'DRAFT', 0, ?, ?)""").params(templateCode, user, eventDay).update(key, "id");
		return key.getKey().longValue();
	}

	public int insertVersion(long id, String title, String summary, String body, String author, String user) {
		int version = this.jdbc
			.sql("SELECT COALESCE(MAX(version), 0) + 1 FROM press_release_version WHERE release_id = ?")
			.param(id)
			.query(Integer.class)
			.single();
		this.jdbc.sql("""
				INSERT INTO press_release_version (release_id, version, title, summary, body, author, edited_by)
				VALUES (?, ?, ?, ?, ?, ?, ?)""").params(id, version, title, summary, body, author, user).update();
		this.jdbc.sql("UPDATE press_release SET current_version = ? WHERE id = ?").params(version, id).update();
		return version;
	}

	public void setStatus(long id, ReleaseStatus status, String user, String note) {
		String set = switch (status) {
			case DRAFT -> "approved_by = NULL, approved_at = NULL, review_note = :note";
			case REVIEW -> "submitted_by = :user, review_note = NULL";
			case APPROVED -> "approved_by = :user, approved_at = now()";
			case PUBLISHED -> "published_by = :user, published_at = now(), slug = :note";
		};
		this.jdbc.sql("UPDATE press_release SET status = :status, " + set + " WHERE id = :id")
			.param("status", status.name())
			.param("user", user)
			.param("note", note)
			.param("id", id)
			.update();
	}

	public Optional<PressRelease> release(long id) {
		return this.jdbc.sql(RELEASE + " WHERE r.id = ?").param(id).query(PressRepository::release).optional();
	}

	public Optional<PressRelease> published(String slug) {
		return this.jdbc.sql(RELEASE + " WHERE r.slug = ? AND r.status = 'PUBLISHED'")
			.param(slug)
			.query(PressRepository::release)
			.optional();
	}

	public List<PressRelease> releases(ReleaseStatus status, int limit) {
		String order = (status == ReleaseStatus.PUBLISHED) ? "r.published_at DESC, r.id DESC" : "r.id DESC";
		return this.jdbc
			.sql(RELEASE + " WHERE (CAST(? AS VARCHAR) IS NULL OR r.status = ?) ORDER BY " + order + " LIMIT ?")
			.params((status != null) ? status.name() : null, (status != null) ? status.name() : null, limit)
			.query(PressRepository::release)
			.list();
	}

	public List<ReleaseVersion> versions(long id) {
		return this.jdbc.sql("SELECT * FROM press_release_version WHERE release_id = ? ORDER BY version")
			.param(id)
			.query((rs, n) -> new ReleaseVersion(rs.getInt("version"), rs.getString("title"), rs.getString("summary"),
					rs.getString("body"), rs.getString("author"), rs.getString("edited_by"), instant(rs, "edited_at")))
			.list();
	}

	public boolean slugTaken(String slug) {
		return this.jdbc.sql("SELECT count(*) FROM press_release WHERE slug = ?")
			.param(slug)
			.query(Integer.class)
			.single() > 0;
	}

	private static PressTemplate template(ResultSet rs, int n) throws SQLException {
		return new PressTemplate(rs.getString("code"), rs.getString("name"), rs.getString("title"),
				rs.getString("body"), rs.getString("updated_by"), instant(rs, "updated_at"));
	}

	private static PressRelease release(ResultSet rs, int n) throws SQLException {
		return new PressRelease(rs.getLong("id"), rs.getString("template_code"),
				ReleaseStatus.valueOf(rs.getString("status")), rs.getInt("current_version"), rs.getString("slug"),
				rs.getString("title"), rs.getString("summary"), rs.getString("body"), rs.getString("author"),
				rs.getString("created_by"), instant(rs, "created_at"), rs.getString("approved_by"),
				rs.getString("published_by"), instant(rs, "published_at"), rs.getString("review_note"),
				rs.getObject("event_day", java.time.LocalDate.class));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return (t != null) ? t.toInstant() : null;
	}

}
