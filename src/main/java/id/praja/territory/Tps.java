package id.praja.territory;

/**
 * A TPS (tempat pemungutan suara): one polling station, at most 600 registered voters.
 *
 * @param code unique code: desa code + TPS number, e.g. {@code 35.09.01.2001-TPS-003}
 * @param number the TPS number within its desa (1..999)
 * @param desaCode code of its desa
 * @param desaName name of its desa
 * @param kecamatanCode code of its kecamatan
 * @param kecamatanName name of its kecamatan
 * @param address street address as registered
 * @param lat latitude (WGS84)
 * @param lon longitude (WGS84)
 * @param votersMale registered male voters (DPT L)
 * @param votersFemale registered female voters (DPT P)
 * @param specialSite the kind of special site (e.g. a prison), or null for an ordinary
 * TPS
 * @param generated true when the TPS comes from Praja's demo generator, not from a real
 * list
 */
public record Tps(String code, int number, String desaCode, String desaName, String kecamatanCode, String kecamatanName,
		String address, double lat, double lon, int votersMale, int votersFemale, String specialSite,
		boolean generated) {

	/** Most voters one TPS may have (PKPU). */
	public static final int MAX_VOTERS = 600;

	/**
	 * Builds a TPS code from its desa and number.
	 * @param desaCode the desa code
	 * @param number the TPS number
	 * @return e.g. {@code 35.09.01.2001-TPS-003}
	 */
	public static String code(String desaCode, int number) {
		return "%s-TPS-%03d".formatted(desaCode, number);
	}

	/**
	 * @return registered voters (DPT), male plus female
	 */
	public int voters() {
		return this.votersMale + this.votersFemale;
	}

	/**
	 * @return true when the TPS is at a special site (prison, detention, relocation camp)
	 */
	public boolean hasSpecialSite() {
		return this.specialSite != null;
	}

}
