package id.praja.deployment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.springframework.stereotype.Service;

import id.praja.deployment.planning.ClusteringInstance;
import id.praja.deployment.planning.ClusteringSolution;
import id.praja.deployment.planning.ClusteringSolver;
import id.praja.deployment.planning.Metric;
import id.praja.personnel.PersonnelManagement;
import id.praja.territory.TerritoryManagement;
import id.praja.territory.Tps;
import id.praja.vulnerability.PoliceClass;
import id.praja.vulnerability.VulnerabilityManagement;

/**
 * Deployment planning. So far: the TPS of each Polsek grouped into posts by the staffing
 * pattern — sangat rawan and khusus TPS get fixed posts of their own; the others are
 * clustered so that no post exceeds what one group can cover and the total distance from
 * each TPS to its post's anchor is as small as possible; a post never crosses a Polsek's
 * area. Officers, reserves and publication come next.
 */
@Service
public class DeploymentManagement {

	/**
	 * Capacity units of one group: a kurang-rawan TPS weighs 10 / 10 = 1, a rawan one 10
	 * / 2 = 5.
	 */
	static final int CAPACITY = 10;

	private final TerritoryManagement territory;

	private final PersonnelManagement personnel;

	private final VulnerabilityManagement vulnerability;

	DeploymentManagement(TerritoryManagement territory, PersonnelManagement personnel,
			VulnerabilityManagement vulnerability) {
		this.territory = territory;
		this.personnel = personnel;
		this.vulnerability = vulnerability;
	}

	/**
	 * Groups the TPS in scope into posts: first a complete plan from the fast local
	 * search, then each Polsek improved by the exact solver within its time.
	 * @param pattern the staffing pattern
	 * @param secondsPerPolsek improvement time per Polsek (0 for the first plan only)
	 * @param threads Polsek solved in parallel
	 * @return the posts
	 */
	public PostPlan planPosts(StaffingPattern pattern, double secondsPerPolsek, int threads) {
		long start = System.nanoTime();
		Map<String, String> areas = this.personnel.polsekAreas();
		Map<String, PoliceClass> classes = this.vulnerability.classes();
		Map<String, List<Tps>> byPolsek = new TreeMap<>();
		this.territory.forEachTps(null, t -> {
			String polsek = areas.get(t.kecamatanCode());
			if (polsek != null) {
				byPolsek.computeIfAbsent(polsek, k -> new ArrayList<>()).add(t);
			}
		});
		List<Area> work = byPolsek.entrySet()
			.stream()
			.map(e -> new Area(e.getKey(), e.getValue(), classes, pattern))
			.toList();
		work.forEach(a -> a.solve(0.05, 1));
		double firstPlan = (System.nanoTime() - start) / 1e9;
		if (secondsPerPolsek > 0) {
			ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
			try {
				List<Future<?>> done = new ArrayList<>();
				for (Area a : work) {
					done.add(pool.submit(() -> a.solve(secondsPerPolsek, 1)));
				}
				for (Future<?> f : done) {
					f.get();
				}
			}
			catch (Exception ex) {
				throw new IllegalStateException("planning failed", ex);
			}
			finally {
				pool.shutdown();
			}
		}
		List<Post> posts = new ArrayList<>();
		double total = 0;
		int tps = 0;
		for (Area a : work) {
			posts.addAll(a.posts());
			total += a.distance();
			tps += a.tps.size();
		}
		posts.sort(Comparator.comparing(Post::polsek).thenComparing(Post::anchor));
		int police = posts.stream().mapToInt(Post::police).sum();
		int reserve = (int) Math.ceil(police * pattern.reserveShare() / (1 - pattern.reserveShare()));
		return new PostPlan(List.copyOf(posts), tps, police, reserve, tps * pattern.linmasPerTps(), total, firstPlan,
				(System.nanoTime() - start) / 1e9);
	}

