package id.praja.command;

import java.util.EnumSet;
import java.util.Set;

/**
 * The lifecycle of an incident: REPORTED → VERIFIED → DISPATCHED → ON_SCENE → RESOLVED,
 * or REFERRED to another body from any open stage; DUPLICATE closes an incident merged
 * into another. RESOLVED, REFERRED and DUPLICATE are final.
 */
public enum IncidentStatus {

	/** Reported from the field (or entered by an operator), not yet checked. */
	REPORTED,
	/** Confirmed by the command post. */
	VERIFIED,
	/** A unit is on its way. */
	DISPATCHED,
	/** A unit has arrived. */
	ON_SCENE,
	/** Handled; closed. */
	RESOLVED,
	/** Handed to Sentra Gakkumdu, KPU or Bawaslu; closed here. */
	REFERRED,
	/** The same event as another incident, into which it was merged; closed. */
	DUPLICATE;

	/**
	 * @return true for RESOLVED, REFERRED and DUPLICATE
	 */
	public boolean closed() {
		return this == RESOLVED || this == REFERRED || this == DUPLICATE;
	}

	/**
	 * The statuses reachable by a transition. DISPATCHED is reached by dispatching a
	 * unit, DUPLICATE by linking to the original; a false alarm is resolved from
	 * REPORTED.
	 * @return the statuses this one may move to
	 */
	public Set<IncidentStatus> next() {
		return switch (this) {
			case REPORTED -> EnumSet.of(VERIFIED, RESOLVED, REFERRED);
			case VERIFIED -> EnumSet.of(DISPATCHED, RESOLVED, REFERRED);
			case DISPATCHED -> EnumSet.of(ON_SCENE, REFERRED);
			case ON_SCENE -> EnumSet.of(RESOLVED, REFERRED);
			case RESOLVED, REFERRED, DUPLICATE -> EnumSet.noneOf(IncidentStatus.class);
		};
	}

}
