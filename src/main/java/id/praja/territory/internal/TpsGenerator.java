package id.praja.territory.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

import org.locationtech.jts.algorithm.InteriorPointArea;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

import id.praja.territory.Tps;

/**
 * Generates a realistic, deterministic demo TPS registry for Jember, since no public
 * per-TPS list exists. The totals are the published Pilkada 2024 figures; everything
 * below them is made up and marked {@code generated}.
 * <ul>
 * <li>Population per desa: the kecamatan's population (BPS 2024) split over its desa in
 * proportion to the square root of each desa's area (small urban kelurahan are
 * denser).</li>
 * <li>Voters per desa in proportion to that population; TPS per desa: enough to keep
 * every TPS at or under 600 voters, the rest given one at a time to the desa with the
 * most voters per TPS.</li>
 * <li>Each TPS is placed inside its desa polygon, scattered around the desa's centre (the
 * polygon centroid, or an interior point when the centroid lies outside).</li>
 * <li>The two prison TPS (Lapas Jember) are the last two TPS of Kelurahan Kepatihan.</li>
 * </ul>
 */
public final class TpsGenerator {

	/** Pilkada 2024 Jember totals (KPU Jember DPT, via K Radio Jember). */
	public static final int JEMBER_TPS = 4_046;

	public static final int JEMBER_VOTERS = 1_955_219;

	public static final int JEMBER_VOTERS_MALE = 965_055;

	/** The desa of the prison TPS, and how the site is named. */
	static final String PRISON_DESA = "35.09.19.1006";

	static final String PRISON_SITE = "Lapas Kelas IIA Jember";

	static final int PRISON_TPS = 2;

	private static final String[] DUSUN = { "Krajan", "Karanganyar", "Sumberan", "Tegalrejo", "Kebonsari", "Sukorejo",
			"Gumuksari", "Curahrejo", "Sidomulyo", "Kaliputih", "Tanjungsari", "Wonorejo", "Darungan", "Panggungrejo" };

	private static final String[] STREET = { "Jl. Kartini", "Jl. Diponegoro", "Jl. Sudarman", "Jl. Gajah Mada",
			"Jl. Hayam Wuruk", "Jl. Trunojoyo", "Jl. Mastrip", "Jl. Jawa", "Jl. Kalimantan", "Jl. Letjen Panjaitan" };

	private final ReferenceData data;

	private final TerritoryGeometry geometry;

	public TpsGenerator(ReferenceData data, TerritoryGeometry geometry) {
		this.data = data;
		this.geometry = geometry;
	}

	/**
	 * Generates the Jember TPS set with the published totals.
	 * @param seed the random seed; the same seed gives the same TPS
	 * @return 4,046 TPS ordered by code
	 */
	public List<TpsRow> generate(long seed) {
		return generate(seed, JEMBER_TPS, JEMBER_VOTERS, JEMBER_VOTERS_MALE);
	}

	List<TpsRow> generate(long seed, int tpsTotal, int votersTotal, int votersMale) {
		SplittableRandom random = new SplittableRandom(seed);
		List<ReferenceData.DesaRef> desa = this.data.desa()
			.stream()
			.sorted(Comparator.comparing(ReferenceData.DesaRef::code))
			.toList();
		Map<String, Double> population = desaPopulation(desa);
		int[] voters = largestRemainder(votersTotal, desa, d -> population.get(d.code()));
		int[] tpsCount = tpsPerDesa(voters, tpsTotal);

		List<TpsRow> rows = new ArrayList<>(tpsTotal);
		List<int[]> voterSplits = new ArrayList<>();
		for (int i = 0; i < desa.size(); i++) {
			voterSplits.add(splitVoters(voters[i], tpsCount[i], random));
		}
		int[] allVoters = voterSplits.stream().flatMapToInt(java.util.Arrays::stream).toArray();
		int[] male = largestRemainderByWeights(votersMale, allVoters);
		int k = 0;
		for (int i = 0; i < desa.size(); i++) {
			ReferenceData.DesaRef d = desa.get(i);
			Coordinate centre = centre(d);
			Coordinate prison = null;
			for (int n = 1; n <= tpsCount[i]; n++, k++) {
				boolean special = d.code().equals(PRISON_DESA) && n > tpsCount[i] - PRISON_TPS;
				Coordinate at;
				if (special) {
					prison = (prison != null) ? prison : place(d, centre, random);
					at = prison;
				}
				else {
					at = place(d, centre, random);
				}
				int m = Math.min(male[k], allVoters[k]);
				rows.add(new TpsRow(d.code(), n, special ? PRISON_SITE : address(d, n, random), round6(at.y),
						round6(at.x), m, allVoters[k] - m, special ? PRISON_SITE : null, true));
			}
		}
		return rows;
	}

	private Map<String, Double> desaPopulation(List<ReferenceData.DesaRef> desa) {
		Map<String, List<ReferenceData.DesaRef>> byKecamatan = desa.stream()
			.collect(Collectors.groupingBy(ReferenceData.DesaRef::kecamatanCode));
		Map<String, Double> result = new HashMap<>();
		for (ReferenceData.KecamatanRef k : this.data.kecamatan()) {
			List<ReferenceData.DesaRef> members = byKecamatan.getOrDefault(k.code(), List.of());
			double weightSum = members.stream().mapToDouble(this::weight).sum();
			for (ReferenceData.DesaRef d : members) {
				result.put(d.code(), k.population() * weight(d) / weightSum);
			}
		}
		return result;
	}

