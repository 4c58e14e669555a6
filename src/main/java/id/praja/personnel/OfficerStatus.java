package id.praja.personnel;

/**
 * Whether an officer can be deployed on a given day.
 */
public enum OfficerStatus {

	/** Available (no other status recorded for the day). */
	AKTIF,
	/** On leave (cuti). */
	CUTI,
	/** Sick (sakit). */
	SAKIT,
	/** In training (pendidikan / pelatihan). */
	DIKLAT,
	/** Suspended (skorsing / menjalani sanksi). */
	SKORSING;

	/**
	 * @return true when the officer can be deployed
	 */
	public boolean available() {
		return this == AKTIF;
	}

}
