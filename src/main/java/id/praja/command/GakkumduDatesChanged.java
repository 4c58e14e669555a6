package id.praja.command;

import java.util.Map;

import id.praja.shared.AuditableEvent;

/**
 * Published when dates of a Sentra Gakkumdu case are set or changed (entered, or a step
 * recorded): the days its statutory clocks run from, so every change is traced to a
 * person.
 *
 * @param caseId the case
 * @param before each changed date ({@code DISCOVERED}, {@code REPORTED},
 * {@code TO_PROSECUTOR}, {@code TO_COURT}, {@code DECIDED}, {@code STOPPED}) before, as
 * an ISO day (2024-11-20), null where it was not set
 * @param after the same dates after
 * @param note the reason or remark given, or null
 */
public record GakkumduDatesChanged(long caseId, Map<String, String> before, Map<String, String> after,
		String note) implements AuditableEvent {

	@Override
	public String action() {
		return "gakkumdu.dates-changed";
	}

	@Override
	public String subjectType() {
		return "gakkumdu-case";
	}

	@Override
	public String subjectId() {
		return String.valueOf(this.caseId);
	}

}
