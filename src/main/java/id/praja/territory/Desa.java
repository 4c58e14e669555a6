package id.praja.territory;

/**
 * A desa (village) or kelurahan (urban village), the area of one PPS (village election
 * committee).
 *
 * @param code Kemendagri code, e.g. {@code 35.09.01.2001}
 * @param kecamatanCode code of its kecamatan
 * @param kecamatanName name of its kecamatan
 * @param name official name
 * @param type {@code desa} or {@code kelurahan}
 * @param lat centroid latitude
 * @param lon centroid longitude
 * @param tpsCount number of TPS
 * @param voters registered voters (DPT) over its TPS
 */
public record Desa(String code, String kecamatanCode, String kecamatanName, String name, String type, double lat,
		double lon, int tpsCount, long voters) {
}
