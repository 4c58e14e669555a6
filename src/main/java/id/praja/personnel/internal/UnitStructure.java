package id.praja.personnel.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import id.praja.personnel.UnitKind;
import id.praja.territory.Desa;
import id.praja.territory.Kecamatan;

/**
 * The unit structure over the loaded territory, from the shipped organisation
 * ({@link Organisation}): the Polda, and each Polres that covers a loaded kecamatan.
 * Polres Jember has its real structure: its staff functions, the 30 Polsek (from
 * {@code personnel/jember/polsek.csv}) and the kecamatan each serves, Kodim 0824 with a
 * Koramil per kecamatan, and the Linmas. Any other Polres gets the same staff functions
 * (codes prefixed with its key, e.g. {@code BANYUWANGI/BAG-OPS}) and, since no Polsek
 * list is shipped for it, one Polsek per kecamatan it covers (marked generated).
 * Strengths are not part of it: they come from the roster (or the demo generator).
 */
public final class UnitStructure {

	public static final String POLDA = "POLDA-JATIM";

	public static final String POLRES = "POLRES-JEMBER";

	public static final String KODIM = "KODIM-0824";

	public static final String LINMAS = "LINMAS-JEMBER";

	/** Polres functions: code, name, demo strength (people including the head). */
	static final List<Function> FUNCTIONS = List.of(new Function("BAG-OPS", "Bag Ops", 22),
			new Function("BAG-REN", "Bag Ren", 12), new Function("BAG-SDM", "Bag SDM", 18),
			new Function("BAG-LOG", "Bag Log", 14), new Function("SAT-SAMAPTA", "Sat Samapta", 95),
			new Function("SAT-LANTAS", "Sat Lantas", 85), new Function("SAT-RESKRIM", "Sat Reskrim", 55),
			new Function("SAT-INTELKAM", "Sat Intelkam", 40), new Function("SAT-BINMAS", "Sat Binmas", 22),
			new Function("SAT-RESNARKOBA", "Sat Resnarkoba", 25), new Function("SAT-TAHTI", "Sat Tahti", 12),
			new Function("SAT-POLAIRUD", "Sat Polairud", 16), new Function("SI-HUMAS", "Si Humas", 8),
			new Function("SI-PROPAM", "Si Propam", 10), new Function("SI-KEU", "Si Keu", 6),
			new Function("SI-UMUM", "Si Umum", 8), new Function("SI-TIK", "Si TIK", 6),
			new Function("SPKT", "SPKT", 15), new Function("SI-DOKKES", "Si Dokkes", 6));

	/** Kecamatan without a Polsek of their own and the Polsek that serves them. */
	static final Map<String, String> SERVED_BY = Map.of("35.09.17", "POLSEK-JENGGAWAH");

	/** The Polres headquarters: Jl. R.A. Kartini, Kelurahan Kepatihan. */
	static final String POLRES_DESA = "35.09.19.1006";

	record Function(String code, String name, int demoStrength) {
	}

	/** A Polsek and the kecamatan it serves. */
	public record Polsek(String code, String name, String seatKecamatan, List<String> area) {
	}

	/**
	 * A Polres and what the roster generator needs of it.
	 *
	 * @param functions its staff functions (codes prefixed with the Polres key outside
	 * Jember)
	 * @param polsek its Polsek
	 */
	public record PolresUnit(String code, String name, List<Function> functions, List<Polsek> polsek) {
	}

	private final List<UnitRow> units = new ArrayList<>();

	private final List<Polsek> polsek = new ArrayList<>();

	private final List<PolresUnit> polres = new ArrayList<>();

	private int order;

	/**
	 * The structure of Polres Jember alone (the default installation).
	 * @param kecamatan the territory's kecamatan
	 * @param desa the territory's desa (for base locations)
	 */
	public UnitStructure(List<Kecamatan> kecamatan, List<Desa> desa) {
		this(kecamatan, desa, Organisation.read("jatim"));
	}

