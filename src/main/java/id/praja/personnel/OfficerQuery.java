package id.praja.personnel;

/**
 * Filters and page of an officer search.
 *
 * @param q free text: NRP, name or function
 * @param unit a unit code (its sub-units included), or null
 * @param rank a rank, or null
 * @param page 0-based page
 * @param size page size, 1..2000
 */
public record OfficerQuery(String q, String unit, Rank rank, int page, int size) {

	public OfficerQuery {
		q = (q == null || q.isBlank()) ? null : q.trim();
		unit = (unit == null || unit.isBlank()) ? null : unit.trim();
		if (page < 0) {
			throw new IllegalArgumentException("page must be 0 or more");
		}
		if (size < 1 || size > 2000) {
			throw new IllegalArgumentException("size must be between 1 and 2000");
		}
	}

}
