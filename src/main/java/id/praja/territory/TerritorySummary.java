package id.praja.territory;

/**
 * Counts over the whole territory.
 *
 * @param kecamatan number of kecamatan
 * @param desa number of desa/kelurahan
 * @param tps number of TPS
 * @param voters registered voters over all TPS
 * @param votersMale male voters
 * @param votersFemale female voters
 * @param specialSiteTps TPS at special sites
 * @param generatedTps TPS from the demo generator
 */
public record TerritorySummary(int kecamatan, int desa, int tps, long voters, long votersMale, long votersFemale,
		int specialSiteTps, int generatedTps) {
}
