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

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

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
 * <li>Each TPS stands where the desa's people live: scattered around the desa's label
 * point (the pole of inaccessibility of its main part, see
 * {@link TerritoryGeometry#mainPart}) with a spread that grows with its population (see
 * {@link #spreadKm}), inside that main part, so never on an island such as Nusa Barong
 * nor across the forest that fills a large desa's polygon.</li>
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

	/** Kilometres per degree of latitude (and of longitude at the equator). */
	private static final double KM_PER_DEGREE = 111.32;

	private static final double MIN_SPREAD_KM = 0.25;

	private static final double MAX_SPREAD_KM = 0.9;

	private static final GeometryFactory FACTORY = new GeometryFactory();

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

	/**
	 * Generates TPS for this data's territory with the given totals.
	 * @param seed the random seed
	 * @param tpsTotal the number of TPS
	 * @param votersTotal the voters in all
	 * @param votersMale of which men
	 * @return the TPS ordered by code
	 */
	public List<TpsRow> generate(long seed, int tpsTotal, int votersTotal, int votersMale) {
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
			Settlement settlement = new Settlement(d, population.get(d.code()));
			Coordinate prison = null;
			for (int n = 1; n <= tpsCount[i]; n++, k++) {
				boolean special = d.code().equals(PRISON_DESA) && n > tpsCount[i] - PRISON_TPS;
				Coordinate at;
				if (special) {
					prison = (prison != null) ? prison : settlement.place(random);
					at = prison;
				}
				else {
					at = settlement.place(random);
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
		List<ReferenceData.DesaRef> unknown = new ArrayList<>();
		double known = 0;
		for (ReferenceData.KecamatanRef k : this.data.kecamatan()) {
			List<ReferenceData.DesaRef> members = byKecamatan.getOrDefault(k.code(), List.of());
			if (k.population() == null) {
				unknown.addAll(members);
				continue;
			}
			known += k.population();
			double weightSum = members.stream().mapToDouble(this::weight).sum();
			for (ReferenceData.DesaRef d : members) {
				result.put(d.code(), k.population() * weight(d) / weightSum);
			}
		}
		if (!unknown.isEmpty()) {
			// no kecamatan population (outside Jember): the kabupaten's population, less
			// the
			// known kecamatan, over its desa by the same weight
			double population = Math.max(0,
					this.data.kabupaten().stream().mapToDouble(k -> (k.population() != null) ? k.population() : 0).sum()
							- known);
			double weightSum = unknown.stream().mapToDouble(this::weight).sum();
			for (ReferenceData.DesaRef d : unknown) {
				result.put(d.code(), (population > 0) ? population * weight(d) / weightSum : weight(d));
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

	/**
	 * The spread (standard deviation, km) of a desa's TPS around its label point: a
	 * quarter of a kilometre per square root of a thousand people, between 250 m (a small
	 * hamlet still has its TPS apart) and 900 m (a desa's dusun lie within a walk of its
	 * centre), and never more than a fifth of the main part's size (a small kelurahan).
	 * @param population the desa's population
	 * @param mainPartKm2 the area of the desa's main part in km²
	 * @return the spread in km
	 */
	static double spreadKm(double population, double mainPartKm2) {
		double byPopulation = Math.min(MAX_SPREAD_KM, Math.max(MIN_SPREAD_KM, 0.25 * Math.sqrt(population / 1000)));
		return Math.min(byPopulation, 0.2 * Math.sqrt(mainPartKm2));
	}

	/** Where a desa's TPS stand: around its label point, within its main part. */
	private final class Settlement {

		private final Coordinate centre;

		private final PreparedGeometry main;

		private final double sigmaLat;

		private final double sigmaLon;

		Settlement(ReferenceData.DesaRef d, double population) {
			Polygon part = TpsGenerator.this.geometry.mainPart(d.code());
			this.centre = TpsGenerator.this.geometry.labelPoint(d.code());
			this.main = PreparedGeometryFactory.prepare(part);
			double kmPerDegreeLon = KM_PER_DEGREE * Math.cos(Math.toRadians(this.centre.y));
			double areaKm2 = part.getArea() * KM_PER_DEGREE * kmPerDegreeLon;
			double sigmaKm = spreadKm(population, areaKm2);
			this.sigmaLat = sigmaKm / KM_PER_DEGREE;
			this.sigmaLon = sigmaKm / kmPerDegreeLon;
		}

		Coordinate place(SplittableRandom random) {
			for (int attempt = 0; attempt < 200; attempt++) {
				Coordinate at = new Coordinate(this.centre.x + this.sigmaLon * gaussian(random),
						this.centre.y + this.sigmaLat * gaussian(random));
				if (this.main.covers(FACTORY.createPoint(at))) {
					return at;
				}
			}
			return this.centre;
		}

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
