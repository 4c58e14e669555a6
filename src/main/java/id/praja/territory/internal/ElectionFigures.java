package id.praja.territory.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;

/**
 * The Pilkada 2024 voters (DPT) and TPS per kabupaten/kota of a province data set
 * ({@code /territory/<province>/pilkada2024_<province>.csv}), completed where no public
 * figure exists so that the kabupaten add up to the province's published totals:
 * <ul>
 * <li>TPS: the published count where one exists; the rest of the province's TPS split
 * over the others in proportion to population ({@link Figure#tpsPublished()} false).</li>
 * <li>Voters: the published DPT, else the published DPS; the rest of the province's DPT
 * split over the others in proportion to population. Male voters: the published split,
 * else the province's share of men.</li>
 * </ul>
 */
public final class ElectionFigures {

	/**
	 * One kabupaten/kota's figures.
	 *
	 * @param tpsPublished whether the TPS count is a published one
	 * @param votersPublished whether the voter count is a published DPT or DPS
	 */
	public record Figure(String kabupatenCode, int tps, int voters, int votersMale, boolean tpsPublished,
			boolean votersPublished) {
	}

	private final Map<String, Figure> figures = new LinkedHashMap<>();

	private final int provinceTps;

	private final int provinceVoters;

	private ElectionFigures(int provinceTps, int provinceVoters) {
		this.provinceTps = provinceTps;
		this.provinceVoters = provinceVoters;
	}

	/**
	 * Reads the figures of a shipped province data set.
	 * @param province the data set, e.g. {@value ReferenceData#JATIM}
	 * @return the completed figures of every kabupaten/kota of the data set
	 */
	public static ElectionFigures read(String province) {
		List<CSVRecord> rows = ReferenceData.readCsv("/territory/" + province + "/pilkada2024_" + province + ".csv");
		CSVRecord total = rows.stream().filter(r -> r.get("level").equals("provinsi")).findFirst().orElseThrow();
		int provinceTps = Integer.parseInt(total.get("tps"));
		int provinceVoters = Integer.parseInt(total.get("dpt"));
		double maleShare = Double.parseDouble(total.get("dpt_male")) / provinceVoters;
		Map<String, CSVRecord> byCode = new LinkedHashMap<>();
		rows.stream().filter(r -> r.get("level").equals("kabupaten")).forEach(r -> byCode.put(r.get("code"), r));

		List<ReferenceData.KabupatenRef> kabupaten = ReferenceData.readCsv("/territory/" + province + "/kabupaten.csv")
			.stream()
			.map(r -> new ReferenceData.KabupatenRef(r.get("code"), r.get("name"),
					r.get("population").isBlank() ? null : Integer.valueOf(r.get("population")), null))
			.toList();
		int n = kabupaten.size();
		Integer[] tps = new Integer[n];
		Integer[] voters = new Integer[n];
		Integer[] male = new Integer[n];
		int tpsLeft = provinceTps;
		int votersLeft = provinceVoters;
		for (int i = 0; i < n; i++) {
			CSVRecord r = byCode.get(kabupaten.get(i).code());
			tps[i] = (r != null) ? number(r, "tps") : null;
			voters[i] = (r != null) ? number(r, "dpt") : null;
			if (voters[i] == null && r != null) {
				voters[i] = number(r, "dps_if_no_dpt");
			}
			male[i] = (r != null && number(r, "dpt") != null) ? number(r, "dpt_male") : null;
			tpsLeft -= (tps[i] != null) ? tps[i] : 0;
			votersLeft -= (voters[i] != null) ? voters[i] : 0;
		}
		int[] tpsFill = fill(tps, tpsLeft, kabupaten);
		int[] votersFill = fill(voters, votersLeft, kabupaten);
		ElectionFigures result = new ElectionFigures(provinceTps, provinceVoters);
		for (int i = 0; i < n; i++) {
			int m = (male[i] != null) ? male[i] : (int) Math.round(votersFill[i] * maleShare);
			String code = kabupaten.get(i).code();
			result.figures.put(code, new Figure(code, tpsFill[i], votersFill[i], m, tps[i] != null, voters[i] != null));
		}
		return result;
	}

	/** The missing values: the rest, in proportion to population. */
	private static int[] fill(Integer[] values, int rest, List<ReferenceData.KabupatenRef> kabupaten) {
		List<Integer> missing = new ArrayList<>();
		for (int i = 0; i < values.length; i++) {
			if (values[i] == null) {
				missing.add(i);
			}
		}
		int[] result = new int[values.length];
		double[] weights = new double[missing.size()];
		for (int j = 0; j < missing.size(); j++) {
			Integer population = kabupaten.get(missing.get(j)).population();
			weights[j] = (population != null) ? population : 1;
		}
		int[] share = missing.isEmpty() ? new int[0]
				: TpsGenerator.largestRemainderByWeights(Math.max(0, rest), weights);
		for (int i = 0, j = 0; i < values.length; i++) {
			result[i] = (values[i] != null) ? values[i] : share[j++];
		}
		return result;
	}

	private static Integer number(CSVRecord r, String column) {
		String value = r.get(column);
		return (value == null || value.isBlank()) ? null : Integer.valueOf(value.trim());
	}

	public Figure of(String kabupatenCode) {
		Figure f = this.figures.get(kabupatenCode);
		if (f == null) {
			throw new IllegalArgumentException("no election figures for " + kabupatenCode);
		}
		return f;
	}

	public List<Figure> all() {
		return List.copyOf(this.figures.values());
	}

	public int provinceTps() {
		return this.provinceTps;
	}

	public int provinceVoters() {
		return this.provinceVoters;
	}

}
