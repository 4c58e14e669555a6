package id.praja.territory.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The shipped reference data of this installation's territory and its geometry, read once
 * on first use.
 * <ul>
 * <li>{@code praja.territory.kabupaten}: the kabupaten/kota codes (comma-separated, or
 * {@code all} for the whole province data set); default {@value #JEMBER}, read from
 * Jember's detailed files. Jember's detailed files also replace its rows whenever it is
 * among several.</li>
 * <li>{@code praja.territory.dataset}: the province data set, default
 * {@value ReferenceData#JATIM}.</li>
 * <li>{@code praja.demo.region=jatim} (the Polda Jatim demo) loads all of East Java.</li>
 * </ul>
 */
@Component
public class TerritoryReference {

	/** The default territory: Kabupaten Jember. */
	public static final String JEMBER = "35.09";

	/** The demo region that loads the whole province. */
	public static final String REGION_PROVINCE = "jatim";

	private final String dataset;

	private final List<String> kabupaten;

	private volatile ReferenceData data;

	private volatile TerritoryGeometry geometry;

	/** Jember alone (the default installation). */
	public TerritoryReference() {
		this(ReferenceData.JATIM, List.of(JEMBER));
	}

	/**
	 * @param dataset the province data set
	 * @param kabupaten the kabupaten/kota codes; empty for all of the data set
	 */
	public TerritoryReference(String dataset, List<String> kabupaten) {
		this.dataset = dataset;
		this.kabupaten = List.copyOf(kabupaten);
	}

	@Autowired
	TerritoryReference(@Value("${praja.territory.dataset:jatim}") String dataset,
			@Value("${praja.territory.kabupaten:" + JEMBER + "}") String kabupaten,
			@Value("${praja.demo.region:jember}") String region) {
		this(dataset, REGION_PROVINCE.equals(region.trim().toLowerCase(Locale.ROOT)) ? List.of() : codes(kabupaten));
	}

	private static List<String> codes(String setting) {
		if (setting.isBlank() || setting.trim().equalsIgnoreCase("all")) {
			return List.of();
		}
		return Arrays.stream(setting.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
	}

	/**
	 * @return whether this is Jember alone, read from its detailed files
	 */
	public boolean jemberOnly() {
		return this.kabupaten.equals(List.of(JEMBER));
	}

	public ReferenceData data() {
		if (this.data == null) {
			synchronized (this) {
				if (this.data == null) {
					this.data = load();
				}
			}
		}
		return this.data;
	}

	private ReferenceData load() {
		if (jemberOnly()) {
			return ReferenceData.jember();
		}
		ReferenceData province = ReferenceData.province(this.dataset, this.kabupaten);
		boolean withJember = province.kabupaten().stream().anyMatch(k -> k.code().equals(JEMBER));
		return withJember ? province.replacing(ReferenceData.jember()) : province;
	}

	/**
	 * @return the fingerprint of the shipped files behind this territory (Jember alone:
	 * {@link ReferenceData#fingerprint()}, unchanged)
	 */
	public String fingerprint() {
		if (jemberOnly()) {
			return ReferenceData.fingerprint();
		}
		// the codes without reading the boundaries (a matching fingerprint skips them)
		List<String> codes = this.kabupaten.isEmpty()
				? ReferenceData.readCsv("/territory/" + this.dataset + "/kabupaten.csv")
					.stream()
					.map(r -> r.get("code"))
					.toList()
				: this.kabupaten;
		return ReferenceData.fingerprint(this.dataset, codes);
	}

	/**
	 * @return the province data set this territory comes from
	 */
	public String dataset() {
		return this.dataset;
	}

	/**
	 * @return the kabupaten/kota codes loaded
	 */
	public List<String> kabupatenCodes() {
		List<String> result = new ArrayList<>();
		data().kabupaten().forEach(k -> result.add(k.code()));
		return result;
	}

	public TerritoryGeometry geometry() {
		if (this.geometry == null) {
			synchronized (this) {
				if (this.geometry == null) {
					this.geometry = new TerritoryGeometry(data());
				}
			}
		}
		return this.geometry;
	}

}
