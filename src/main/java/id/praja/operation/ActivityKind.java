package id.praja.operation;

/** Pre-emptive and preventive activities of a task force. */
public enum ActivityKind {

	/** Community visit (sambang). */
	SAMBANG,
	/** "Cooling system" meeting with community, religious and campaign figures. */
	COOLING_SYSTEM,
	/** Dialogue patrol. */
	PATROLI_DIALOGIS,
	/** Escort (logistics, candidates). */
	PENGAWALAN,
	/** Guarding (KPU, Bawaslu, PPK, warehouses). */
	PENJAGAAN

}
