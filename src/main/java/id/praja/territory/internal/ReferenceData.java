package id.praja.territory.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reference territory of Kabupaten Jember shipped with Praja (codes, names,
 * centroids, boundaries and population; see {@code docs/data-sources.md}).
 *
 * @param kabupaten the regency
 * @param kecamatan its 31 kecamatan
 * @param desa its 248 desa and kelurahan
 */
public record ReferenceData(KabupatenRef kabupaten, List<KecamatanRef> kecamatan, List<DesaRef> desa) {

	private static final String BASE = "/territory/jember/";

	/** The regency, with its boundary as a GeoJSON geometry. */
	public record KabupatenRef(String code, String name, String boundaryGeoJson) {
	}

	/**
	 * One kecamatan, with its boundary as a GeoJSON geometry: the union of its desa.
	 */
	public record KecamatanRef(String code, String name, double lat, double lon, BigDecimal areaKm2, Integer population,
			String boundaryGeoJson) {
	}

	/** One desa or kelurahan, with its boundary as a GeoJSON geometry. */
	public record DesaRef(String code, String kecamatanCode, String name, String type, double lat, double lon,
			String boundaryGeoJson) {
	}

	/**
	 * Reads the shipped Jember reference data from the classpath.
	 * @return the reference data
	 */
	public static ReferenceData jember() {
		JsonMapper json = JsonMapper.builder().build();
		Map<String, String> desaBoundaries = geometriesByCode(json, "desa.geojson");
		JsonNode kab = readJson(json, "kabupaten.geojson").get("features").get(0);
		KabupatenRef kabupaten = new KabupatenRef("35.09", "Jember", json.writeValueAsString(kab.get("geometry")));
		List<DesaRef> desa = new ArrayList<>();
		for (CSVRecord r : readCsv("desa.csv")) {
			desa.add(new DesaRef(r.get("code"), r.get("kecamatan_code"), r.get("name"), r.get("type"),
					Double.parseDouble(r.get("lat")), Double.parseDouble(r.get("lon")),
					require(desaBoundaries, r.get("code"))));
		}
		// a kecamatan's outline is the union of its desa, so both layers share edges
		Map<String, String> kecBoundaries = KecamatanOutlines.derive(desa);
		List<KecamatanRef> kecamatan = new ArrayList<>();
		for (CSVRecord r : readCsv("kecamatan.csv")) {
			kecamatan.add(new KecamatanRef(r.get("code"), r.get("name"), Double.parseDouble(r.get("lat")),
					Double.parseDouble(r.get("lon")),
					blank(r.get("area_km2")) ? null : new BigDecimal(r.get("area_km2")),
					blank(r.get("population")) ? null : Integer.valueOf(r.get("population")),
					require(kecBoundaries, r.get("code"))));
		}
		return new ReferenceData(kabupaten, List.copyOf(kecamatan), List.copyOf(desa));
	}

	/**
	 * What {@link #jember()} derives its boundaries from, cheaply (without parsing): the
	 * shipped files and the code that unites desa into kecamatan outlines.
	 * @return a SHA-256 in hex of the files and of {@link KecamatanOutlines}' class
	 */
	public static String fingerprint() {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (String file : List.of("kabupaten.geojson", "desa.geojson", "desa.csv", "kecamatan.csv")) {
				try (InputStream in = open(file)) {
					digest.update(in.readAllBytes());
				}
			}
			try (InputStream in = KecamatanOutlines.class.getResourceAsStream("KecamatanOutlines.class")) {
				if (in != null) {
					digest.update(in.readAllBytes());
				}
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	private static String require(Map<String, String> boundaries, String code) {
		String geometry = boundaries.get(code);
		if (geometry == null) {
			throw new IllegalStateException("no boundary for " + code);
		}
		return geometry;
	}

	private static Map<String, String> geometriesByCode(JsonMapper json, String file) {
		Map<String, String> result = new HashMap<>();
		for (JsonNode feature : readJson(json, file).get("features")) {
			result.put(feature.get("properties").get("code").asString(),
					json.writeValueAsString(feature.get("geometry")));
		}
		return result;
	}

	private static JsonNode readJson(JsonMapper json, String file) {
		try (InputStream in = open(file)) {
			return json.readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<CSVRecord> readCsv(String file) {
		try (InputStream in = open(file);
				var reader = new InputStreamReader(in, StandardCharsets.UTF_8);
				var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
			return parser.getRecords();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static InputStream open(String file) {
		InputStream in = ReferenceData.class.getResourceAsStream(BASE + file);
		if (in == null) {
			throw new IllegalStateException("missing resource " + BASE + file);
		}
		return in;
	}

}
