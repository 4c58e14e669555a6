package id.praja.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/**
 * What the command center knows that the reports need: incidents (a red one spoils the
 * status line), TPS status on voting and counting days, and Gakkumdu cases with their
 * deadlines. The command center module implements it as a bean; until then every method
 * answers nothing and the report says so. Several beans are all read.
 */
public interface IncidentSource {

	/** No command center yet. */
	IncidentSource NONE = new IncidentSource() {
	};

	/**
	 * @param day a day
	 * @param units Polsek codes in scope, or null for the whole Polres
	 * @return incidents of that day
	 */
	default List<Incident> incidents(LocalDate day, Set<String> units) {
		return List.of();
	}

	/**
	 * @param day a voting or counting day
	 * @param units Polsek codes in scope, or null for all
	 * @return TPS reports of that day
	 */
	default List<TpsReport> tpsReports(LocalDate day, Set<String> units) {
		return List.of();
	}

	/**
	 * @param day a day
	 * @param units Polsek codes in scope, or null for all
	 * @return Gakkumdu cases open on that day
	 */
	default List<GakkumduCase> gakkumduCases(LocalDate day, Set<String> units) {
		return List.of();
	}

	/**
	 * The TPS that have not made the report expected of them by a moment of the day (the
	 * stage every TPS should have reported by then: officer at the TPS, opened, counting,
	 * finished).
	 * @param day the day
	 * @param at the moment judged (now for today, the end of a past day)
	 * @param units Polsek codes, or null for all
	 * @return the count, or null when this source does not know
	 */
	default TpsBehind tpsBehind(LocalDate day, java.time.Instant at, Set<String> units) {
		return null;
	}

	/**
	 * An incident from the command center.
	 *
	 * @param reference its reference
	 * @param at when, local time of the Polres
	 * @param unitCode the Polsek
	 * @param category its Laphar category
	 * @param red true for a red (serious) incident
	 * @param summary what happened
	 * @param open true while the command center still handles it
	 */
	record Incident(String reference, LocalDateTime at, String unitCode, EventCategory category, boolean red,
			String summary, boolean open) {

		/**
		 * An incident still being handled.
		 * @param reference its reference
		 * @param at when (local time of the Polres)
		 * @param unitCode the Polsek
		 * @param category its Laphar category
		 * @param red true for a red incident
		 * @param summary what happened
		 */
		public Incident(String reference, LocalDateTime at, String unitCode, EventCategory category, boolean red,
				String summary) {
			this(reference, at, unitCode, category, red, summary, true);
		}

	}

	/**
	 * The last status of a TPS reported that day.
	 *
	 * @param tpsCode the TPS
	 * @param unitCode its Polsek
	 * @param status e.g. DIBUKA, PEMUNGUTAN, PENGHITUNGAN, SELESAI, TERGANGGU
	 */
	record TpsReport(String tpsCode, String unitCode, String status) {
	}

	/**
	 * TPS behind the report expected of them.
	 *
	 * @param expected the report expected by then (CHECK_IN, OPENING, COUNTING, CLOSING),
	 * or null when none is due yet
	 * @param expectedBy its local time, or null
	 * @param count the TPS that have not made it
	 */
	record TpsBehind(String expected, java.time.LocalTime expectedBy, int count) {
	}

	/**
	 * A Gakkumdu case.
	 *
	 * @param reference its reference
	 * @param unitCode the Polsek
	 * @param offence e.g. politik uang (Pasal 187A UU 10/2016)
	 * @param suspects suspects' initials only
	 * @param stage e.g. LAPORAN, PENYIDIKAN, PENUNTUTAN, PERSIDANGAN
	 * @param deadline the deadline of the current stage
	 */
	record GakkumduCase(String reference, String unitCode, String offence, String suspects, String stage,
			LocalDate deadline) {
	}

}
