package id.praja.bko;

import java.util.Map;

import id.praja.shared.AuditableEvent;

/**
 * The Karoops published a BKO allocation: its platoons go to the Polres named, whose
 * planners count them as available officers on their days.
 *
 * @param version the allocation version
 * @param platoons platoons sent
 * @param officers officers sent
 * @param tpsBelow TPS left below the pattern
 * @param officersByPolres officers sent to each Polres
 */
public record BkoAllocationPublished(int version, int platoons, int officers, int tpsBelow,
		Map<String, Integer> officersByPolres) implements AuditableEvent {

	@Override
	public String action() {
		return "bko.published";
	}

	@Override
	public String subjectType() {
		return "bko-allocation";
	}

	@Override
	public String subjectId() {
		return "v" + this.version;
	}

	@Override
	public Object before() {
		return Map.of("status", "DRAFT");
	}

	@Override
	public Object after() {
		return Map.of("status", "PUBLISHED", "platoons", this.platoons, "officers", this.officers, "tpsBelow",
				this.tpsBelow, "officersByPolres", this.officersByPolres);
	}

}
