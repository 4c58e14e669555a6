package id.praja.exercise.simulation;

/** Kinds of incident on voting day. */
public enum IncidentType {

	/** Clash between supporters of candidates. */
	BENTROK,
	/** Intimidation of voters or poll workers. */
	INTIMIDASI,
	/** A money-politics report (serangan fajar) needing police at the scene. */
	POLITIK_UANG,
	/** Logistics blocked or damaged (ballot boxes, forms). */
	LOGISTIK,
	/** A protest at the PPK (kecamatan) or KPU office. */
	UNJUK_RASA,
	/** Flood or landslide at a TPS. */
	BENCANA

}