	private double weight(ReferenceData.DesaRef d) {
		return Math.sqrt(this.geometry.desa(d.code()).getArea());
	}

	private static <T> int[] largestRemainder(int total, List<T> items, ToDoubleFunction<T> weight) {
		double[] w = items.stream().mapToDouble(weight).toArray();
		return largestRemainderByWeights(total, w);
	}

	static int[] largestRemainderByWeights(int total, int[] weights) {
		return largestRemainderByWeights(total, java.util.Arrays.stream(weights).asDoubleStream().toArray());
	}

	static int[] largestRemainderByWeights(int total, double[] weights) {
		double sum = java.util.Arrays.stream(weights).sum();
		int[] result = new int[weights.length];
		double[] remainder = new double[weights.length];
		int assigned = 0;
		for (int i = 0; i < weights.length; i++) {
			double exact = total * weights[i] / sum;
			result[i] = (int) Math.floor(exact);
			remainder[i] = exact - result[i];
			assigned += result[i];
		}
		Integer[] order = new Integer[weights.length];
		for (int i = 0; i < order.length; i++) {
			order[i] = i;
		}
		java.util.Arrays.sort(order, (a, b) -> Double.compare(remainder[b], remainder[a]));
		for (int i = 0; assigned < total; i++, assigned++) {
			result[order[i % order.length]]++;
		}
		return result;
	}

	static int[] tpsPerDesa(int[] voters, int tpsTotal) {
		int[] count = new int[voters.length];
		int used = 0;
		for (int i = 0; i < voters.length; i++) {
			count[i] = Math.max(1, (voters[i] + Tps.MAX_VOTERS - 1) / Tps.MAX_VOTERS);
			used += count[i];
		}
		if (used > tpsTotal) {
			throw new IllegalArgumentException(
					"%d TPS cannot hold the voters at %d per TPS (need %d)".formatted(tpsTotal, Tps.MAX_VOTERS, used));
		}
		PriorityQueue<Integer> crowded = new PriorityQueue<>(
				Comparator.comparingDouble((Integer i) -> -(double) voters[i] / count[i]).thenComparing(i -> i));
		for (int i = 0; i < voters.length; i++) {
			crowded.add(i);
		}
		for (; used < tpsTotal; used++) {
			int i = crowded.poll();
			count[i]++;
			crowded.add(i);
		}
		return count;
	}

	static int[] splitVoters(int voters, int tps, SplittableRandom random) {
		double[] weights = new double[tps];
		for (int i = 0; i < tps; i++) {
			weights[i] = 0.85 + 0.3 * random.nextDouble();
		}
		int[] split = largestRemainderByWeights(voters, weights);
		// Keep every TPS at or under the legal maximum; there is room since voters <= 600
		// * tps.
		for (int i = 0; i < tps; i++) {
			while (split[i] > Tps.MAX_VOTERS) {
				int smallest = 0;
				for (int j = 1; j < tps; j++) {
					if (split[j] < split[smallest]) {
						smallest = j;
					}
				}
				int move = Math.min(split[i] - Tps.MAX_VOTERS, Tps.MAX_VOTERS - split[smallest]);
				split[i] -= move;
				split[smallest] += move;
			}
		}
		return split;
	}

	private Coordinate centre(ReferenceData.DesaRef d) {
		Geometry polygon = this.geometry.desa(d.code());
		Coordinate centroid = new Coordinate(d.lon(), d.lat());
		if (this.geometry.inDesa(d.code(), d.lat(), d.lon())) {
			return centroid;
		}
		return InteriorPointArea.getInteriorPoint(polygon);
	}

	private Coordinate place(ReferenceData.DesaRef d, Coordinate centre, SplittableRandom random) {
		Geometry polygon = this.geometry.desa(d.code());
		// Settlement clusters near the centre: a spread of a fifth of the desa's size.
		double sigma = 0.2 * Math.sqrt(polygon.getArea());
		for (int attempt = 0; attempt < 200; attempt++) {
			double lon = centre.x + sigma * gaussian(random);
			double lat = centre.y + sigma * gaussian(random);
			if (this.geometry.inDesa(d.code(), lat, lon) && this.geometry.inKecamatan(d.kecamatanCode(), lat, lon)) {
				return new Coordinate(lon, lat);
			}
		}
		return centre;
	}

	private static double gaussian(SplittableRandom random) {
		// Box-Muller: SplittableRandom has no nextGaussian on Java 17.
		double u = 1.0 - random.nextDouble();
		double v = random.nextDouble();
		return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
	}

	private static String address(ReferenceData.DesaRef d, int number, SplittableRandom random) {
		if ("kelurahan".equals(d.type())) {
			return "%s No. %d, RT %03d/RW %03d, Kel. %s".formatted(STREET[random.nextInt(STREET.length)],
					1 + random.nextInt(150), 1 + random.nextInt(8), 1 + number / 4, d.name());
		}
		return "Dusun %s, RT %03d/RW %03d, Desa %s".formatted(DUSUN[random.nextInt(DUSUN.length)],
				1 + random.nextInt(6), 1 + number / 4, d.name());
	}

	private static double round6(double value) {
		return Math.round(value * 1e6) / 1e6;
	}

}
