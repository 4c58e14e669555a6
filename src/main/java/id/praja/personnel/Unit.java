package id.praja.personnel;

import java.util.List;

/**
 * A unit: Polda, Polres, a Polres function, a Polsek, a BKO unit, a TNI unit or the
 * Linmas.
 *
 * @param code unique code, e.g. {@code POLSEK-TEMPUREJO}
 * @param name display name
 * @param kind kind of unit
 * @param parentCode the unit above, or null for the top
 * @param kecamatanCode the kecamatan a Polsek or Koramil sits in, if any
 * @param baseName where the unit is based (markas)
 * @param baseLat base latitude, or null
 * @param baseLon base longitude, or null
 * @param officers named police officers in the unit
 * @param strength people counted (TNI, Linmas, or planned strength), or null
 * @param commander the commander's name and rank, if known
 * @param areaKecamatan for a Polsek, the kecamatan it serves
 * @param generated true for demo units
 */
public record Unit(String code, String name, UnitKind kind, String parentCode, String kecamatanCode, String baseName,
		Double baseLat, Double baseLon, int officers, Integer strength, String commander, List<String> areaKecamatan,
		boolean generated) {

	/**
	 * @return people in the unit: named officers, or the counted strength
	 */
	public int headcount() {
		return (this.officers > 0 || this.strength == null) ? this.officers : this.strength;
	}

}
