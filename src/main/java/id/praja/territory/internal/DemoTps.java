package id.praja.territory.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The generated demo TPS of the installation's territory, kabupaten by kabupaten.
 * <ul>
 * <li>Jember (35.09): its detailed demo ({@link TpsGenerator#generate(long)}: the
 * published Pilkada 2024 totals, the prison TPS), the same TPS whether Jember stands
 * alone or in the province.</li>
 * <li>Any other kabupaten/kota: its Pilkada 2024 TPS and voters ({@link ElectionFigures}:
 * published where a figure exists, else the rest of the province's published total in
 * proportion to population), spread over its desa in proportion to population by the same
 * rules, with a seed of its own.</li>
 * </ul>
 * Every TPS is marked generated.
 */
public final class DemoTps {

	private DemoTps() {
	}

	/**
	 * @param reference the installation's territory
	 * @param seed the demo seed
	 * @return the TPS of every kabupaten/kota, ordered by kabupaten then code
	 */
	public static List<TpsRow> generate(TerritoryReference reference, long seed) {
		ReferenceData data = reference.data();
		if (reference.jemberOnly()) {
			return new TpsGenerator(data, reference.geometry()).generate(seed);
		}
		ElectionFigures figures = ElectionFigures.read(reference.dataset());
		List<TpsRow> rows = new ArrayList<>();
		for (ReferenceData.KabupatenRef k : data.kabupaten()) {
			TpsGenerator generator = new TpsGenerator(data.only(k.code()), reference.geometry());
			if (k.code().equals(TerritoryReference.JEMBER)) {
				rows.addAll(generator.generate(seed));
			}
			else {
				ElectionFigures.Figure f = figures.of(k.code());
				rows.addAll(generator.generate(seed + seedOffset(k.code()), f.tps(), f.voters(), f.votersMale()));
			}
		}
		return rows;
	}

	/** A kabupaten's own seed: 35.10 gives 3510. */
	static long seedOffset(String kabupatenCode) {
		return Long.parseLong(kabupatenCode.replace(".", ""));
	}

}
