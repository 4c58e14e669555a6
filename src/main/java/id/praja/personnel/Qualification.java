package id.praja.personnel;

/**
 * Skills that matter when posting officers.
 */
public enum Qualification {

	/** Crowd control (pengendalian massa). */
	DALMAS,
	/** Licensed vehicle driver. */
	PENGEMUDI,
	/** Trained negotiator. */
	NEGOSIATOR,
	/** First aid (pertolongan pertama). */
	P3K,
	/** Explosive ordnance disposal (penjinak bom). */
	JIBOM,
	/** Crime-scene handling (tindakan pertama di tempat kejadian perkara). */
	TPTKP

}
