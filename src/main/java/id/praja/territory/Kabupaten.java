package id.praja.territory;

/**
 * A kabupaten or kota of the installation's territory.
 *
 * @param code Kemendagri code, e.g. {@code 35.10}
 * @param name e.g. {@code Kabupaten Banyuwangi} or {@code Kota Malang} (the shipped
 * Jember files write {@code Jember})
 */
public record Kabupaten(String code, String name) {

	/**
	 * @return a name for file names: lower case, words joined by hyphens
	 */
	public String slug() {
		return this.name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
	}

}
