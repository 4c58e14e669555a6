package id.praja.exercise.simulation;

import java.util.List;

import id.praja.command.IncidentType;
import id.praja.command.Severity;
import id.praja.vulnerability.PoliceClass;

/**
 * What one simulated day produced.
 *
 * @param incidents incidents that occurred
 * @param responses one per attended incident, in order of occurrence
 * @param lateByKecamatan per kecamatan index (see {@link Scenario#kecamatan()}),
 * responses beyond the TPS class's target
 * @param escalatedToRed incidents that turned RED while unattended
 * @param reserveBusyMinutes minutes reserve teams spent away from their base (summed over
 * teams)
 * @param belowPatternTpsMinutes TPS-minutes below the staffing pattern because officers
 * were pulled from their post
 * @param events events processed
 * @param unattended incidents nobody reached before the end
 */
public record RunResult(int incidents, List<Response> responses, int[] lateByKecamatan, int escalatedToRed,
		double reserveBusyMinutes, double belowPatternTpsMinutes, long events, int unattended) {

	/**
	 * The first arrival at an incident.
	 *
	 * @param tps the TPS index
	 * @param policeClass its class
	 * @param type the incident's type
	 * @param minute when it started
	 * @param responseMinutes minutes until the first unit arrived
	 * @param onArrival severity when help arrived
	 * @param byReserve true when a reserve team arrived first, false for officers pulled
	 * from a post
	 * @param late true when beyond the class's target
	 * @param firstSent the unit sent first: index of its reserve base ({@code >= 0}) or
	 * {@code -(post index + 1)} for officers pulled from a post
	 */
	public record Response(int tps, PoliceClass policeClass, IncidentType type, double minute, double responseMinutes,
			Severity onArrival, boolean byReserve, boolean late, int firstSent) {
	}

}
