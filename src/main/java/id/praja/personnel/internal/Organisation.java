package id.praja.personnel.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The organisation of a Polda as shipped data ({@code /personnel/<dataset>/}): the Polda
 * ({@code polda.csv}), its Polres ({@code polres.csv}) and the kecamatan each Polres
 * covers ({@code polres_kecamatan.csv}; a Polres covers one or more kabupaten/kota or
 * only part of one). Polsek lists exist only where shipped (Jember); elsewhere a Polsek
 * per kecamatan is assumed (see {@link UnitStructure}).
 */
public final class Organisation {

	/** The Polda. */
	public record Polda(String code, String name, String baseName, double lat, double lon) {
	}

	/**
	 * A Polres and the kecamatan it covers.
	 *
	 * @param code unit code, e.g. {@code POLRES-JEMBER}, {@code POLRESTA-BANYUWANGI}
	 * @param key short key for the codes of its functions, e.g. {@code BANYUWANGI}
	 * @param name e.g. {@code Polresta Banyuwangi}
	 * @param homeKabupaten the kabupaten/kota it is named after (null for a port Polres)
	 * @param kecamatan the kecamatan codes it covers, in code order
	 */
	public record Polres(String code, String key, String name, String unitType, String homeKabupaten,
			List<String> kecamatan) {
	}

	private final Polda polda;

	private final List<Polres> polres;

	private final Map<String, Polres> byKecamatan = new LinkedHashMap<>();

	private Organisation(Polda polda, List<Polres> polres) {
		this.polda = polda;
		this.polres = List.copyOf(polres);
		this.polres.forEach(p -> p.kecamatan().forEach(k -> this.byKecamatan.put(k, p)));
	}

	/**
	 * Reads a shipped organisation.
	 * @param dataset e.g. {@code jatim}
	 * @return the organisation
	 */
	public static Organisation read(String dataset) {
		String base = "/personnel/" + dataset + "/";
		CSVRecord p = csv(base + "polda.csv").get(0);
		Polda polda = new Polda(p.get("code"), p.get("name"), p.get("base_name"), Double.parseDouble(p.get("lat")),
				Double.parseDouble(p.get("lon")));
		Map<String, List<String>> covered = new LinkedHashMap<>();
		for (CSVRecord r : csv(base + "polres_kecamatan.csv")) {
			covered.computeIfAbsent(r.get("polres"), n -> new ArrayList<>()).add(r.get("kecamatan_code"));
		}
		List<Polres> polres = new ArrayList<>();
		for (CSVRecord r : csv(base + "polres.csv")) {
			String name = r.get("polres");
			List<String> kecamatan = new ArrayList<>(covered.getOrDefault(name, List.of()));
			kecamatan.sort(null);
			String home = r.get("home_kabupaten_code");
			polres.add(new Polres(slug(name), slug(name.replaceFirst("^Polres(ta|tabes)? ", "")), name,
					r.get("unit_type"), home.isBlank() ? null : home, List.copyOf(kecamatan)));
		}
		return new Organisation(polda, polres);
	}

	static String slug(String name) {
		return name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "-").replaceAll("^-|-$", "");
	}

	public Polda polda() {
		return this.polda;
	}

	public List<Polres> polres() {
		return this.polres;
	}

	/**
	 * @param kecamatanCode a kecamatan code
	 * @return the Polres covering it, or null
	 */
	public Polres polresOf(String kecamatanCode) {
		return this.byKecamatan.get(kecamatanCode);
	}

	private static List<CSVRecord> csv(String file) {
		InputStream in = Organisation.class.getResourceAsStream(file);
		if (in == null) {
			throw new IllegalStateException("missing resource " + file);
		}
		try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
			return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
