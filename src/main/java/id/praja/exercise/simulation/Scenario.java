package id.praja.exercise.simulation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.praja.vulnerability.PoliceClass;

/**
 * The ground the simulation runs on: TPS, the plan's posts and reserve teams, travel
 * times, response targets. Travel times are computed once here (reserve bases to every
 * place, the nearest posts of every place) and shared by all replications.
 * <p>
 * Places ("locations") are the TPS (indexes 0..n-1) followed by the PPK of each kecamatan
 * (n..n+k-1), placed at the centre of its TPS: protests happen there.
 */
public final class Scenario {

	/**
	 * A TPS.
	 *
	 * @param code its code
	 * @param kecamatan its kecamatan (code or name: used for grouping)
	 * @param lon longitude
	 * @param lat latitude
	 * @param policeClass its police class
	 * @param indicators Bawaslu indicators it hits
	 */
	public record Site(String code, String kecamatan, double lon, double lat, PoliceClass policeClass, int indicators) {
	}

	/**
	 * A post of the plan.
	 *
	 * @param anchor index of the TPS it is based at
	 * @param tps indexes of the TPS it covers
	 * @param officers officers posted
	 * @param required officers the staffing pattern requires there (a pull that leaves
	 * fewer leaves its TPS below the pattern)
	 */
	public record PostUnit(int anchor, int[] tps, int officers, int required) {

		/**
		 * A post staffed exactly to the pattern: every pull leaves its TPS below it.
		 * @param anchor index of the TPS it is based at
		 * @param tps indexes of the TPS it covers
		 * @param officers officers posted (and required)
		 */
		public PostUnit(int anchor, int[] tps, int officers) {
			this(anchor, tps, officers, officers);
		}

	}

	/**
	 * Where reserve teams wait.
	 *
	 * @param name the base's name
	 * @param lon longitude
	 * @param lat latitude
	 * @param teams teams waiting there
	 */
	public record ReserveBase(String name, double lon, double lat, int teams) {
	}

	final List<Site> sites;

	final List<PostUnit> posts;

	final List<ReserveBase> bases;

	final int[] kecamatanOf;

	final List<String> kecamatan;

	final double[] kecamatanLon;

	final double[] kecamatanLat;

	final int[] targetOf;

	final Map<PoliceClass, Integer> targets;

	/** [location][base]: minutes from the base to the location. */
	final double[][] baseMinutes;

	/** [location][k]: the k-th nearest post of the location. */
	final int[][] nearPosts;

	/** [location][k]: minutes from that post's anchor. */
	final double[][] nearPostMinutes;

