package id.praja.territory;

/**
 * A kecamatan (district), the area of one PPK (district election committee) and, mostly,
 * of one Polsek.
 *
 * @param code Kemendagri code, e.g. {@code 35.09.01}
 * @param name official name
 * @param lat centroid latitude
 * @param lon centroid longitude
 * @param areaKm2 area in square kilometres (BPS), may be null
 * @param population population (BPS 2024 estimate), may be null
 * @param desaCount number of desa/kelurahan
 * @param tpsCount number of TPS
 * @param voters registered voters (DPT) over its TPS
 */
public record Kecamatan(String code, String name, double lat, double lon, Double areaKm2, Integer population,
		int desaCount, int tpsCount, long voters) {
}
