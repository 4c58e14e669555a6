package id.praja.command;

import java.time.Instant;
import java.util.UUID;

/**
 * Two reports of one TPS that disagree: a status that would move the TPS backwards (often
 * sent by a second officer at the same TPS) against the report in force. The phone is
 * told no (422), and the desk operator sees both side by side and decides which holds.
 *
 * @param id the conflict
 * @param tps the TPS code
 * @param kecamatan its kecamatan
 * @param currentStatus the TPS's status when the other report came
 * @param currentSince since when
 * @param currentBy who reported it, or null when unknown
 * @param reportId the refused report's id
 * @param reportedStatus the status it reported
 * @param reportedAt when it says it happened
 * @param receivedAt when the command center received it
 * @param reportedBy who sent it
 * @param note its note, or null
 * @param decision the operator's decision, or null while open
 * @param decidedBy who decided, or null
 * @param decidedAt when, or null
 */
public record ReportConflict(long id, String tps, String kecamatan, TpsStatus currentStatus, Instant currentSince,
		String currentBy, UUID reportId, TpsStatus reportedStatus, Instant reportedAt, Instant receivedAt,
		String reportedBy, String note, Decision decision, String decidedBy, Instant decidedAt) {

	/** Which report holds. */
	public enum Decision {

		/** The report in force holds; the other is set aside. */
		CURRENT,
		/** The refused report holds: the TPS takes its status. */
		REPORTED

	}

	/**
	 * @return true when two different accounts sent the two reports
	 */
	public boolean twoReporters() {
		return this.currentBy != null && !this.currentBy.equals(this.reportedBy);
	}

}
