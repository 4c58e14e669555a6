package id.praja.personnel;

import java.util.List;

import id.praja.shared.AuditableEvent;

/**
 * Published when a period of leave, sickness, training or suspension is recorded.
 *
 * @param nrp the officer
 * @param before his periods before
 * @param after his periods after
 */
public record OfficerStatusRecorded(String nrp, List<StatusPeriod> before,
		List<StatusPeriod> after) implements AuditableEvent {

	@Override
	public String action() {
		return "officer.status-recorded";
	}

	@Override
	public String subjectType() {
		return "officer";
	}

	@Override
	public String subjectId() {
		return this.nrp;
	}

}
