package id.praja.shared;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the current user may see, following the unit tree Polda → Polres → Polsek. A
 * Kapolsek (and his field officers) see the kecamatan his Polsek serves and the people of
 * his Polsek; the staff of a Polres see the kecamatan its Polsek serve and the people of
 * its units; the Polda staff see all their Polres. When the installation serves a single
 * Polres (or the Polda above all of its Polres), its staff see everything. Services apply
 * the scope in their queries, so a record outside it simply does not exist for the user
 * (a 404, never a leak in a list). Records that belong to a Polres rather than to a place
 * or a person (plans, orders, reports) carry their Polres' code, filtered with
 * {@link #polresFilter()}.
 *
 * @param polres the Polres codes in scope, or null for all
 * @param kecamatan the kecamatan codes in scope, or null for all
 * @param units the unit codes whose people are in scope, or null for all
 * @param officerNrp when set, the only officer the user may see (a field officer sees
 * himself)
 * @param description a short human description, e.g. {@code POLSEK-TEMPUREJO}
 */
public record AccessScope(Set<String> polres, Set<String> kecamatan, Set<String> units, String officerNrp,
		String description) {

	/**
	 * No restriction: the staff of a Polres that runs alone, the Polda above all the
	 * installation's Polres, and the explicit {@link SystemScope}.
	 */
	public static final AccessScope EVERYTHING = new AccessScope(null, null, null, null, "ALL");

	/** Nothing at all: no user, an unknown role, a thread without an explicit scope. */
	public static final AccessScope NOTHING = new AccessScope(Set.of(), Set.of(), Set.of(), "--------", "NONE");

	/**
	 * A scope of the given Polres, kecamatan and units (a Polsek account whose Polsek
	 * serves no kecamatan: none).
	 */
	public static AccessScope of(Collection<String> polres, Collection<String> kecamatan, Collection<String> units,
			String officerNrp, String description) {
		return new AccessScope(Set.copyOf(new TreeSet<>(polres)), Set.copyOf(new TreeSet<>(kecamatan)),
				Set.copyOf(new TreeSet<>(units)), officerNrp, description);
	}

	/**
	 * @return true when nothing is restricted
	 */
	public boolean unrestricted() {
		return this.polres == null && this.kecamatan == null && this.units == null && this.officerNrp == null;
	}

	/**
	 * @param kecamatanCode a kecamatan code
	 * @return true when the kecamatan is in scope
	 */
	public boolean coversKecamatan(String kecamatanCode) {
		return this.kecamatan == null || this.kecamatan.contains(kecamatanCode);
	}

	/**
	 * @return true when the scope is narrower than one Polres: a Polsek's territory and
	 * people, or a field officer himself (a Polres' scope always holds the Polres' own
	 * unit, a Polsek's never does)
	 */
	public boolean withinPolsek() {
		return this.officerNrp != null
				|| (this.units != null && this.polres != null && !this.units.containsAll(this.polres));
	}

	/**
	 * @param polresCode the code of the Polres a record belongs to (null: the Polda's
	 * own)
	 * @return true when the record's Polres is in scope (the Polda's own records: only
	 * for a scope of all Polres)
	 */
	public boolean coversPolres(String polresCode) {
		return this.polres == null || (polresCode != null && this.polres.contains(polresCode));
	}

	/**
	 * @return the Polres codes joined by commas for a SQL filter
	 * ({@code polres_code = ANY(string_to_array(:polres, ','))}), or null for all; an
	 * empty scope gives a value that matches no code
	 */
	public String polresFilter() {
		return join(this.polres);
	}

	/**
	 * @return the kecamatan codes joined by commas for a SQL filter
	 * ({@code = ANY(string_to_array(:scope, ','))}), or null for all; an empty scope
	 * gives a value that matches no code
	 */
	public String kecamatanFilter() {
		return join(this.kecamatan);
	}

	/**
	 * @return the unit codes joined by commas for a SQL filter, or null for all
	 */
	public String unitFilter() {
		return join(this.units);
	}

	private static String join(Set<String> codes) {
		if (codes == null) {
			return null;
		}
		return codes.isEmpty() ? "-" : String.join(",", new TreeSet<>(codes));
	}

}
