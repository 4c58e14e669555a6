package id.praja.deployment;

import id.praja.shared.AuditableEvent;

/**
 * A draft plan was made, re-solved, pinned or given another pattern.
 *
 * @param version the version number
 * @param action what happened: {@code plan.created}, {@code plan.solved},
 * {@code plan.pinned}, {@code plan.pattern-changed}
 * @param before the state before (pins, pattern or scores), or null
 * @param after the state after
 */
public record PlanChanged(int version, String action, Object before, Object after) implements AuditableEvent {

	@Override
	public String subjectType() {
		return "deployment-plan";
	}

	@Override
	public String subjectId() {
		return "v" + this.version;
	}

}
