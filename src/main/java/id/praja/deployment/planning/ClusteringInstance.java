package id.praja.deployment.planning;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A capacitated p-median (clustering) instance: n points, of which exactly p become
 * centres; every point is served by one centre (a centre serves itself), the demand a
 * centre serves must not exceed its capacity, and the sum of distances from points to
 * their centres is minimised (not weighted by demand). TPS posts are such clusters: TPS
 * are the points, the post anchors are the centres, the load of a post is limited by what
 * one team can cover.
 *
 * @param x first coordinate of each point (longitude for haversine)
 * @param y second coordinate (latitude for haversine)
 * @param capacity capacity of each point if chosen as a centre
 * @param demand demand of each point
 * @param p the number of centres
 */
public record ClusteringInstance(double[] x, double[] y, double[] capacity, double[] demand, int p) {

	public ClusteringInstance {
		int n = x.length;
		if (y.length != n || capacity.length != n || demand.length != n) {
			throw new IllegalArgumentException("coordinates, capacities and demands must have the same length");
		}
		if (p < 1 || p > n) {
			throw new IllegalArgumentException("p must be between 1 and n = " + n);
		}
	}

	public int n() {
		return this.x.length;
	}

	/**
	 * Reads the format of the public instances: {@code n p}, then {@code x y Q q} per
	 * point, separated by any whitespace (tabs, CRLF).
	 * @param file the instance
	 * @return the instance
	 * @throws IOException when the file cannot be read
	 * @throws IllegalArgumentException naming the line when it is malformed
	 */
	public static ClusteringInstance readCpmp(Path file) throws IOException {
		List<String> lines = new ArrayList<>();
		for (String line : Files.readAllLines(file)) {
			if (!line.isBlank()) {
				lines.add(line.trim());
			}
		}
		if (lines.isEmpty()) {
			throw new IllegalArgumentException(file + ": empty file");
		}
		String[] head = lines.get(0).split("\\s+");
		int n;
		int p;
		try {
			n = Integer.parseInt(head[0]);
			p = Integer.parseInt(head[1]);
		}
		catch (RuntimeException ex) {
			throw new IllegalArgumentException(file + " line 1: expected 'n p', got '" + lines.get(0) + "'");
		}
		if (lines.size() - 1 < n) {
			throw new IllegalArgumentException(
					"%s: %d points announced, %d found".formatted(file, n, lines.size() - 1));
		}
		double[] x = new double[n];
		double[] y = new double[n];
		double[] capacity = new double[n];
		double[] demand = new double[n];
		for (int i = 0; i < n; i++) {
			String[] f = lines.get(i + 1).split("\\s+");
			try {
				x[i] = Double.parseDouble(f[0]);
				y[i] = Double.parseDouble(f[1]);
				capacity[i] = Double.parseDouble(f[2]);
				demand[i] = Double.parseDouble(f[3]);
			}
			catch (RuntimeException ex) {
				throw new IllegalArgumentException(
						"%s line %d: expected 'x y Q q', got '%s'".formatted(file, i + 2, lines.get(i + 1)));
			}
		}
		return new ClusteringInstance(x, y, capacity, demand, p);
	}

	/**
	 * @param centreOf the centre (0-based point index) of every point
	 * @param metric the metric
	 * @return the objective: sum of distances from points to their centres
	 */
	public double objective(int[] centreOf, Metric metric) {
		double sum = 0;
		for (int i = 0; i < n(); i++) {
			int c = centreOf[i];
			sum += metric.distance(this.x[i], this.y[i], this.x[c], this.y[c]);
		}
		return sum;
	}

	/**
	 * @param centreOf the centre of every point
	 * @return true when exactly p centres serve themselves and no capacity is exceeded
	 */
	public boolean feasible(int[] centreOf) {
		double[] load = new double[n()];
		int centres = 0;
		for (int i = 0; i < n(); i++) {
			int c = centreOf[i];
			if (c < 0 || c >= n() || centreOf[c] != c) {
				return false;
			}
			load[c] += this.demand[i];
			if (c == i) {
				centres++;
			}
		}
		for (int c = 0; c < n(); c++) {
			if (load[c] > this.capacity[c] + 1e-9) {
				return false;
			}
		}
		return centres == this.p;
	}

}
