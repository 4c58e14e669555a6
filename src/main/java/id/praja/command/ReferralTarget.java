package id.praja.command;

/**
 * Where an incident can be referred.
 */
public enum ReferralTarget {

	/** Sentra Gakkumdu (Bawaslu, Polri, Kejaksaan): a suspected election crime. */
	SENTRA_GAKKUMDU,
	/** The election commission (logistics, procedure at the TPS). */
	KPU,
	/** The election supervisor (administrative violations). */
	BAWASLU

}
