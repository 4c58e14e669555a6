package id.praja.personnel.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.praja.personnel.Officer;
import id.praja.personnel.OfficerQuery;
import id.praja.personnel.OfficerStatus;
import id.praja.personnel.Qualification;
import id.praja.personnel.Rank;
import id.praja.personnel.StatusPeriod;
import id.praja.personnel.Unit;
import id.praja.personnel.UnitKind;
import id.praja.shared.AccessScope;

/**
 * Units and officers in PostgreSQL. Every officer query applies the caller's scope.
 */
@Repository
public class PersonnelRepository {

	private static final int BATCH = 500;

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	PersonnelRepository(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	public boolean hasUnits() {
		return this.jdbc.sql("SELECT count(*) FROM personnel_unit").query(Long.class).single() > 0;
	}

	public long officerCount() {
		return this.jdbc.sql("SELECT count(*) FROM personnel_officer").query(Long.class).single();
	}

	public void insertUnits(List<UnitRow> units) {
		// parents first
		List<UnitRow> ordered = new ArrayList<>();
		List<UnitRow> pending = new ArrayList<>(units);
		java.util.Set<String> placed = new java.util.HashSet<>();
		while (!pending.isEmpty()) {
			int before = pending.size();
			for (var it = pending.iterator(); it.hasNext();) {
				UnitRow u = it.next();
				if (u.parentCode() == null || placed.contains(u.parentCode())) {
					ordered.add(u);
					placed.add(u.code());
					it.remove();
				}
			}
			if (pending.size() == before) {
				throw new IllegalStateException("units with unknown parents: " + pending);
			}
		}
		this.template.batchUpdate(
				"""
						INSERT INTO personnel_unit (code, name, kind, parent_code, kecamatan_code, base_name, base_lat, base_lon,
						                            strength, commander, generated, sort_order)
						VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
				ordered, BATCH, (ps, u) -> {
					ps.setString(1, u.code());
					ps.setString(2, u.name());
					ps.setString(3, u.kind().name());
					ps.setString(4, u.parentCode());
					ps.setString(5, u.kecamatanCode());
					ps.setString(6, u.baseName());
					ps.setObject(7, u.baseLat());
					ps.setObject(8, u.baseLon());
					ps.setObject(9, u.strength());
					ps.setString(10, u.commander());
					ps.setBoolean(11, u.generated());
					ps.setInt(12, u.sortOrder());
				});
	}

	public void insertPolsekAreas(Map<String, String> kecamatanToPolsek) {
		kecamatanToPolsek.forEach((kec, unit) -> this.jdbc
			.sql("INSERT INTO personnel_polsek_area (kecamatan_code, unit_code) VALUES (?, ?)")
			.params(kec, unit)
			.update());
	}

	/**
	 * @return kecamatan code to the Polsek serving it
	 */
	/**
	 * @return the time zone of the (first) Polres, e.g. {@code Asia/Jakarta}, or null
	 * without one
	 */
	public String polresTimeZone() {
		return this.jdbc
			.sql("SELECT time_zone FROM personnel_unit WHERE kind = 'POLRES' ORDER BY sort_order, code LIMIT 1")
			.query(String.class)
			.optional()
			.orElse(null);
	}

	/**
	 * @return the (first) Polres: code, name, its Polda's name, the recorded letterhead
	 * line and seat (null when not recorded), or empty without one
	 */
	public Optional<String[]> polresLetterhead() {
		return this.jdbc.sql("""
				SELECT u.code, u.name, p.name, u.letterhead_name, u.seat FROM personnel_unit u
				LEFT JOIN personnel_unit p ON p.code = u.parent_code
				WHERE u.kind = 'POLRES' ORDER BY u.sort_order, u.code LIMIT 1""")
			.query((rs,
					n) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
							rs.getString(5) })
			.optional();
	}

	/**
	 * @return the NRP of the officer of a unit whose function starts with the given words
	 * or of one of its staff functions (e.g. Kapolres, Kabag Ops of Bag Ops), unscoped
	 * since he signs its documents; the unit's own officers first
	 */
	public Optional<String> officialNrp(String unitCode, String function) {
		return this.jdbc
			.sql("""
					SELECT o.nrp FROM personnel_officer o
					WHERE (o.unit_code = ? OR o.unit_code IN (SELECT code FROM personnel_unit WHERE parent_code = ? AND kind = 'FUNGSI'))
					 AND lower(o.function) LIKE lower(?) || '%'
					ORDER BY (o.unit_code = ?) DESC, o.nrp LIMIT 1""")
			.params(unitCode, unitCode, function, unitCode)
			.query(String.class)
			.optional();
	}

	public Map<String, String> polsekAreas() {
		Map<String, String> areas = new TreeMap<>();
		this.jdbc.sql("SELECT kecamatan_code, unit_code FROM personnel_polsek_area").query(rs -> {
			areas.put(rs.getString(1), rs.getString(2));
		});
		return areas;
	}

	/**
	 * @return the previous Polsek of the kecamatan, or null
	 */
	public String setPolsekArea(String kecamatanCode, String polsekCode) {
		String before = polsekAreas().get(kecamatanCode);
		this.jdbc.sql("""
				INSERT INTO personnel_polsek_area (kecamatan_code, unit_code) VALUES (?, ?)
				ON CONFLICT (kecamatan_code) DO UPDATE SET unit_code = EXCLUDED.unit_code""")
			.params(kecamatanCode, polsekCode)
			.update();
		return before;
	}

	public List<Unit> units() {
		Map<String, List<String>> areas = new HashMap<>();
		polsekAreas().forEach((kec, unit) -> areas.computeIfAbsent(unit, u -> new ArrayList<>()).add(kec));
		return this.jdbc.sql("""
				SELECT u.*, (SELECT count(*) FROM personnel_officer o WHERE o.unit_code = u.code) AS officers
				FROM personnel_unit u ORDER BY u.sort_order, u.code""")
			.query((rs, n) -> new Unit(rs.getString("code"), rs.getString("name"),
					UnitKind.valueOf(rs.getString("kind")), rs.getString("parent_code"), rs.getString("kecamatan_code"),
					rs.getString("base_name"), (Double) rs.getObject("base_lat"), (Double) rs.getObject("base_lon"),
					rs.getInt("officers"), (Integer) rs.getObject("strength"), rs.getString("commander"),
					List.copyOf(areas.getOrDefault(rs.getString("code"), List.of())), rs.getBoolean("generated")))
			.list();
	}

	/**
	 * @return every unit with its kind and parent, for the scopes' unit tree
	 */
	List<UnitScopes.UnitNode> unitTree() {
		return this.jdbc.sql("SELECT code, kind, parent_code FROM personnel_unit")
			.query((rs, n) -> new UnitScopes.UnitNode(rs.getString(1), UnitKind.valueOf(rs.getString(2)),
					rs.getString(3)))
			.list();
	}

	public Set<String> unitCodes() {
		return Set.copyOf(this.jdbc.sql("SELECT code FROM personnel_unit").query(String.class).list());
	}

	/** Officers in scope, matching the query: unit filter includes sub-units. */
	private static final String OFFICER_FILTER = """
			FROM personnel_officer o JOIN personnel_unit u ON u.code = o.unit_code
			WHERE (CAST(:unit AS VARCHAR) IS NULL OR o.unit_code IN (
			        WITH RECURSIVE sub(code) AS (SELECT CAST(:unit AS VARCHAR)
			            UNION SELECT c.code FROM personnel_unit c JOIN sub ON c.parent_code = sub.code)
			        SELECT code FROM sub))
			  AND (CAST(:rank AS VARCHAR) IS NULL OR o.rank = :rank)
			  AND (CAST(:q AS VARCHAR) IS NULL OR o.nrp LIKE :prefix OR o.name ILIKE :like OR o.function ILIKE :like)
			  AND (CAST(:units AS VARCHAR) IS NULL OR o.unit_code = ANY(string_to_array(CAST(:units AS VARCHAR), ',')))
			  AND (CAST(:self AS VARCHAR) IS NULL OR o.nrp = :self)
			""";

	/** Ranks in ladder order for SQL sorting. */
	private static final String RANK_ORDER = "array_position(ARRAY[" + Arrays.stream(Rank.values())
		.map(r -> "'" + r.name() + "'")
		.collect(java.util.stream.Collectors.joining(",")) + "]::varchar[], o.rank)";

	private static final String OFFICER_COLUMNS = """
			SELECT o.nrp, o.name, o.rank, o.function, o.unit_code, u.name AS unit_name, o.home_base, o.phone, o.generated
			""";

	public List<Officer> officers(OfficerQuery query, AccessScope scope) {
		List<Officer> page = filtered(OFFICER_COLUMNS + OFFICER_FILTER + " ORDER BY u.sort_order, " + RANK_ORDER
				+ " DESC, o.name LIMIT :limit OFFSET :offset", query, scope)
			.param("limit", query.size())
			.param("offset", (long) query.page() * query.size())
			.query(PersonnelRepository::mapOfficer)
			.list();
		return withDetails(page);
	}

	public long countOfficers(OfficerQuery query, AccessScope scope) {
		return filtered("SELECT count(*) " + OFFICER_FILTER, query, scope).query(Long.class).single();
	}

	public Optional<Officer> officer(String nrp, AccessScope scope) {
		List<Officer> found = filtered(OFFICER_COLUMNS + OFFICER_FILTER + " AND o.nrp = :nrp",
				new OfficerQuery(null, null, null, 0, 1), scope)
			.param("nrp", nrp)
			.query(PersonnelRepository::mapOfficer)
			.list();
		return withDetails(found).stream().findFirst();
	}

	public void forEachOfficer(AccessScope scope, Consumer<Officer> action) {
		forEachOfficer(null, scope, action);
	}

	/**
	 * Every officer in scope (of a unit and its sub-units, or all), page by page: no
	 * limit, however many a Polda has.
	 */
	public void forEachOfficer(String unit, AccessScope scope, Consumer<Officer> action) {
		int size = 1000;
		for (int page = 0;; page++) {
			List<Officer> officers = officers(new OfficerQuery(null, unit, null, page, size), scope);
			officers.forEach(action);
			if (officers.size() < size) {
				return;
			}
		}
	}

	private JdbcClient.StatementSpec filtered(String sql, OfficerQuery query, AccessScope scope) {
		String q = query.q();
		return this.jdbc.sql(sql)
			.param("unit", query.unit())
			.param("rank", (query.rank() != null) ? query.rank().name() : null)
			.param("q", q)
			.param("prefix", (q != null) ? q.replace("%", "") + "%" : null)
			.param("like", (q != null) ? "%" + q.replace("%", "\\%").replace("_", "\\_") + "%" : null)
			.param("units", scope.unitFilter())
			.param("self", scope.officerNrp());
	}

	private List<Officer> withDetails(List<Officer> officers) {
		if (officers.isEmpty()) {
			return officers;
		}
		String nrps = String.join(",", officers.stream().map(Officer::nrp).toList());
		Map<String, List<StatusPeriod>> statuses = new HashMap<>();
		this.jdbc.sql("""
				SELECT nrp, status, valid_from, valid_to FROM personnel_officer_status
				WHERE nrp = ANY(string_to_array(?, ',')) ORDER BY valid_from""").param(nrps).query(rs -> {
			statuses.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
				.add(new StatusPeriod(OfficerStatus.valueOf(rs.getString(2)), rs.getDate(3).toLocalDate(),
						rs.getDate(4).toLocalDate()));
		});
		Map<String, Set<Qualification>> quals = new HashMap<>();
		this.jdbc.sql("""
				SELECT nrp, qualification FROM personnel_officer_qualification
				WHERE nrp = ANY(string_to_array(?, ','))""").param(nrps).query(rs -> {
			quals.computeIfAbsent(rs.getString(1), k -> EnumSet.noneOf(Qualification.class))
				.add(Qualification.valueOf(rs.getString(2)));
		});
		return officers.stream()
			.map(o -> new Officer(o.nrp(), o.name(), o.rank(), o.function(), o.unitCode(), o.unitName(), o.homeBase(),
					o.phone(), List.copyOf(statuses.getOrDefault(o.nrp(), List.of())),
					Set.copyOf(quals.getOrDefault(o.nrp(), Set.of())), o.generated()))
			.toList();
	}

	private static Officer mapOfficer(ResultSet rs, int n) throws SQLException {
		return new Officer(rs.getString("nrp"), rs.getString("name"), Rank.valueOf(rs.getString("rank")),
				rs.getString("function"), rs.getString("unit_code"), rs.getString("unit_name"),
				rs.getString("home_base"), rs.getString("phone"), List.of(), Set.of(), rs.getBoolean("generated"));
	}

	/**
	 * @return those of the given NRPs that exist
	 */
	public Set<String> existingNrps(Collection<String> nrps) {
		if (nrps.isEmpty()) {
			return Set.of();
		}
		return Set.copyOf(this.jdbc.sql("SELECT nrp FROM personnel_officer WHERE nrp = ANY(string_to_array(?, ','))")
			.param(String.join(",", nrps))
			.query(String.class)
			.list());
	}

	/**
	 * Which optional fields of an officer a write sets. A field that is not set keeps its
	 * value on an existing officer and stays empty on a new one: an import file without a
	 * {@code phone} column must not erase every phone number.
	 *
	 * @param homeBase the home base
	 * @param phone the phone number
	 * @param statuses the periods of absence
	 * @param qualifications the qualifications
	 */
	public record Fields(boolean homeBase, boolean phone, boolean statuses, boolean qualifications) {

		/** Every field. */
		public static final Fields ALL = new Fields(true, true, true, true);

	}

	/** Inserts or replaces officers with their statuses and qualifications. */
	public void upsertOfficers(List<OfficerRow> rows) {
		upsertOfficers(rows, Fields.ALL);
	}

	/**
	 * Inserts new officers and updates existing ones; of the optional fields only those
	 * named are changed on existing officers.
	 */
	public void upsertOfficers(List<OfficerRow> rows, Fields fields) {
		StringBuilder set = new StringBuilder("""
				name = EXCLUDED.name, rank = EXCLUDED.rank, function = EXCLUDED.function,
				unit_code = EXCLUDED.unit_code, generated = EXCLUDED.generated""");
		if (fields.homeBase()) {
			set.append(", home_base = EXCLUDED.home_base");
		}
		if (fields.phone()) {
			set.append(", phone = EXCLUDED.phone");
		}
		this.template.batchUpdate("""
				INSERT INTO personnel_officer (nrp, name, rank, function, unit_code, home_base, phone, generated)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)
				ON CONFLICT (nrp) DO UPDATE SET """ + " " + set, rows, BATCH, (ps, o) -> {
			ps.setString(1, o.nrp());
			ps.setString(2, o.name());
			ps.setString(3, o.rank().name());
			ps.setString(4, o.function());
			ps.setString(5, o.unitCode());
			ps.setString(6, o.homeBase());
			ps.setString(7, o.phone());
			ps.setBoolean(8, o.generated());
		});
		String nrps = String.join(",", rows.stream().map(OfficerRow::nrp).toList());
		if (fields.statuses()) {
			this.jdbc.sql("DELETE FROM personnel_officer_status WHERE nrp = ANY(string_to_array(?, ','))")
				.param(nrps)
				.update();
			List<Object[]> statuses = new ArrayList<>();
			for (OfficerRow o : rows) {
				o.statuses()
					.forEach(s -> statuses.add(new Object[] { o.nrp(), s.status().name(),
							java.sql.Date.valueOf(s.from()), java.sql.Date.valueOf(s.to()) }));
			}
			this.template.batchUpdate(
					"INSERT INTO personnel_officer_status (nrp, status, valid_from, valid_to) VALUES (?, ?, ?, ?)",
					statuses);
		}
		if (fields.qualifications()) {
			this.jdbc.sql("DELETE FROM personnel_officer_qualification WHERE nrp = ANY(string_to_array(?, ','))")
				.param(nrps)
				.update();
			List<Object[]> quals = new ArrayList<>();
			for (OfficerRow o : rows) {
				o.qualifications().forEach(q -> quals.add(new Object[] { o.nrp(), q.name() }));
			}
			this.template.batchUpdate("INSERT INTO personnel_officer_qualification (nrp, qualification) VALUES (?, ?)",
					quals);
		}
	}

	public void addStatus(String nrp, StatusPeriod period) {
		this.jdbc.sql("""
				INSERT INTO personnel_officer_status (nrp, status, valid_from, valid_to) VALUES (?, ?, ?, ?)
				ON CONFLICT (nrp, valid_from) DO UPDATE SET status = EXCLUDED.status, valid_to = EXCLUDED.valid_to""")
			.params(nrp, period.status().name(), java.sql.Date.valueOf(period.from()),
					java.sql.Date.valueOf(period.to()))
			.update();
	}

	/**
	 * @return officers per rank in scope, lowest rank first
	 */
	public Map<Rank, Long> rankCounts(AccessScope scope) {
		Map<Rank, Long> counts = new LinkedHashMap<>();
		Arrays.stream(Rank.values()).forEach(r -> counts.put(r, 0L));
		filtered("SELECT o.rank, count(*) " + OFFICER_FILTER + " GROUP BY o.rank",
				new OfficerQuery(null, null, null, 0, 1), scope)
			.query(rs -> {
				counts.put(Rank.valueOf(rs.getString(1)), rs.getLong(2));
			});
		return counts;
	}

	public void setLinmas(String desaCode, Integer strength) {
		if (strength == null) {
			this.jdbc.sql("DELETE FROM personnel_linmas WHERE desa_code = ?").param(desaCode).update();
			return;
		}
		this.jdbc.sql("""
				INSERT INTO personnel_linmas (desa_code, strength) VALUES (?, ?)
				ON CONFLICT (desa_code) DO UPDATE SET strength = EXCLUDED.strength""")
			.params(desaCode, strength)
			.update();
	}

	public Map<String, Integer> linmasOverrides() {
		Map<String, Integer> overrides = new HashMap<>();
		this.jdbc.sql("SELECT desa_code, strength FROM personnel_linmas").query(rs -> {
			overrides.put(rs.getString(1), rs.getInt(2));
		});
		return overrides;
	}

}
