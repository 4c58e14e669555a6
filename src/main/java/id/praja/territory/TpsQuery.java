package id.praja.territory;

/**
 * A search over the TPS registry. Blank filters match everything.
 *
 * @param kecamatan kecamatan code
 * @param desa desa code
 * @param q free text: part of a TPS code, desa name or address (case-insensitive)
 * @param page zero-based page number
 * @param size page size (1..1000)
 */
public record TpsQuery(String kecamatan, String desa, String q, int page, int size) {

	public TpsQuery {
		kecamatan = blankToNull(kecamatan);
		desa = blankToNull(desa);
		q = blankToNull(q);
		if (page < 0) {
			throw new IllegalArgumentException("page must be 0 or more");
		}
		if (size < 1 || size > 1000) {
			throw new IllegalArgumentException("size must be between 1 and 1000");
		}
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
