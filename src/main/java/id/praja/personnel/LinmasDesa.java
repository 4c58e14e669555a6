package id.praja.personnel;

/**
 * Linmas guarding the TPS of one desa.
 *
 * @param desaCode the desa
 * @param desaName its name
 * @param kecamatanCode its kecamatan
 * @param tps TPS in the desa
 * @param strength Linmas assigned (2 per TPS unless set otherwise)
 * @param defaulted true when the strength is the default
 */
public record LinmasDesa(String desaCode, String desaName, String kecamatanCode, int tps, int strength,
		boolean defaulted) {

	/** Linmas per TPS by default. */
	public static final int PER_TPS = 2;

}
