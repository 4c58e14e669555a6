package id.praja.personnel;

import id.praja.shared.AuditableEvent;

/**
 * Published when the Linmas strength of a desa is set (or reset to the default).
 *
 * @param desaCode the desa
 * @param from the strength before
 * @param to the strength now
 */
public record LinmasChanged(String desaCode, int from, int to) implements AuditableEvent {

	@Override
	public String action() {
		return "unit.linmas-changed";
	}

	@Override
	public String subjectType() {
		return "linmas";
	}

	@Override
	public String subjectId() {
		return this.desaCode;
	}

	@Override
	public Object before() {
		return this.from;
	}

	@Override
	public Object after() {
		return this.to;
	}

}