	/**
	 * @param sites the TPS
	 * @param posts the posts (each with at least one officer to count)
	 * @param bases the reserve bases
	 * @param targets response target in minutes per police class
	 * @param travel the travel model
	 * @param nearestPosts how many nearest posts to keep per place
	 */
	public Scenario(List<Site> sites, List<PostUnit> posts, List<ReserveBase> bases, Map<PoliceClass, Integer> targets,
			Travel travel, int nearestPosts) {
		this.sites = List.copyOf(sites);
		this.posts = List.copyOf(posts);
		this.bases = List.copyOf(bases);
		this.targets = new EnumMap<>(targets);
		int n = sites.size();
		this.kecamatanOf = new int[n];
		this.targetOf = new int[n];
		Map<String, Integer> kec = new LinkedHashMap<>();
		List<double[]> sums = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			Site s = sites.get(i);
			Integer target = targets.get(s.policeClass());
			if (target == null) {
				throw new IllegalArgumentException("no response target for " + s.policeClass());
			}
			this.targetOf[i] = target;
			int k = kec.computeIfAbsent(s.kecamatan(), key -> {
				sums.add(new double[3]);
				return sums.size() - 1;
			});
			this.kecamatanOf[i] = k;
			double[] sum = sums.get(k);
			sum[0] += s.lon();
			sum[1] += s.lat();
			sum[2]++;
		}
		this.kecamatan = List.copyOf(kec.keySet());
		this.kecamatanLon = new double[sums.size()];
		this.kecamatanLat = new double[sums.size()];
		for (int k = 0; k < sums.size(); k++) {
			this.kecamatanLon[k] = sums.get(k)[0] / sums.get(k)[2];
			this.kecamatanLat[k] = sums.get(k)[1] / sums.get(k)[2];
		}
		for (PostUnit p : posts) {
			if (p.anchor() < 0 || p.anchor() >= n || p.officers() < 0) {
				throw new IllegalArgumentException("a post's anchor must be one of the TPS");
			}
		}
		int locations = n + this.kecamatan.size();
		this.baseMinutes = new double[locations][bases.size()];
		this.nearPosts = new int[locations][];
		this.nearPostMinutes = new double[locations][];
		int keep = Math.min(nearestPosts, posts.size());
		for (int l = 0; l < locations; l++) {
			double lon = lon(l);
			double lat = lat(l);
			for (int b = 0; b < bases.size(); b++) {
				this.baseMinutes[l][b] = travel.minutes(bases.get(b).lon(), bases.get(b).lat(), lon, lat);
			}
			// the keep nearest posts, by insertion (ties: lower index first)
			int[] best = new int[keep];
			double[] bestMinutes = new double[keep];
			int size = 0;
			for (int p = 0; p < posts.size(); p++) {
				Site anchor = sites.get(posts.get(p).anchor());
				double m = travel.minutes(anchor.lon(), anchor.lat(), lon, lat);
				if (size == keep && m >= bestMinutes[keep - 1]) {
					continue;
				}
				int at = (size < keep) ? size++ : keep - 1;
				while (at > 0 && bestMinutes[at - 1] > m) {
					best[at] = best[at - 1];
					bestMinutes[at] = bestMinutes[at - 1];
					at--;
				}
				best[at] = p;
				bestMinutes[at] = m;
			}
			this.nearPosts[l] = best;
			this.nearPostMinutes[l] = bestMinutes;
		}
	}

	/**
	 * @param tps a TPS index
	 * @param atPpk true for the PPK of its kecamatan
	 * @return the location index
	 */
	public int location(int tps, boolean atPpk) {
		return atPpk ? this.sites.size() + this.kecamatanOf[tps] : tps;
	}

	double lon(int location) {
		return (location < this.sites.size()) ? this.sites.get(location).lon()
				: this.kecamatanLon[location - this.sites.size()];
	}

	double lat(int location) {
		return (location < this.sites.size()) ? this.sites.get(location).lat()
				: this.kecamatanLat[location - this.sites.size()];
	}

	/**
	 * @return the TPS
	 */
	public List<Site> sites() {
		return this.sites;
	}

	/**
	 * @return the posts
	 */
	public List<PostUnit> posts() {
		return this.posts;
	}

	/**
	 * @return the reserve bases
	 */
	public List<ReserveBase> bases() {
		return this.bases;
	}

	/**
	 * @return the kecamatan in order of first appearance (indexes of the late counts)
	 */
	public List<String> kecamatan() {
		return this.kecamatan;
	}

	/**
	 * @param k a kecamatan index
	 * @return {lon, lat} of its TPS's centre
	 */
	public double[] kecamatanCentre(int k) {
		return new double[] { this.kecamatanLon[k], this.kecamatanLat[k] };
	}

	/**
	 * @return response targets per class
	 */
	public Map<PoliceClass, Integer> targets() {
		return this.targets;
	}

	/**
	 * @return reserve teams in all
	 */
	public int teams() {
		return this.bases.stream().mapToInt(ReserveBase::teams).sum();
	}

	/**
	 * @param teamsRemoved teams to take away, from the last base backwards
	 * @return the same ground with fewer reserve teams (travel times reused)
	 */
	public Scenario withFewerTeams(int teamsRemoved) {
		List<ReserveBase> fewer = new ArrayList<>(this.bases);
		int left = teamsRemoved;
		for (int b = fewer.size() - 1; b >= 0 && left > 0; b--) {
			ReserveBase base = fewer.get(b);
			int take = Math.min(left, base.teams());
			fewer.set(b, new ReserveBase(base.name(), base.lon(), base.lat(), base.teams() - take));
			left -= take;
		}
		return new Scenario(this, fewer);
	}

	private Scenario(Scenario from, List<ReserveBase> bases) {
		this.sites = from.sites;
		this.posts = from.posts;
		this.bases = List.copyOf(bases);
		this.kecamatanOf = from.kecamatanOf;
		this.kecamatan = from.kecamatan;
		this.kecamatanLon = from.kecamatanLon;
		this.kecamatanLat = from.kecamatanLat;
		this.targetOf = from.targetOf;
		this.targets = from.targets;
		this.baseMinutes = from.baseMinutes;
		this.nearPosts = from.nearPosts;
		this.nearPostMinutes = from.nearPostMinutes;
	}

}
