package id.praja.personnel;

import id.praja.shared.AuditableEvent;

/**
 * Published when a kecamatan is given to another Polsek.
 *
 * @param kecamatanCode the kecamatan
 * @param from the Polsek that served it, or null
 * @param to the Polsek that serves it now
 */
public record PolsekAreaChanged(String kecamatanCode, String from, String to) implements AuditableEvent {

	@Override
	public String action() {
		return "unit.polsek-area-changed";
	}

	@Override
	public String subjectType() {
		return "unit";
	}

	@Override
	public String subjectId() {
		return this.kecamatanCode;
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
