package id.praja.deployment;

import java.util.List;

import id.praja.shared.AuditableEvent;

/**
 * The rule which Polres functions may be posted to TPS was changed.
 *
 * @param before the functions kept out before
 * @param after the functions kept out now
 */
public record TpsDutyChanged(List<String> before, List<String> after) implements AuditableEvent {

	@Override
	public String action() {
		return "plan.tps-duty-changed";
	}

	@Override
	public String subjectType() {
		return "tps-duty";
	}

	@Override
	public String subjectId() {
		return "fungsi";
	}

}
