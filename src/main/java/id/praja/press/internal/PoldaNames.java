package id.praja.press.internal;

import java.util.Locale;
import java.util.Map;

/**
 * The short names by which releases name a Polda ("Polres Jember Polda Jatim"): the
 * abbreviations of the provinces every Polri release uses. A Polda whose name is not
 * among them keeps its full name.
 */
final class PoldaNames {

	private static final Map<String, String> SHORT = Map.ofEntries(Map.entry("sumatera utara", "Sumut"),
			Map.entry("sumatera barat", "Sumbar"), Map.entry("sumatera selatan", "Sumsel"),
			Map.entry("kepulauan riau", "Kepri"), Map.entry("kepulauan bangka belitung", "Babel"),
			Map.entry("jawa barat", "Jabar"), Map.entry("jawa tengah", "Jateng"), Map.entry("jawa timur", "Jatim"),
			Map.entry("daerah istimewa yogyakarta", "DIY"), Map.entry("nusa tenggara barat", "NTB"),
			Map.entry("nusa tenggara timur", "NTT"), Map.entry("kalimantan barat", "Kalbar"),
			Map.entry("kalimantan tengah", "Kalteng"), Map.entry("kalimantan selatan", "Kalsel"),
			Map.entry("kalimantan timur", "Kaltim"), Map.entry("kalimantan utara", "Kaltara"),
			Map.entry("sulawesi utara", "Sulut"), Map.entry("sulawesi tengah", "Sulteng"),
			Map.entry("sulawesi selatan", "Sulsel"), Map.entry("sulawesi tenggara", "Sultra"),
			Map.entry("sulawesi barat", "Sulbar"), Map.entry("maluku utara", "Malut"));

	private PoldaNames() {
	}

	/**
	 * @param poldaName e.g. Polda Jawa Timur
	 * @return e.g. Polda Jatim
	 */
	static String shortName(String poldaName) {
		String n = poldaName.strip();
		String province = n.regionMatches(true, 0, "Polda ", 0, 6) ? n.substring(6).strip() : n;
		String abbreviation = SHORT.get(province.toLowerCase(Locale.ROOT));
		return (abbreviation != null) ? "Polda " + abbreviation : n;
	}

}
