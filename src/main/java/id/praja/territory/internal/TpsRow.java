package id.praja.territory.internal;

import id.praja.territory.Tps;

/**
 * A TPS as stored: what an import row or the generator produces.
 *
 * @param desaCode desa code
 * @param number TPS number within the desa
 * @param address street address
 * @param lat latitude
 * @param lon longitude
 * @param votersMale male voters
 * @param votersFemale female voters
 * @param specialSite kind of special site, or null
 * @param generated true when made by the demo generator
 */
public record TpsRow(String desaCode, int number, String address, double lat, double lon, int votersMale,
		int votersFemale, String specialSite, boolean generated) {

	public String code() {
		return Tps.code(this.desaCode, this.number);
	}

	public int voters() {
		return this.votersMale + this.votersFemale;
	}

}
