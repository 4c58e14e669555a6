package id.praja.command;

/**
 * The stages of a TPS on voting day, in order; a TPS never goes back to an earlier one.
 */
public enum TpsStatus {

	/** KPPS preparing the TPS (from about 06:00). */
	PERSIAPAN,
	/** Opened (07:00). */
	DIBUKA,
	/** Voting under way. */
	PEMUNGUTAN,
	/** Counting (from 13:00). */
	PENGHITUNGAN,
	/** Counting finished, results signed. */
	SELESAI;

	/**
	 * @return 1 for {@link #PERSIAPAN} up to 5 for {@link #SELESAI}
	 */
	public int rank() {
		return ordinal() + 1;
	}

}
