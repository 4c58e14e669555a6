package id.praja.deployment.planning;

import java.util.Arrays;

/**
 * The k nearest points of every point (itself first), with their distances, and the
 * reverse lists (the points that have a point among their k nearest). Replaces the n x n
 * distance matrix: memory and time grow with n k, not n squared.
 */
final class NeighbourLists {

	/** near[i][r]: the r-th nearest point of i (near[i][0] == i). */
	final int[][] near;

	/** dist[i][r]: the distance from i to near[i][r], ascending. */
	final double[][] dist;

	/** rev[j]: the points i with j among their nearest. */
	final int[][] rev;

	/** revDist[j][r]: the distance from rev[j][r] to j. */
	final double[][] revDist;

	private final ClusteringInstance instance;

	private final Metric metric;

	private NeighbourLists(ClusteringInstance instance, Metric metric, int[][] near, double[][] dist) {
		this.instance = instance;
		this.metric = metric;
		this.near = near;
		this.dist = dist;
		int n = instance.n();
		int[] count = new int[n];
		for (int[] row : near) {
			for (int j : row) {
				count[j]++;
			}
		}
		this.rev = new int[n][];
		this.revDist = new double[n][];
		for (int j = 0; j < n; j++) {
			this.rev[j] = new int[count[j]];
			this.revDist[j] = new double[count[j]];
		}
		int[] fill = new int[n];
		for (int i = 0; i < n; i++) {
			for (int r = 0; r < near[i].length; r++) {
				int j = near[i][r];
				this.rev[j][fill[j]] = i;
				this.revDist[j][fill[j]++] = dist[i][r];
			}
		}
	}

	/**
	 * @param instance the instance
	 * @param metric the metric
	 * @param k how many nearest points each point keeps (itself included)
	 * @return the lists
	 */
	static NeighbourLists of(ClusteringInstance instance, Metric metric, int k) {
		int n = instance.n();
		int kk = Math.max(1, Math.min(n, k));
		int[][] near = new int[n][];
		double[][] dist = new double[n][];
		double[] all = new double[n];
		int[] order = new int[n];
		double[] x = instance.x();
		double[] y = instance.y();
		for (int i = 0; i < n; i++) {
			for (int j = 0; j < n; j++) {
				all[j] = (i == j) ? -1 : metric.distance(x[i], y[i], x[j], y[j]);
			}
			// the kk smallest: a threshold by selection, then a sort of those only
			double threshold = kth(all.clone(), kk - 1);
			int m = 0;
			for (int j = 0; j < n; j++) {
				if (all[j] <= threshold) {
					order[m++] = j;
				}
			}
			int[] idx = Arrays.copyOf(order, m);
			double[] key = new double[m];
			for (int r = 0; r < m; r++) {
				key[r] = all[idx[r]];
			}
			sortBy(key, idx);
			near[i] = Arrays.copyOf(idx, Math.min(kk, m));
			dist[i] = new double[near[i].length];
			for (int r = 0; r < near[i].length; r++) {
				dist[i][r] = (near[i][r] == i) ? 0 : all[near[i][r]];
			}
		}
		return new NeighbourLists(instance, metric, near, dist);
	}

	/**
	 * @return the distance between points i and j
	 */
	double distance(int i, int j) {
		return (i == j) ? 0 : this.metric.distance(this.instance.x()[i], this.instance.y()[i], this.instance.x()[j],
				this.instance.y()[j]);
	}

	/**
	 * @return the r-th smallest value (0-based) of a (a is reordered)
	 */
	static double kth(double[] a, int r) {
		int lo = 0;
		int hi = a.length - 1;
		while (lo < hi) {
			double pivot = a[(lo + hi) >>> 1];
			int i = lo;
			int j = hi;
			while (i <= j) {
				while (a[i] < pivot) {
					i++;
				}
				while (a[j] > pivot) {
					j--;
				}
				if (i <= j) {
					double t = a[i];
					a[i] = a[j];
					a[j] = t;
					i++;
					j--;
				}
			}
			if (r <= j) {
				hi = j;
			}
			else if (r >= i) {
				lo = i;
			}
			else {
				return a[r];
			}
		}
		return a[r];
	}

	/** Sorts key ascending and permutes idx alike. */
	static void sortBy(double[] key, int[] idx) {
		sortBy(key, idx, 0, key.length - 1);
	}

	private static void sortBy(double[] key, int[] idx, int lo, int hi) {
		while (hi - lo > 16) {
			double pivot = key[(lo + hi) >>> 1];
			int i = lo;
			int j = hi;
			while (i <= j) {
				while (key[i] < pivot) {
					i++;
				}
				while (key[j] > pivot) {
					j--;
				}
				if (i <= j) {
					swap(key, idx, i++, j--);
				}
			}
			if (j - lo < hi - i) {
				sortBy(key, idx, lo, j);
				lo = i;
			}
			else {
				sortBy(key, idx, i, hi);
				hi = j;
			}
		}
		for (int i = lo + 1; i <= hi; i++) {
			for (int j = i; j > lo && key[j - 1] > key[j]; j--) {
				swap(key, idx, j, j - 1);
			}
		}
	}

	private static void swap(double[] key, int[] idx, int i, int j) {
		double t = key[i];
		key[i] = key[j];
		key[j] = t;
		int u = idx[i];
		idx[i] = idx[j];
		idx[j] = u;
	}

}
