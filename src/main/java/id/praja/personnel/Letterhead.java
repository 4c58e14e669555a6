package id.praja.personnel;

import java.util.List;
import java.util.Locale;

/**
 * How the documents of a Polres are headed and signed, from its records: the letterhead
 * (KEPOLISIAN NEGARA REPUBLIK INDONESIA / DAERAH … / RESOR …), the town where orders are
 * signed, the signing official's title, and the Kapolres who signs (name, rank, NRP from
 * the personnel records, when known).
 *
 * @param heading the letterhead lines, top down
 * @param unitName the Polres as people name it, e.g. {@code Polres Jember}
 * @param parentName its Polda, e.g. {@code Polda Jawa Timur}, or null
 * @param place the town where documents are signed, e.g. {@code Jember}
 * @param signatoryTitle e.g. {@code KEPALA KEPOLISIAN RESOR JEMBER}
 * @param signatoryName the Kapolres' name, or null when the roster has none
 * @param signatoryRank his rank (abbreviation, e.g. {@code AKBP}), or null
 * @param signatoryNrp his NRP, or null
 */
public record Letterhead(List<String> heading, String unitName, String parentName, String place, String signatoryTitle,
		String signatoryName, String signatoryRank, String signatoryNrp) {

	/** The first line of every police letterhead. */
	public static final String NATIONAL = "KEPOLISIAN NEGARA REPUBLIK INDONESIA";

	/**
	 * Derives the letterhead from the names of a Polres and its Polda (Polres X → RESOR
	 * X, Polresta X → RESOR KOTA X, Polrestabes X → RESOR KOTA BESAR X; Polda Y → DAERAH
	 * Y), unless the records give it.
	 * @param unitName e.g. {@code Polres Jember}
	 * @param parentName e.g. {@code Polda Jawa Timur}, or null
	 * @param letterheadName the Polres line as recorded, or null to derive it
	 * @param seat the town as recorded, or null to derive it from the name
	 * @param kapolres the Kapolres, or null
	 */
	public static Letterhead of(String unitName, String parentName, String letterheadName, String seat,
			Officer kapolres) {
		String[] resor = resor(unitName);
		String line = (letterheadName != null && !letterheadName.isBlank()) ? letterheadName.strip()
				: (resor[0] + " " + resor[1]).toUpperCase(Locale.ROOT);
		String place = (seat != null && !seat.isBlank()) ? seat.strip() : resor[1];
		List<String> heading = (parentName != null)
				? List.of(NATIONAL, "DAERAH " + strip(parentName, "Polda").toUpperCase(Locale.ROOT), line)
				: List.of(NATIONAL, line);
		return new Letterhead(heading, unitName, parentName, place, "KEPALA KEPOLISIAN " + line,
				(kapolres != null) ? kapolres.name() : null,
				(kapolres != null) ? kapolres.rank().abbreviation().toUpperCase(Locale.ROOT) : null,
				(kapolres != null) ? kapolres.nrp() : null);
	}

	/**
	 * @return the signature block: title, three blank lines for the signature, name, rank
	 * and NRP (dotted lines where the roster has no Kapolres)
	 */
	public String signatureBlock() {
		String name = (this.signatoryName != null) ? this.signatoryName.toUpperCase(Locale.ROOT)
				: "(................................)";
		String rankNrp = (this.signatoryRank != null) ? this.signatoryRank + " NRP " + this.signatoryNrp
				: "NRP ..................";
		return this.signatoryTitle + "\n\n\n\n" + name + "\n" + rankNrp;
	}

	/**
	 * @return {kind of command, town}: {"RESOR", "Jember"} for "Polres Jember"
	 */
	private static String[] resor(String name) {
		String n = name.strip();
		if (n.regionMatches(true, 0, "Polrestabes ", 0, 12)) {
			return new String[] { "RESOR KOTA BESAR", n.substring(12).strip() };
		}
		if (n.regionMatches(true, 0, "Polresta ", 0, 9)) {
			return new String[] { "RESOR KOTA", n.substring(9).strip() };
		}
		if (n.regionMatches(true, 0, "Polres ", 0, 7)) {
			return new String[] { "RESOR", n.substring(7).strip() };
		}
		return new String[] { "RESOR", n };
	}

	private static String strip(String name, String prefix) {
		String n = name.strip();
		return n.regionMatches(true, 0, prefix + " ", 0, prefix.length() + 1) ? n.substring(prefix.length() + 1).strip()
				: n;
	}

}
