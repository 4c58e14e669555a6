package id.praja.exercise.simulation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import id.praja.exercise.SimulationConfig;
import id.praja.exercise.SimulationSummary;
import id.praja.vulnerability.PoliceClass;

/**
 * Pools the runs of a simulation into the {@link SimulationSummary} the module answers
 * with.
 */
final class Summaries {

	private Summaries() {
	}

	/**
	 * @param scenario the ground the runs were on
	 * @param runs the runs
	 * @param config the settings (for the length of the day)
	 * @param seconds wall-clock time
	 * @param threads threads used
	 * @return the summary
	 */
	static SimulationSummary of(Scenario scenario, SimulationConfig config, List<RunResult> runs, double seconds,
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
		Map<PoliceClass, SimulationSummary.Response> byClass = new EnumMap<>(PoliceClass.class);
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
		SimulationSummary.Response overall = response(all, 0, within);
		List<SimulationSummary.KecamatanLate> heat = new ArrayList<>();
		for (int k = 0; k < late.length; k++) {
			double[] centre = scenario.kecamatanCentre(k);
			heat.add(new SimulationSummary.KecamatanLate(scenario.kecamatan().get(k), centre[0], centre[1],
					(double) late[k] / n));
		}
		heat.sort((a, b) -> Double.compare(b.latePerDay(), a.latePerDay()));
		double teamMinutes = (double) scenario.teams() * (config.endMinute() - config.startMinute()) * n;
		return new SimulationSummary(n, (double) incidents / n, byClass, overall, (double) red / n,
				(teamMinutes > 0) ? busy / teamMinutes : 0, below / n, (double) unattended / n, List.copyOf(heat),
				events, seconds, threads);
	}

	private static SimulationSummary.Response response(double[] a, int target, long ok) {
		Arrays.sort(a);
		return new SimulationSummary.Response(a.length, target, percentile(a, 0.50), percentile(a, 0.90),
				percentile(a, 0.99), (a.length == 0) ? 1 : (double) ok / a.length);
	}

	/** Nearest-rank percentile of a sorted array (NaN when empty). */
	static double percentile(double[] sorted, double p) {
		if (sorted.length == 0) {
			return Double.NaN;
		}
		int rank = (int) Math.ceil(p * sorted.length);
		return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
	}

}
