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
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reference territory shipped with Praja (codes, names, centroids, boundaries and
 * population; see {@code docs/data-sources.md}) for one or more kabupaten/kota.
 * <ul>
 * <li>{@link #jember()}: Kabupaten Jember's detailed files ({@code /territory/jember/}:
 * kecamatan areas and populations, unsimplified desa boundaries), the default
 * installation.</li>
 * <li>{@link #province(String, Collection)}: any kabupaten/kota of a province data set
 * ({@code /territory/<province>/}: {@code kabupaten.csv}, {@code kecamatan.csv},
 * {@code desa.csv}, {@code kabupaten.geojson.gz} and one {@code desa/<code>.geojson.gz}
 * per kabupaten/kota), as shipped for East Java ({@code jatim}).</li>
 * </ul>
 *
 * @param kabupaten the regencies and cities
 * @param kecamatan their kecamatan
 * @param desa their desa and kelurahan
 */
public record ReferenceData(List<KabupatenRef> kabupaten, List<KecamatanRef> kecamatan, List<DesaRef> desa) {

	private static final String JEMBER = "/territory/jember/";

	/** The province data set shipped for Polda Jawa Timur. */
	public static final String JATIM = "jatim";

	/**
	 * A regency or city, with its boundary as a GeoJSON geometry.
	 *
	 * @param population its population where known, or {@code null}
	 */
	public record KabupatenRef(String code, String name, Integer population, String boundaryGeoJson) {
	}

	/**
	 * One kecamatan, with its boundary as a GeoJSON geometry: the union of its desa.
	 */
	public record KecamatanRef(String code, String kabupatenCode, String name, double lat, double lon,
			BigDecimal areaKm2, Integer population, String boundaryGeoJson) {
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
		Map<String, String> desaBoundaries = geometriesByCode(json, JEMBER + "desa.geojson");
		JsonNode kab = readJson(json, JEMBER + "kabupaten.geojson").get("features").get(0);
		JsonNode population = kab.get("properties").get("population_2024");
		KabupatenRef kabupaten = new KabupatenRef("35.09", "Jember",
				(population != null && population.isNumber()) ? population.asInt() : null,
				json.writeValueAsString(kab.get("geometry")));
		List<DesaRef> desa = new ArrayList<>();
		for (CSVRecord r : readCsv(JEMBER + "desa.csv")) {
			desa.add(new DesaRef(r.get("code"), r.get("kecamatan_code"), r.get("name"), r.get("type"),
					Double.parseDouble(r.get("lat")), Double.parseDouble(r.get("lon")),
					require(desaBoundaries, r.get("code"))));
		}
		// a kecamatan's outline is the union of its desa, so both layers share edges
		Map<String, String> kecBoundaries = KecamatanOutlines.derive(desa);
		List<KecamatanRef> kecamatan = new ArrayList<>();
		for (CSVRecord r : readCsv(JEMBER + "kecamatan.csv")) {
			kecamatan.add(new KecamatanRef(r.get("code"), kabupaten.code(), r.get("name"),
					Double.parseDouble(r.get("lat")), Double.parseDouble(r.get("lon")), decimal(r, "area_km2"),
					integer(r, "population"), require(kecBoundaries, r.get("code"))));
		}
		return new ReferenceData(List.of(kabupaten), List.copyOf(kecamatan), List.copyOf(desa));
	}

	/**
	 * Reads the given kabupaten/kota of a shipped province data set.
	 * @param province the data set, e.g. {@value #JATIM}
	 * @param kabupatenCodes the codes (e.g. {@code 35.10}); empty for all of them
	 * @return the reference data, in the order of the files
	 * @throws IllegalArgumentException if a code is not in the data set
	 */
	public static ReferenceData province(String province, Collection<String> kabupatenCodes) {
		String base = "/territory/" + province + "/";
		JsonMapper json = JsonMapper.builder().build();
		Set<String> wanted = new LinkedHashSet<>(kabupatenCodes);
		List<CSVRecord> kabRows = readCsv(base + "kabupaten.csv").stream()
			.filter(r -> wanted.isEmpty() || wanted.contains(r.get("code")))
			.toList();
		Set<String> found = new LinkedHashSet<>();
		kabRows.forEach(r -> found.add(r.get("code")));
		if (!found.containsAll(wanted)) {
			Set<String> missing = new LinkedHashSet<>(wanted);
			missing.removeAll(found);
			throw new IllegalArgumentException("no kabupaten/kota " + missing + " in the data set " + province);
		}
		Map<String, String> kabBoundaries = geometriesByCode(json, base + "kabupaten.geojson.gz");
		List<KabupatenRef> kabupaten = new ArrayList<>();
		Map<String, String> desaBoundaries = new HashMap<>();
		for (CSVRecord r : kabRows) {
			String code = r.get("code");
			kabupaten
				.add(new KabupatenRef(code, r.get("name"), integer(r, "population"), require(kabBoundaries, code)));
			desaBoundaries.putAll(geometriesByCode(json, base + "desa/" + code + ".geojson.gz"));
		}
		List<DesaRef> desa = new ArrayList<>();
		for (CSVRecord r : readCsv(base + "desa.csv")) {
			if (found.contains(r.get("kecamatan_code").substring(0, 5))) {
				desa.add(new DesaRef(r.get("code"), r.get("kecamatan_code"), r.get("name"), r.get("type"),
						Double.parseDouble(r.get("lat")), Double.parseDouble(r.get("lon")),
						require(desaBoundaries, r.get("code"))));
			}
		}
		Map<String, String> kecBoundaries = KecamatanOutlines.derive(desa);
		List<KecamatanRef> kecamatan = new ArrayList<>();
		for (CSVRecord r : readCsv(base + "kecamatan.csv")) {
			if (found.contains(r.get("kabupaten_code"))) {
				kecamatan.add(new KecamatanRef(r.get("code"), r.get("kabupaten_code"), r.get("name"),
						Double.parseDouble(r.get("lat")), Double.parseDouble(r.get("lon")), null,
						integer(r, "population"), require(kecBoundaries, r.get("code"))));
			}
		}
		return new ReferenceData(List.copyOf(kabupaten), List.copyOf(kecamatan), List.copyOf(desa));
	}

	/**
	 * This data set with the given kabupaten/kota put in place of their namesakes (e.g.
	 * Jember's detailed files in place of its province rows).
	 * @param other the replacement
	 * @return the merged reference data
	 */
	public ReferenceData replacing(ReferenceData other) {
		Set<String> replaced = new LinkedHashSet<>();
		other.kabupaten().forEach(k -> replaced.add(k.code()));
		List<KabupatenRef> kab = new ArrayList<>();
		for (KabupatenRef k : this.kabupaten) {
			kab.add(replaced.contains(k.code())
					? other.kabupaten().stream().filter(o -> o.code().equals(k.code())).findFirst().orElseThrow() : k);
		}
		List<KecamatanRef> kec = new ArrayList<>();
		for (KecamatanRef k : this.kecamatan) {
			if (!replaced.contains(k.kabupatenCode())) {
				kec.add(k);
			}
		}
		kec.addAll(other.kecamatan());
		List<DesaRef> desa = new ArrayList<>();
		for (DesaRef d : this.desa) {
			if (!replaced.contains(d.kecamatanCode().substring(0, 5))) {
				desa.add(d);
			}
		}
		desa.addAll(other.desa());
		return new ReferenceData(List.copyOf(kab), List.copyOf(kec), List.copyOf(desa));
	}

	/**
	 * The kabupaten/kota of the given code.
	 * @param code the code
	 * @return the kabupaten
	 */
	public KabupatenRef kabupaten(String code) {
		return this.kabupaten.stream()
			.filter(k -> k.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("no kabupaten/kota " + code));
	}

	/**
	 * Only the given kabupaten/kota.
	 * @param code its code
	 * @return its part of this data
	 */
	public ReferenceData only(String code) {
		return new ReferenceData(List.of(kabupaten(code)),
				this.kecamatan.stream().filter(k -> k.kabupatenCode().equals(code)).toList(),
				this.desa.stream().filter(d -> d.kecamatanCode().startsWith(code + ".")).toList());
	}

	private static BigDecimal decimal(CSVRecord r, String column) {
		String value = r.isMapped(column) ? r.get(column) : null;
		return blank(value) ? null : new BigDecimal(value);
	}

	private static Integer integer(CSVRecord r, String column) {
		String value = r.isMapped(column) ? r.get(column) : null;
		return blank(value) ? null : Integer.valueOf(value);
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
				try (InputStream in = open(JEMBER + file)) {
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

	/**
	 * The fingerprint of a province territory: Jember's (its detailed files stand in for
	 * its rows), the data set, the kabupaten/kota and their shipped files.
	 * @param province the data set
	 * @param kabupatenCodes the codes loaded
	 * @return a SHA-256 in hex
	 */
	public static String fingerprint(String province, List<String> kabupatenCodes) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(fingerprint().getBytes(StandardCharsets.UTF_8));
			digest.update((province + ":" + String.join(",", kabupatenCodes)).getBytes(StandardCharsets.UTF_8));
			String base = "/territory/" + province + "/";
			List<String> files = new ArrayList<>(List.of("kabupaten.geojson.gz", "desa.csv", "kecamatan.csv"));
			kabupatenCodes.forEach(code -> files.add("desa/" + code + ".geojson.gz"));
			for (String file : files) {
				try (InputStream in = ReferenceData.class.getResourceAsStream(base + file)) {
					if (in != null) {
						digest.update(in.readAllBytes());
					}
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

	static List<CSVRecord> readCsv(String file) {
		try (InputStream in = open(file);
				var reader = new InputStreamReader(in, StandardCharsets.UTF_8);
				var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
			return parser.getRecords();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static InputStream open(String file) throws IOException {
		InputStream in = ReferenceData.class.getResourceAsStream(file);
		if (in == null) {
			throw new IllegalStateException("missing resource " + file);
		}
		return file.endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
	}

}