	/**
	 * The same TPS grouped by a naive greedy rule (anchors spread far apart, each TPS to
	 * the nearest anchor with room, no improvement): the baseline the optimiser is
	 * compared with.
	 * @param pattern the staffing pattern
	 * @return the total distance of the greedy plan, in metres
	 */
	public double greedyDistance(StaffingPattern pattern) {
		Map<String, String> areas = this.personnel.polsekAreas();
		Map<String, PoliceClass> classes = this.vulnerability.classes();
		Map<String, List<Tps>> byPolsek = new TreeMap<>();
		this.territory.forEachTps(null, t -> {
			String polsek = areas.get(t.kecamatanCode());
			if (polsek != null) {
				byPolsek.computeIfAbsent(polsek, k -> new ArrayList<>()).add(t);
			}
		});
		double total = 0;
		for (Map.Entry<String, List<Tps>> e : byPolsek.entrySet()) {
			Area a = new Area(e.getKey(), e.getValue(), classes, pattern);
			if (a.instance != null) {
				int[] greedy = ClusteringSolver.greedy(a.instance, Metric.HAVERSINE);
				total += a.instance.objective(greedy, Metric.HAVERSINE);
			}
		}
		return total;
	}

	/** One Polsek's TPS: fixed ones apart, mobile ones as a clustering instance. */
	private static final class Area {

		final String polsek;

		final List<Tps> tps;

		final List<Tps> fixed = new ArrayList<>();

		final List<Tps> mobile = new ArrayList<>();

		final Map<String, PoliceClass> classes;

		final StaffingPattern pattern;

		final ClusteringInstance instance;

		volatile ClusteringSolution solution;

		Area(String polsek, List<Tps> tps, Map<String, PoliceClass> classes, StaffingPattern pattern) {
			this.polsek = polsek;
			this.tps = tps;
			this.classes = classes;
			this.pattern = pattern;
			for (Tps t : tps) {
				(pattern.groups().get(classOf(t)).fixed() ? this.fixed : this.mobile).add(t);
			}
			if (this.mobile.isEmpty()) {
				this.instance = null;
				return;
			}
			int n = this.mobile.size();
			double[] x = new double[n];
			double[] y = new double[n];
			double[] capacity = new double[n];
			double[] demand = new double[n];
			double sum = 0;
			for (int i = 0; i < n; i++) {
				Tps t = this.mobile.get(i);
				x[i] = t.lon();
				y[i] = t.lat();
				capacity[i] = CAPACITY;
				demand[i] = weight(classOf(t));
				sum += demand[i];
			}
			int p = (int) Math.ceil(sum / CAPACITY);
			this.instance = new ClusteringInstance(x, y, capacity, demand, Math.min(p, n));
		}

		PoliceClass classOf(Tps t) {
			return this.classes.getOrDefault(t.code(), PoliceClass.KURANG_RAWAN);
		}

		double weight(PoliceClass c) {
			return (double) CAPACITY / this.pattern.groups().get(c).tps();
		}

		void solve(double seconds, int threads) {
			if (this.instance == null) {
				return;
			}
			ClusteringSolution candidate = new ClusteringSolver(Metric.HAVERSINE, threads, 1).solve(this.instance,
					seconds);
			ClusteringSolution current = this.solution;
			if (current == null || (candidate.feasible() && candidate.objective() < current.objective())) {
				this.solution = candidate;
			}
		}

		double distance() {
			return (this.solution != null) ? this.solution.objective() : 0;
		}

		List<Post> posts() {
			List<Post> posts = new ArrayList<>();
			for (Tps t : this.fixed) {
				PoliceClass c = classOf(t);
				posts.add(new Post(this.polsek, t.code(), List.of(t.code()), c, true,
						this.pattern.groups().get(c).police(), 1.0, 0));
			}
			if (this.solution == null) {
				return posts;
			}
			int[] centreOf = this.solution.centreOf();
			Map<Integer, List<Integer>> clusters = new TreeMap<>();
			for (int i = 0; i < centreOf.length; i++) {
				clusters.computeIfAbsent(centreOf[i], k -> new ArrayList<>()).add(i);
			}
			clusters.forEach((centre, members) -> {
				PoliceClass highest = PoliceClass.KURANG_RAWAN;
				double load = 0;
				double max = 0;
				List<String> codes = new ArrayList<>();
				Tps anchor = this.mobile.get(centre);
				for (int m : members) {
					Tps t = this.mobile.get(m);
					highest = highest.max(classOf(t));
					load += weight(classOf(t));
					max = Math.max(max, Metric.HAVERSINE.distance(t.lon(), t.lat(), anchor.lon(), anchor.lat()));
					codes.add(t.code());
				}
				posts.add(new Post(this.polsek, anchor.code(), List.copyOf(codes), highest, false,
						this.pattern.groups().get(highest).police(), load / CAPACITY, max));
			});
			return posts;
		}

	}

}
