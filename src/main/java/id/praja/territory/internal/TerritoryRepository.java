package id.praja.territory.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.praja.territory.Desa;
import id.praja.territory.Kecamatan;
import id.praja.territory.TerritorySummary;
import id.praja.territory.Tps;
import id.praja.territory.TpsQuery;

/**
 * SQL access to the territory tables.
 */
@Repository
public class TerritoryRepository {

	private static final String TPS_SELECT = """
			SELECT t.code, t.number, t.desa_code, d.name AS desa_name, d.kecamatan_code, k.name AS kecamatan_name,
			       t.address, t.lat, t.lon, t.voters_male, t.voters_female, t.special_site, t.generated
			FROM territory_tps t
			JOIN territory_desa d ON d.code = t.desa_code
			JOIN territory_kecamatan k ON k.code = d.kecamatan_code
			""";

	private static final int BATCH = 1000;

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	TerritoryRepository(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	public boolean hasReferenceData() {
		return this.jdbc.sql("SELECT count(*) FROM territory_kecamatan").query(Long.class).single() > 0;
	}

	public void insertReferenceData(ReferenceData data) {
		for (var kab : data.kabupaten()) {
			this.jdbc.sql("INSERT INTO territory_kabupaten (code, name, boundary_geojson) VALUES (?, ?, ?)")
				.params(kab.code(), kab.name(), kab.boundaryGeoJson())
				.update();
		}
		this.template.batchUpdate(
				"""
						INSERT INTO territory_kecamatan (code, kabupaten_code, name, lat, lon, area_km2, population, boundary_geojson)
						VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
				data.kecamatan(), BATCH, (ps, k) -> {
					ps.setString(1, k.code());
					ps.setString(2, k.kabupatenCode());
					ps.setString(3, k.name());
					ps.setDouble(4, k.lat());
					ps.setDouble(5, k.lon());
					ps.setBigDecimal(6, k.areaKm2());
					ps.setObject(7, k.population());
					ps.setString(8, k.boundaryGeoJson());
				});
		this.template.batchUpdate("""
				INSERT INTO territory_desa (code, kecamatan_code, name, type, lat, lon, boundary_geojson)
				VALUES (?, ?, ?, ?, ?, ?, ?)""", data.desa(), BATCH, (ps, d) -> {
			ps.setString(1, d.code());
			ps.setString(2, d.kecamatanCode());
			ps.setString(3, d.name());
			ps.setString(4, d.type());
			ps.setDouble(5, d.lat());
			ps.setDouble(6, d.lon());
			ps.setString(7, d.boundaryGeoJson());
		});
	}

	/**
	 * Stores the given kecamatan outlines where they differ from the stored ones (a
	 * database loaded before the outlines were derived from the desa).
	 * @param kecamatan the kecamatan with their outlines
	 * @return how many outlines changed
	 */
	public int updateKecamatanBoundaries(List<ReferenceData.KecamatanRef> kecamatan) {
		int updated = 0;
		for (ReferenceData.KecamatanRef k : kecamatan) {
			updated += this.jdbc.sql(
					"UPDATE territory_kecamatan SET boundary_geojson = :b WHERE code = :code AND boundary_geojson <> :b")
				.param("b", k.boundaryGeoJson())
				.param("code", k.code())
				.update();
		}
		return updated;
	}

	public List<id.praja.territory.Kabupaten> kabupaten() {
		return this.jdbc.sql("SELECT code, name FROM territory_kabupaten ORDER BY code")
			.query((rs, n) -> new id.praja.territory.Kabupaten(rs.getString(1), rs.getString(2)))
			.list();
	}

	/**
	 * @return the fingerprint of the reference data last written (see
	 * {@link ReferenceData#fingerprint()}), if any
	 */
	public java.util.Optional<String> referenceFingerprint() {
		return this.jdbc.sql("SELECT fingerprint FROM territory_reference_state").query(String.class).optional();
	}

	public void saveReferenceFingerprint(String fingerprint) {
		this.jdbc.sql("""
				INSERT INTO territory_reference_state (id, fingerprint) VALUES (TRUE, :f)
				ON CONFLICT (id) DO UPDATE SET fingerprint = EXCLUDED.fingerprint""").param("f", fingerprint).update();
	}

	public long tpsCount() {
		return this.jdbc.sql("SELECT count(*) FROM territory_tps").query(Long.class).single();
	}

	/**
	 * Deletes the TPS of the given desa and inserts the rows; the caller holds the
	 * transaction.
	 * @return the number of TPS deleted
	 */
	public int replaceTps(Collection<String> desaCodes, List<TpsRow> rows) {
		int deleted = 0;
		List<String> codes = new ArrayList<>(desaCodes);
		for (int i = 0; i < codes.size(); i += BATCH) {
			deleted += this.jdbc.sql("DELETE FROM territory_tps WHERE desa_code IN (:codes)")
				.param("codes", codes.subList(i, Math.min(codes.size(), i + BATCH)))
				.update();
		}
		insertTps(rows);
		return deleted;
	}

	public void insertTps(List<TpsRow> rows) {
		this.template.batchUpdate("""
				INSERT INTO territory_tps (code, desa_code, number, address, lat, lon, voters_male, voters_female,
				                           special_site, generated)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows, BATCH, (ps, t) -> {
			ps.setString(1, t.code());
			ps.setString(2, t.desaCode());
			ps.setInt(3, t.number());
			ps.setString(4, t.address());
			ps.setDouble(5, t.lat());
			ps.setDouble(6, t.lon());
			ps.setInt(7, t.votersMale());
			ps.setInt(8, t.votersFemale());
			ps.setString(9, t.specialSite());
			ps.setBoolean(10, t.generated());
		});
	}

	private static String inScope(String column) {
		return "(CAST(:scope AS VARCHAR) IS NULL OR " + column
				+ " = ANY(string_to_array(CAST(:scope AS VARCHAR), ',')))";
	}

	public List<Kecamatan> kecamatan(String scope) {
		return this.jdbc.sql("""
				SELECT k.code, k.name, k.lat, k.lon, k.area_km2, k.population,
				       (SELECT count(*) FROM territory_desa d WHERE d.kecamatan_code = k.code) AS desa_count,
				       count(t.code) AS tps_count, coalesce(sum(t.voters_male + t.voters_female), 0) AS voters
				FROM territory_kecamatan k
				LEFT JOIN territory_desa d ON d.kecamatan_code = k.code
				LEFT JOIN territory_tps t ON t.desa_code = d.code
				WHERE """ + inScope("k.code") + """
				GROUP BY k.code ORDER BY k.code""")
			.param("scope", scope)
			.query((rs, n) -> new Kecamatan(rs.getString("code"), rs.getString("name"), rs.getDouble("lat"),
					rs.getDouble("lon"), nullableDouble(rs, "area_km2"), (Integer) rs.getObject("population"),
					rs.getInt("desa_count"), rs.getInt("tps_count"), rs.getLong("voters")))
			.list();
	}

	public List<Desa> desa(String kecamatanCode, String scope) {
		return this.jdbc
			.sql("""
					SELECT d.code, d.kecamatan_code, k.name AS kecamatan_name, d.name, d.type, d.lat, d.lon,
					       count(t.code) AS tps_count, coalesce(sum(t.voters_male + t.voters_female), 0) AS voters
					FROM territory_desa d
					JOIN territory_kecamatan k ON k.code = d.kecamatan_code
					LEFT JOIN territory_tps t ON t.desa_code = d.code
					WHERE (CAST(:kec AS VARCHAR) IS NULL OR d.kecamatan_code = :kec) AND """
					+ inScope("d.kecamatan_code") + """
							GROUP BY d.code, k.name ORDER BY d.code""")
			.param("kec", kecamatanCode)
			.param("scope", scope)
			.query((rs, n) -> new Desa(rs.getString("code"), rs.getString("kecamatan_code"),
					rs.getString("kecamatan_name"), rs.getString("name"), rs.getString("type"), rs.getDouble("lat"),
					rs.getDouble("lon"), rs.getInt("tps_count"), rs.getLong("voters")))
			.list();
	}

	private static final String TPS_FILTER = """
			WHERE (CAST(:kec AS VARCHAR) IS NULL OR d.kecamatan_code = :kec)
			  AND (CAST(:desa AS VARCHAR) IS NULL OR t.desa_code = :desa)
			  AND (CAST(:q AS VARCHAR) IS NULL OR t.code ILIKE :like OR d.name ILIKE :like OR t.address ILIKE :like)
			  AND (CAST(:scope AS VARCHAR) IS NULL OR d.kecamatan_code = ANY(string_to_array(CAST(:scope AS VARCHAR), ',')))
			""";

	public List<Tps> tps(TpsQuery query, String scope) {
		return filtered(TPS_SELECT + TPS_FILTER + " ORDER BY t.code LIMIT :limit OFFSET :offset", query, scope)
			.param("limit", query.size())
			.param("offset", (long) query.page() * query.size())
			.query(TerritoryRepository::mapTps)
			.list();
	}

	public long countTps(TpsQuery query, String scope) {
		return filtered("""
				SELECT count(*) FROM territory_tps t JOIN territory_desa d ON d.code = t.desa_code
				""" + TPS_FILTER, query, scope).query(Long.class).single();
	}

	private JdbcClient.StatementSpec filtered(String sql, TpsQuery query, String scope) {
		String like = (query.q() == null) ? null : "%" + query.q().replace("%", "\\%").replace("_", "\\_") + "%";
		return this.jdbc.sql(sql)
			.param("kec", query.kecamatan())
			.param("desa", query.desa())
			.param("q", query.q())
			.param("like", like)
			.param("scope", scope);
	}

	public Optional<Tps> tps(String code, String scope) {
		return this.jdbc.sql(TPS_SELECT + " WHERE t.code = :code AND " + inScope("d.kecamatan_code"))
			.param("code", code)
			.param("scope", scope)
			.query(TerritoryRepository::mapTps)
			.optional();
	}

	public void forEachTps(String kecamatanCode, String scope, Consumer<Tps> action) {
		this.jdbc
			.sql(TPS_SELECT + " WHERE (CAST(:kec AS VARCHAR) IS NULL OR d.kecamatan_code = :kec) AND "
					+ inScope("d.kecamatan_code") + " ORDER BY t.code")
			.param("kec", kecamatanCode)
			.param("scope", scope)
			.query((RowCallbackHandler) rs -> action.accept(mapTps(rs, 0)));
	}

	public TerritorySummary summary(String scope) {
		return this.jdbc
			.sql("""
					SELECT (SELECT count(*) FROM territory_kecamatan k WHERE %s) AS kec,
					       (SELECT count(*) FROM territory_desa d WHERE %s) AS desa,
					       count(t.code) AS tps, coalesce(sum(t.voters_male), 0) AS male,
					       coalesce(sum(t.voters_female), 0) AS female,
					       count(t.special_site) AS special, count(*) FILTER (WHERE t.generated) AS generated
					FROM territory_tps t JOIN territory_desa d ON d.code = t.desa_code WHERE %s"""
				.formatted(inScope("k.code"), inScope("d.kecamatan_code"), inScope("d.kecamatan_code")))
			.param("scope", scope)
			.query((rs, n) -> new TerritorySummary(rs.getInt("kec"), rs.getInt("desa"), rs.getInt("tps"),
					rs.getLong("male") + rs.getLong("female"), rs.getLong("male"), rs.getLong("female"),
					rs.getInt("special"), rs.getInt("generated")))
			.single();
	}

	/** One boundary feature: code, names and geometry (GeoJSON text). */
	public record Boundary(String code, String name, String parentCode, String type, double lat, double lon,
			String geometry) {
	}

	public List<Boundary> boundaries(String level) {
		return switch (level) {
			case "kabupaten" ->
				this.jdbc.sql("SELECT code, name, boundary_geojson FROM territory_kabupaten ORDER BY code")
					.query((rs, n) -> new Boundary(rs.getString(1), rs.getString(2), null, "kabupaten", 0, 0,
							rs.getString(3)))
					.list();
			case "kecamatan" -> this.jdbc.sql(
					"SELECT code, name, kabupaten_code, lat, lon, boundary_geojson FROM territory_kecamatan ORDER BY code")
				.query((rs, n) -> new Boundary(rs.getString(1), rs.getString(2), rs.getString(3), "kecamatan",
						rs.getDouble(4), rs.getDouble(5), rs.getString(6)))
				.list();
			case "desa" -> this.jdbc.sql(
					"SELECT code, name, kecamatan_code, type, lat, lon, boundary_geojson FROM territory_desa ORDER BY code")
				.query((rs, n) -> new Boundary(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getDouble(5), rs.getDouble(6), rs.getString(7)))
				.list();
			default -> throw new IllegalArgumentException("unknown level " + level);
		};
	}

	private static Tps mapTps(ResultSet rs, int n) throws SQLException {
		return new Tps(rs.getString("code"), rs.getInt("number"), rs.getString("desa_code"), rs.getString("desa_name"),
				rs.getString("kecamatan_code"), rs.getString("kecamatan_name"), rs.getString("address"),
				rs.getDouble("lat"), rs.getDouble("lon"), rs.getInt("voters_male"), rs.getInt("voters_female"),
				rs.getString("special_site"), rs.getBoolean("generated"));
	}

	private static Double nullableDouble(ResultSet rs, String column) throws SQLException {
		var value = rs.getBigDecimal(column);
		return (value != null) ? value.doubleValue() : null;
	}

}
