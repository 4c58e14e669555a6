package id.praja.report;

import java.util.List;

/** What a recorded event is, in the Laphar's sections. */
public enum EventCategory {

	/** Crime (curat, curas, curanmor, penganiayaan ...). */
	KEJAHATAN,
	/** Violations (of election rules, of regulations). */
	PELANGGARAN,
	/** Disturbances of public order (clashes, blockades, hoaxes). */
	GANGGUAN,
	/** Disasters (floods, landslides). */
	BENCANA,
	/**
	 * Traffic accidents (laka lantas) with dead (MD), badly hurt (LB), lightly hurt (LR).
	 */
	LAKA_LANTAS,
	/** Protests (unjuk rasa). */
	UNJUK_RASA;

	/** The four kamtibmas categories of the Laphar. */
	public static final List<EventCategory> KAMTIBMAS = List.of(KEJAHATAN, PELANGGARAN, GANGGUAN, BENCANA);

}
