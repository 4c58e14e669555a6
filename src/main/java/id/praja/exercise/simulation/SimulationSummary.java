package id.praja.exercise.simulation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
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
	 * @param scenario the ground the runs were on
	 * @param runs the runs
	 * @param config the settings (for the length of the day)
	 * @param seconds wall-clock time
	 * @param threads threads used
	 * @return the summary
	 */
	public static SimulationSummary of(Scenario scenario, SimulationConfig config, List<RunResult> runs, double seconds,
			int threads) {
		int n = runs.size();
		Map<PoliceClass, double[]> times = new EnumMap<>(PoliceClass.class);
		Map<PoliceClass, Integer> sizes = new EnumMap<>(PoliceClass.class);
		for (PoliceClass c : PoliceClass.values()) {
			times.put(c, new double[64]);
			sizes.put(c, 0);
		}
		long incidents = 0;
		long red = 0;
		long unattended = 0;
		long events = 0;
		double busy = 0;
		double below = 0;
		long[] late = new long[scenario.kecamatan().size()];
		for (RunResult r : runs) {
			incidents += r.incidents();
			red += r.escalatedToRed();
			unattended += r.unattended();
			events += r.events();
			busy += r.reserveBusyMinutes();
			below += r.belowPatternTpsMinutes();
			for (int k = 0; k < late.length; k++) {
				late[k] += r.lateByKecamatan()[k];
			}
			for (RunResult.Response response : r.responses()) {
				PoliceClass c = response.policeClass();
				double[] a = times.get(c);
				int size = sizes.get(c);
				if (size == a.length) {
					a = Arrays.copyOf(a, size * 2);
					times.put(c, a);
				}
				a[size] = response.responseMinutes();
				sizes.put(c, size + 1);
			}
		}
		Map<PoliceClass, Response> byClass = new EnumMap<>(PoliceClass.class);
		double[] all = new double[sizes.values().stream().mapToInt(Integer::intValue).sum()];
		int at = 0;
		long within = 0;
		for (PoliceClass c : PoliceClass.values()) {
			double[] a = Arrays.copyOf(times.get(c), sizes.get(c));
			int target = scenario.targets().get(c);
			long ok = Arrays.stream(a).filter(m -> m <= target).count();
			within += ok;
			System.arraycopy(a, 0, all, at, a.length);
			at += a.length;
			byClass.put(c, response(a, target, ok));
		}
		Response overall = response(all, 0, within);
		List<KecamatanLate> heat = new ArrayList<>();
		for (int k = 0; k < late.length; k++) {
			double[] centre = scenario.kecamatanCentre(k);
			heat.add(new KecamatanLate(scenario.kecamatan().get(k), centre[0], centre[1], (double) late[k] / n));
		}
		heat.sort((a, b) -> Double.compare(b.latePerDay(), a.latePerDay()));
		double teamMinutes = (double) scenario.teams() * (config.endMinute() - config.startMinute()) * n;
		return new SimulationSummary(n, (double) incidents / n, byClass, overall, (double) red / n,
				(teamMinutes > 0) ? busy / teamMinutes : 0, below / n, (double) unattended / n, List.copyOf(heat),
				events, seconds, threads);
	}

	private static Response response(double[] a, int target, long ok) {
		Arrays.sort(a);
		return new Response(a.length, target, percentile(a, 0.50), percentile(a, 0.90), percentile(a, 0.99),
				(a.length == 0) ? 1 : (double) ok / a.length);
	}

	/** Nearest-rank percentile of a sorted array (NaN when empty). */
	static double percentile(double[] sorted, double p) {
		if (sorted.length == 0) {
			return Double.NaN;
		}
		int rank = (int) Math.ceil(p * sorted.length);
		return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
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