	/**
	 * The structure of the Polda over the loaded territory: every Polres that covers a
	 * loaded kecamatan, Polres Jember with its real Polsek, Kodim and Linmas, any other
	 * Polres with its staff functions and a Polsek per kecamatan it covers.
	 * @param kecamatan the territory's kecamatan
	 * @param desa the territory's desa (for base locations)
	 * @param organisation the Polda's organisation
	 */
	public UnitStructure(List<Kecamatan> kecamatan, List<Desa> desa, Organisation organisation) {
		Map<String, Kecamatan> kecByCode = new LinkedHashMap<>();
		kecamatan.forEach(k -> kecByCode.put(k.code(), k));
		Organisation.Polda polda = organisation.polda();
		this.units.add(new UnitRow(polda.code(), polda.name(), UnitKind.POLDA, null, null, polda.baseName(),
				polda.lat(), polda.lon(), null, null, false, this.order++));
		Set<String> usedCodes = new HashSet<>();
		for (Organisation.Polres p : organisation.polres()) {
			List<String> area = p.kecamatan().stream().filter(kecByCode::containsKey).toList();
			if (area.isEmpty()) {
				continue;
			}
			if (p.code().equals(POLRES)) {
				addJember(kecamatan, kecByCode, desa, polda.code());
				this.polsek.forEach(s -> usedCodes.add(s.code()));
			}
			else {
				addPolres(p, area, kecByCode, desa, polda.code(), usedCodes);
			}
		}
		this.polsek.sort(Comparator.comparing(Polsek::code));
	}

	private void addJember(List<Kecamatan> kecamatan, Map<String, Kecamatan> kecByCode, List<Desa> desa,
			String poldaCode) {
		Desa polresDesa = desa.stream().filter(d -> d.code().equals(POLRES_DESA)).findFirst().orElse(null);
		this.units.add(new UnitRow(POLRES, "Polres Jember", UnitKind.POLRES, poldaCode, "35.09.19",
				"Mapolres Jember, Jl. R.A. Kartini No. 17, Kepatihan", lat(polresDesa), lon(polresDesa), null, null,
				false, this.order++));
		for (Function f : FUNCTIONS) {
			this.units.add(new UnitRow(f.code(), f.name() + " Polres Jember", UnitKind.FUNGSI, POLRES, "35.09.19",
					"Mapolres Jember", lat(polresDesa), lon(polresDesa), null, null, false, this.order++));
		}
		List<Polsek> own = new ArrayList<>();
		for (CSVRecord r : polsekCsv()) {
			String name = r.get("name");
			String code = "POLSEK-" + name.replace("Polsek ", "").toUpperCase(Locale.ROOT).replace(' ', '-');
			String kec = r.get("kecamatan_code");
			List<String> area = new ArrayList<>(List.of(kec));
			SERVED_BY.forEach((k, by) -> {
				if (by.equals(code)) {
					area.add(k);
				}
			});
			Desa seat = seatDesa(kecByCode.get(kec), desa);
			own.add(new Polsek(code, name, kec, List.copyOf(area)));
			this.units.add(new UnitRow(code, name, UnitKind.POLSEK, POLRES, kec,
					"Mapolsek " + name.replace("Polsek ", "") + ", " + seatLabel(seat), lat(seat), lon(seat), null,
					null, false, this.order++));
		}
		this.polsek.addAll(own);
		this.polres.add(new PolresUnit(POLRES, "Polres Jember", FUNCTIONS, List.copyOf(own)));
		this.units.add(new UnitRow(KODIM, "Kodim 0824/Jember", UnitKind.TNI, null, "35.09.19",
				"Makodim 0824, Jl. Kalimantan, Jember", lat(polresDesa), lon(polresDesa), null, null, false,
				this.order++));
		int koramil = 1;
		for (Kecamatan k : kecamatan) {
			if (!k.code().startsWith("35.09.")) {
				continue;
			}
			Desa seat = seatDesa(k, desa);
			this.units.add(new UnitRow("KORAMIL-" + k.code().substring(6),
					"Koramil 0824-%02d/%s".formatted(koramil++, k.name()), UnitKind.TNI, KODIM, k.code(),
					"Makoramil " + k.name() + ", " + seatLabel(seat), lat(seat), lon(seat), null, null, false,
					this.order++));
		}
		this.units.add(new UnitRow(LINMAS, "Satlinmas Kabupaten Jember", UnitKind.LINMAS, null, null,
				"Satpol PP Kabupaten Jember", lat(polresDesa), lon(polresDesa), null, null, false, this.order++));
	}

