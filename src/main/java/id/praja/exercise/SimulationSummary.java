package id.praja.exercise;

import java.util.List;
import java.util.Map;

import id.praja.vulnerability.PoliceClass;

/**
 * Figures over N replications.
 *
 * @param replications days simulated
 * @param meanIncidents incidents per day
 * @param byClass response figures per police class of the TPS
 * @param overall response figures over all classes
 * @param meanEscalatedToRed incidents per day that turned RED unattended
 * @param reserveUtilisation share of the teams' time (06:00–22:00) spent away from base
 * @param meanBelowPatternTpsMinutes TPS-minutes per day below the staffing pattern
 * @param meanUnattended incidents per day nobody reached
 * @param late per kecamatan, late responses per day (heat map data), most first
 * @param events events processed in all
 * @param seconds wall-clock time of the replications
 * @param threads worker threads used
 */
public record SimulationSummary(int replications, double meanIncidents, Map<PoliceClass, Response> byClass,
		Response overall, double meanEscalatedToRed, double reserveUtilisation, double meanBelowPatternTpsMinutes,
		double meanUnattended, List<KecamatanLate> late, long events, double seconds, int threads) {

	/**
	 * Response times of one class, pooled over all replications.
	 *
	 * @param responses responses counted
	 * @param targetMinutes the class's target (0 for the overall figures)
	 * @param p50 median minutes
	 * @param p90 90th percentile
	 * @param p99 99th percentile
	 * @param withinTarget share of responses within the target
	 */
	public record Response(long responses, int targetMinutes, double p50, double p90, double p99, double withinTarget) {
	}

	/**
	 * @param kecamatan the kecamatan
	 * @param lon centre of its TPS
	 * @param lat centre of its TPS
	 * @param latePerDay late responses per day
	 */
	public record KecamatanLate(String kecamatan, double lon, double lat, double latePerDay) {
	}

	/**
	 * @return the last line of {@code ./praja simulate}
	 */
	public String line() {
		return String.format(java.util.Locale.ROOT,
				"replications=%d incidents=%.2f p90_minutes=%.1f within_target=%.3f seconds=%.2f", this.replications,
				this.meanIncidents, this.overall.p90(), this.overall.withinTarget(), this.seconds);
	}

}
