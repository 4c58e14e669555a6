package id.praja.personnel;

/**
 * Kinds of unit taking part in an election security operation.
 */
public enum UnitKind {

	/** Polda Jawa Timur: the regional command above the Polres. */
	POLDA,
	/** Polres Jember: the district command running the operation. */
	POLRES,
	/** A staff section or unit of the Polres (Bag Ops, Sat Samapta, Si Humas ...). */
	FUNGSI,
	/** A Polsek: sub-district police serving one or more kecamatan. */
	POLSEK,
	/** Reinforcements lent by the Polda (Bawah Kendali Operasi), e.g. an SSK Brimob. */
	BKO,
	/** Army units (Kodim and its Koramil), counted rather than named. */
	TNI,
	/** Linmas (civil protection) guarding the TPS, counted per desa. */
	LINMAS;

	/**
	 * @return true when the unit's people are police officers listed by name
	 */
	public boolean isPolice() {
		return this != TNI && this != LINMAS;
	}

}