	/**
	 * A Polres without a shipped Polsek list: its headquarters in its most urban
	 * kecamatan (the one with the most kelurahan, else the first), its staff functions,
	 * and one Polsek per kecamatan it covers, named after the kecamatan.
	 */
	private void addPolres(Organisation.Polres p, List<String> area, Map<String, Kecamatan> kecByCode, List<Desa> desa,
			String poldaCode, Set<String> usedCodes) {
		Map<String, Long> kelurahan = new LinkedHashMap<>();
		area.forEach(k -> kelurahan.put(k, 0L));
		for (Desa d : desa) {
			if ("kelurahan".equals(d.type()) && kelurahan.containsKey(d.kecamatanCode())) {
				kelurahan.merge(d.kecamatanCode(), 1L, Long::sum);
			}
		}
		String seatKec = area.stream()
			.filter(k -> p.homeKabupaten() == null || k.startsWith(p.homeKabupaten() + "."))
			.max(Comparator.comparingLong((String k) -> kelurahan.get(k))
				.thenComparing(k -> k, Comparator.reverseOrder()))
			.orElse(area.get(0));
		Desa hq = seatDesa(kecByCode.get(seatKec), desa);
		String shortName = p.name().replaceFirst("^Polres(ta|tabes)? ", "");
		this.units.add(new UnitRow(p.code(), p.name(), UnitKind.POLRES, poldaCode, seatKec,
				"Mapolres " + shortName + ", " + seatLabel(hq), lat(hq), lon(hq), null, null, false, this.order++));
		List<Function> functions = new ArrayList<>();
		for (Function f : FUNCTIONS) {
			Function own = new Function(p.key() + "/" + f.code(), f.name(), f.demoStrength());
			functions.add(own);
			this.units.add(new UnitRow(own.code(), f.name() + " " + p.name(), UnitKind.FUNGSI, p.code(), seatKec,
					"Mapolres " + shortName, lat(hq), lon(hq), null, null, false, this.order++));
		}
		List<Polsek> own = new ArrayList<>();
		for (String kec : area) {
			Kecamatan k = kecByCode.get(kec);
			String code = "POLSEK-" + Organisation.slug(k.name());
			if (!usedCodes.add(code)) {
				code = code + "-" + kec.substring(0, 5).replace(".", "");
				usedCodes.add(code);
			}
			String name = "Polsek " + k.name();
			Desa seat = seatDesa(k, desa);
			own.add(new Polsek(code, name, kec, List.of(kec)));
			this.units.add(new UnitRow(code, name, UnitKind.POLSEK, p.code(), kec,
					"Mapolsek " + k.name() + ", " + seatLabel(seat), lat(seat), lon(seat), null, null, true,
					this.order++));
		}
		this.polsek.addAll(own);
		this.polres.add(new PolresUnit(p.code(), p.name(), List.copyOf(functions), List.copyOf(own)));
	}

	/**
	 * @return the Polres of this structure, in the order of the organisation
	 */
	public List<PolresUnit> polres() {
		return this.polres;
	}

	public List<UnitRow> units() {
		return this.units;
	}

	public List<Polsek> polsek() {
		return this.polsek;
	}

	/** The desa closest to the kecamatan's centre: where its Polsek and Koramil sit. */
	static Desa seatDesa(Kecamatan k, List<Desa> desa) {
		if (k == null) {
			return null;
		}
		return desa.stream()
			.filter(d -> d.kecamatanCode().equals(k.code()))
			.min(Comparator.comparingDouble(d -> Math.hypot(d.lat() - k.lat(), d.lon() - k.lon())))
			.orElse(null);
	}

	private static String seatLabel(Desa d) {
		return (d == null) ? "" : ("kelurahan".equals(d.type()) ? "Kel. " : "Desa ") + d.name();
	}

	private static Double lat(Desa d) {
		return (d != null) ? d.lat() : null;
	}

	private static Double lon(Desa d) {
		return (d != null) ? d.lon() : null;
	}

	private static List<CSVRecord> polsekCsv() {
		try (Reader reader = new InputStreamReader(
				UnitStructure.class.getResourceAsStream("/personnel/jember/polsek.csv"), StandardCharsets.UTF_8)) {
			return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
