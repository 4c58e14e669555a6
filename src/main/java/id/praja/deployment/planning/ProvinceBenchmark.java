package id.praja.deployment.planning;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code ./praja bench province [seconds-per-area] [threads] [seed]}: a generated
 * province at the scale of East Java (60,000 TPS in 38 districts of about 25 Polsek areas
 * each) grouped into posts district by district, the districts in parallel, with the same
 * engine and rules as the product (haversine, capacity of one group, sangat rawan TPS on
 * fixed posts, posts within one Polsek area). Prints the time to the first complete plan
 * of the province, the time with improvement, the total distance and the peak heap. The
 * geography is synthetic (clustered points around district and area centres); it measures
 * scale, not Jember's quality.
 */
public final class ProvinceBenchmark {

	static final int DISTRICTS = 38;

	static final int TPS = 60_000;

	static final int AREAS_PER_DISTRICT = 25;

	private ProvinceBenchmark() {
	}

	/** One Polsek area of a generated district. */
	record Area(int district, ClusteringInstance instance, int fixed) {
	}

	public static void main(String[] args) throws Exception {
		double seconds = (args.length > 0) ? Double.parseDouble(args[0]) : 0;
		int threads = (args.length > 1) ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
		long seed = (args.length > 2) ? Long.parseLong(args[2]) : 2024;
		List<List<Area>> districts = generate(seed);
		ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
		System.out.printf("Benchmark: generated province, %d TPS in %d districts of %d Polsek areas; %d threads%n", TPS,
				DISTRICTS, AREAS_PER_DISTRICT, threads);
		double[] first = run(districts, 0, threads);
		System.out.printf("first complete plan: %.1f s; %d posts (%d fixed); total distance %.0f km%n", first[0],
				(long) first[2], (long) first[3], first[1] / 1000);
		double[] improved = first;
		if (seconds > 0) {
			improved = run(districts, seconds, threads);
			System.out.printf("with %.1f s per area: %.1f s; total distance %.0f km (%.3f of the first plan)%n",
					seconds, improved[0], improved[1] / 1000, improved[1] / first[1]);
		}
		long peak = ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter(p -> p.getType() == MemoryType.HEAP)
			.mapToLong(p -> p.getPeakUsage().getUsed())
			.sum();
		System.out.printf("tps=%d districts=%d first_plan_seconds=%.1f seconds=%.1f peak_heap_mb=%d%n", TPS, DISTRICTS,
				first[0], improved[0], peak >> 20);
	}

	/**
	 * @return seconds, total distance, posts, fixed posts
	 */
	static double[] run(List<List<Area>> districts, double seconds, int threads) throws Exception {
		long start = System.nanoTime();
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<double[]>> results = new ArrayList<>();
			for (List<Area> district : districts) {
				results.add(pool.submit(() -> {
					double distance = 0;
					double posts = 0;
					double fixed = 0;
					for (Area a : district) {
						ClusteringSolution s = new ClusteringSolver(Metric.HAVERSINE, 1, a.district())
							.solveFeasible(a.instance(), (seconds > 0) ? seconds : 0.05, null, null);
						if (!s.feasible()) {
							throw new IllegalStateException("an area has no feasible grouping");
						}
						distance += s.objective();
						posts += ClusteringSolver.centres(s.centreOf()) + a.fixed();
						fixed += a.fixed();
					}
					return new double[] { distance, posts, fixed };
				}));
			}
			double[] total = new double[4];
			for (Future<double[]> f : results) {
				double[] r = f.get();
				total[1] += r[0];
				total[2] += r[1];
				total[3] += r[2];
			}
			total[0] = (System.nanoTime() - start) / 1e9;
			return total;
		}
		finally {
			pool.shutdown();
		}
	}

	/**
	 * Districts spread over East Java's extent; areas around each district centre; TPS
	 * around each area centre; 2 % sangat rawan (fixed posts, outside the clustering), 13
	 * % rawan (weight 5), the rest kurang rawan (weight 1), capacity 10 per post.
	 */
	static List<List<Area>> generate(long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		List<List<Area>> districts = new ArrayList<>();
		int perDistrict = TPS / DISTRICTS;
		for (int d = 0; d < DISTRICTS; d++) {
			int count = (d < TPS % DISTRICTS) ? perDistrict + 1 : perDistrict;
			double lon = 111.0 + random.nextDouble() * 3.5;
			double lat = -8.4 + random.nextDouble() * 1.5;
			List<Area> areas = new ArrayList<>();
			for (int a = 0; a < AREAS_PER_DISTRICT; a++) {
				int n = count / AREAS_PER_DISTRICT + ((a < count % AREAS_PER_DISTRICT) ? 1 : 0);
				double alon = lon + random.nextGaussian() * 0.12;
				double alat = lat + random.nextGaussian() * 0.12;
				List<double[]> mobile = new ArrayList<>();
				int fixed = 0;
				for (int i = 0; i < n; i++) {
					double r = random.nextDouble();
					if (r < 0.02) {
						fixed++;
						continue;
					}
					mobile.add(new double[] { alon + random.nextGaussian() * 0.03, alat + random.nextGaussian() * 0.03,
							(r < 0.15) ? 5 : 1 });
				}
				int m = mobile.size();
				double[] x = new double[m];
				double[] y = new double[m];
				double[] cap = new double[m];
				double[] q = new double[m];
				double sum = 0;
				for (int i = 0; i < m; i++) {
					x[i] = mobile.get(i)[0];
					y[i] = mobile.get(i)[1];
					cap[i] = 10;
					q[i] = mobile.get(i)[2];
					sum += q[i];
				}
				areas.add(new Area(d, new ClusteringInstance(x, y, cap, q, (int) Math.ceil(sum / 10 - 1e-9)), fixed));
			}
			districts.add(areas);
		}
		return districts;
	}

}
