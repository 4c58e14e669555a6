package id.praja.bko;

import id.praja.shared.AuditableEvent;

/**
 * A BKO allocation draft was made, or the Karoops moved or pinned a platoon on it.
 *
 * @param version the allocation version
 * @param action {@code bko.proposed}, {@code bko.moved}, {@code bko.pinned} or
 * {@code bko.unpinned}
 * @param subject the platoon concerned (e.g. {@code BRIMOB-K2-P1}), or the version for a
 * new draft
 * @param before the state before (where the platoon was, TPS below the pattern), or null
 * @param after the state after
 */
public record BkoAllocationChanged(int version, String action, String subject, Object before,
		Object after) implements AuditableEvent {

	@Override
	public String subjectType() {
		return "bko-allocation";
	}

	@Override
	public String subjectId() {
		return "v" + this.version + ((this.subject != null) ? " " + this.subject : "");
	}

}
