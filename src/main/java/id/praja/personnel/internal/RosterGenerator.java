package id.praja.personnel.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import id.praja.personnel.OfficerStatus;
import id.praja.personnel.Qualification;
import id.praja.personnel.Rank;
import id.praja.personnel.StatusPeriod;
import id.praja.territory.Desa;
import id.praja.territory.Kecamatan;

/**
 * Generates the demo roster of Polres Jember, deterministically (same seed, same roster),
 * marked as generated. No public roster exists; the shape follows the published totals
 * (1,067 police in the Polres and 30 Polsek for Pilkada 2024) and the usual structure:
 * <ul>
 * <li>Polres headquarters: the Kapolres and Wakapolres and the staff functions with fixed
 * demo strengths ({@link UnitStructure#FUNCTIONS}, 477 people in all).</li>
 * <li>Polsek: the remaining 590, each Polsek 15 to 45 people in proportion to the mean of
 * its area's share of population and of TPS; a Kapolsek, a Wakapolsek, four Kanit, one
 * Bhabinkamtibmas per desa as far as people last, the rest in Samapta, SPKT and
 * Reskrim.</li>
 * <li>A rank pyramid of mostly Brigadir ranks; commissioned officers only in command
 * positions. NRP: birth year and month (age fitting the rank) and a serial.</li>
 * <li>BKO from Polda Jatim: one SSK Brimob (100) and Dit Samapta (100). TNI: Kodim 0824
 * and a Koramil per kecamatan, about 450 soldiers counted by unit with named
 * commanders.</li>
 * <li>About 6% of the officers are unavailable for some days around election day (leave,
 * sickness, training, suspension).</li>
 * </ul>
 */
public final class RosterGenerator {

	/** Police of Polres Jember in the Pilkada 2024 operation. */
	public static final int JEMBER_POLICE = 1_067;

	/** Pilkada 2024 TPS of Jember, for the police per TPS of a generated Polres. */
	static final int JEMBER_TPS = 4_046;

	/**
	 * The least people a generated Polsek has (Kapolsek, Wakapolsek, four Kanit, two
	 * more).
	 */
	static final int MIN_POLSEK = 8;

	private static final String JEMBER_PREFIX = "35.09.";

	static final int BKO_BRIMOB = 100;

	static final int BKO_SAMAPTA = 100;

	static final int TNI_TOTAL = 450;

	static final String BKO_BRIMOB_CODE = "BKO-BRIMOB";

	static final String BKO_SAMAPTA_CODE = "BKO-SAMAPTA";

	/** Election day of the reference operation (Pilkada serentak 2024). */
	static final LocalDate ELECTION_DAY = LocalDate.of(2024, 11, 27);

	private static final String[] MALE = { "Agus", "Budi", "Slamet", "Joko", "Eko", "Bambang", "Hadi", "Sugeng",
			"Wahyu", "Teguh", "Dwi", "Tri", "Heru", "Rudi", "Arif", "Andi", "Yudi", "Sutrisno", "Suprapto", "Dedi",
			"Hari", "Imam", "Ahmad", "Muhammad", "Moh.", "Abdul", "Rahmat", "Fajar", "Rizki", "Dimas", "Bayu", "Aditya",
			"Yoga", "Galih", "Angga", "Hendra", "Ilham", "Nur", "Setyo", "Priyo", "Wawan", "Didik", "Edi", "Gatot",
			"Hasan", "Holil", "Rofi'i", "Sahri", "Zainal", "Hosnan", "Ridwan", "Syamsul", "Marzuki", "Subairi",
			"Fathor", "Junaidi", "Badrus", "Mahfud", "Samsul", "Taufik", "Faisal", "Lukman", "Yusuf" };

	private static final String[] FEMALE = { "Sri", "Dewi", "Siti", "Rina", "Ika", "Fitri", "Lestari", "Anisa",
			"Yuliana", "Ratna", "Novita", "Dian", "Wulan", "Retno", "Nurul", "Indah" };

	private static final String[] FAMILY = { "Santoso", "Prasetyo", "Wibowo", "Setiawan", "Purnomo", "Susanto",
			"Hidayat", "Saputra", "Nugroho", "Kurniawan", "Wijaya", "Hartono", "Gunawan", "Firmansyah", "Rahman",
			"Hakim", "Syaifullah", "Zainuddin", "Fauzi", "Anshori", "Rosyidi", "Mustofa", "Effendi", "Utomo", "Permana",
			"Pratama", "Hermawan", "Siswanto", "Rahmadi", "Sulistyo", "Hariyanto", "Suyitno", "Maulana", "Hasyim",
			"Bahri", "Kholili", "Sholeh", "Romadhon", "Arifin", "Ma'ruf" };

	private static final String[] PHONE_PREFIX = { "0812", "0813", "0821", "0822", "0852", "0853", "0857", "0877",
			"0878", "0881", "0895" };

	/** What the generator made. */
	public record Roster(List<UnitRow> units, List<OfficerRow> officers) {
	}

	private final SplittableRandom random;

	private final Set<String> nrps = new HashSet<>();

	private final List<OfficerRow> officers = new ArrayList<>();

	private final Map<String, UnitRow> units = new LinkedHashMap<>();

	public RosterGenerator(long seed) {
		this.random = new SplittableRandom(seed);
	}

	/**
	 * @param structure the real units (strengths are added to the TNI ones)
	 * @param kecamatan the territory's kecamatan (population and TPS per kecamatan)
	 * @param desa the territory's desa
	 * @return the demo roster: the structure's units plus the BKO units, and the officers
	 */
	public Roster generate(UnitStructure structure, List<Kecamatan> kecamatan, List<Desa> desa) {
		structure.units().forEach(u -> this.units.put(u.code(), u));
		if (this.units.containsKey(UnitStructure.POLRES)) {
			jember(structure, kecamatan, desa);
		}
		Map<String, Kecamatan> kecByCode = new HashMap<>();
		kecamatan.forEach(k -> kecByCode.put(k.code(), k));
		for (UnitStructure.PolresUnit p : structure.polres()) {
			if (!p.code().equals(UnitStructure.POLRES)) {
				int from = this.officers.size();
				polres(p, kecByCode, desa);
				unavailability(from);
			}
		}
		return new Roster(List.copyOf(this.units.values()), List.copyOf(this.officers));
	}

	/**
	 * The police a generated Polres has: Jember's police per TPS ({@value #JEMBER_POLICE}
	 * for {@value #JEMBER_TPS} TPS) times its TPS, and at least enough for its staff
	 * functions (Jember's strengths scaled to it, at least 2 each) and
	 * {@value #MIN_POLSEK} per Polsek.
	 * @param tps the TPS in its area
	 * @param polsek its Polsek
	 * @return the number of police
	 */
	static int polresStrength(long tps, int polsek) {
		int police = (int) Math.round((double) JEMBER_POLICE * tps / JEMBER_TPS);
		while (hqStrength(police) + polsek * MIN_POLSEK > police) {
			police++;
		}
		return police;
	}

	/** The Kapolres, the Wakapolres and the staff functions of a generated Polres. */
	private static int hqStrength(int police) {
		return 2 + UnitStructure.FUNCTIONS.stream().mapToInt(f -> functionStrength(f, police)).sum();
	}

	/**
	 * The staff functions' share of a generated Polres: Jember's strengths scaled to its
	 * police, at least 2 each.
	 */
	static int functionStrength(UnitStructure.Function f, int police) {
		return Math.max(2, (int) Math.round((double) f.demoStrength() * police / JEMBER_POLICE));
	}

	/** A Polres without real figures: sized by its TPS (see {@link #polresStrength}). */
	private void polres(UnitStructure.PolresUnit p, Map<String, Kecamatan> kecByCode, List<Desa> desa) {
		UnitRow row = this.units.get(p.code());
		String hq = row.baseName();
		String shortName = p.name().replaceFirst("^Polres(ta|tabes)? ", "");
		long tps = 0;
		long population = 0;
		for (UnitStructure.Polsek s : p.polsek()) {
			for (String k : s.area()) {
				Kecamatan kec = kecByCode.get(k);
				tps += (kec != null) ? kec.tpsCount() : 0;
				population += (kec != null && kec.population() != null) ? kec.population() : 0;
			}
		}
		int police = polresStrength(tps, p.polsek().size());
		add("Kapolres " + shortName, Rank.AKBP, p.code(), hq, Set.of());
		add("Wakapolres " + shortName, Rank.KOMPOL, p.code(), hq, Set.of());
		int hqTotal = 2;
		for (UnitStructure.Function f : p.functions()) {
			int strength = functionStrength(f, police);
			staffFunction(new UnitStructure.Function(f.code(), f.name(), strength), hq);
			hqTotal += strength;
		}
		double[] weights = new double[p.polsek().size()];
		for (int i = 0; i < weights.length; i++) {
			double pop = 0;
			double t = 0;
			for (String k : p.polsek().get(i).area()) {
				Kecamatan kec = kecByCode.get(k);
				pop += (kec != null && kec.population() != null) ? kec.population() : 0;
				t += (kec != null) ? kec.tpsCount() : 0;
			}
			// no kecamatan population outside Jember: TPS alone
			weights[i] = (population > 0) ? 0.5 * pop / population + 0.5 * t / Math.max(1, tps) : t / Math.max(1, tps);
		}
		int left = police - hqTotal;
		int[] strength = apportion(weights, left, MIN_POLSEK, Math.max(MIN_POLSEK, left));
		for (int i = 0; i < weights.length; i++) {
			UnitStructure.Polsek s = p.polsek().get(i);
			List<Desa> area = desa.stream().filter(d -> s.area().contains(d.kecamatanCode())).toList();
			staffPolsek(s, strength[i], area);
		}
	}

	private void jember(UnitStructure structure, List<Kecamatan> kecamatan, List<Desa> desa) {
		UnitRow polres = this.units.get(UnitStructure.POLRES);
		String hq = polres.baseName();

		// Polres leadership and functions
		add("Kapolres Jember", Rank.AKBP, UnitStructure.POLRES, hq, Set.of());
		add("Wakapolres Jember", Rank.KOMPOL, UnitStructure.POLRES, hq, Set.of());
		int hqTotal = 2;
		for (UnitStructure.Function f : UnitStructure.FUNCTIONS) {
			staffFunction(f, hq);
			hqTotal += f.demoStrength();
		}

		// Polsek, in proportion to population and TPS of their area
		Map<String, Kecamatan> kecByCode = new HashMap<>();
		kecamatan.forEach(k -> kecByCode.put(k.code(), k));
		List<UnitStructure.Polsek> polsek = structure.polres()
			.stream()
			.filter(p -> p.code().equals(UnitStructure.POLRES))
			.findFirst()
			.orElseThrow()
			.polsek();
		List<Kecamatan> own = kecamatan.stream().filter(k -> k.code().startsWith(JEMBER_PREFIX)).toList();
		long population = own.stream().mapToLong(k -> (k.population() != null) ? k.population() : 0).sum();
		long tps = own.stream().mapToLong(Kecamatan::tpsCount).sum();
		double[] weights = new double[polsek.size()];
		for (int i = 0; i < polsek.size(); i++) {
			double pop = 0;
			double t = 0;
			for (String k : polsek.get(i).area()) {
				Kecamatan kec = kecByCode.get(k);
				pop += (kec != null && kec.population() != null) ? kec.population() : 0;
				t += (kec != null) ? kec.tpsCount() : 0;
			}
			weights[i] = 0.5 * pop / Math.max(1, population) + 0.5 * t / Math.max(1, tps);
		}
		int[] strength = apportion(weights, JEMBER_POLICE - hqTotal, 15, 45);
		for (int i = 0; i < polsek.size(); i++) {
			UnitStructure.Polsek p = polsek.get(i);
			List<Desa> area = desa.stream().filter(d -> p.area().contains(d.kecamatanCode())).toList();
			staffPolsek(p, strength[i], area);
		}

		// BKO from Polda Jatim
		this.units.put(BKO_BRIMOB_CODE,
				new UnitRow(BKO_BRIMOB_CODE, "SSK Brimob Polda Jatim (BKO)", id.praja.personnel.UnitKind.BKO,
						UnitStructure.POLDA, null, hq + " (apel BKO)", polres.baseLat(), polres.baseLon(), BKO_BRIMOB,
						null, true, 900));
		this.units.put(BKO_SAMAPTA_CODE,
				new UnitRow(BKO_SAMAPTA_CODE, "Dit Samapta Polda Jatim (BKO)", id.praja.personnel.UnitKind.BKO,
						UnitStructure.POLDA, null, hq + " (apel BKO)", polres.baseLat(), polres.baseLon(), BKO_SAMAPTA,
						null, true, 901));
		staffBko(BKO_BRIMOB_CODE, "Brimob", BKO_BRIMOB, hq, true);
		staffBko(BKO_SAMAPTA_CODE, "Samapta", BKO_SAMAPTA, hq, false);

		countTni();
		unavailability(0);
	}

	private void staffFunction(UnitStructure.Function f, String base) {
		String shortName = f.name();
		boolean bag = f.code().startsWith("BAG-");
		boolean sat = f.code().startsWith("SAT-");
		add((bag ? "Kabag " : sat ? "Kasat " : "Kasi ") + shortName.replaceFirst("^(Bag|Sat|Si) ", ""),
				bag || sat ? Rank.KOMPOL : Rank.AKP, f.code(), base, quals(f.code()));
		int rest = f.demoStrength() - 1;
		if (sat && rest > 20) {
			add("Wakasat " + shortName.replaceFirst("^Sat ", ""), Rank.AKP, f.code(), base, quals(f.code()));
			rest--;
		}
		int heads = Math.max(1, rest / 12);
		for (int i = 0; i < heads; i++) {
			add((bag ? "Kasubbag " : "Kanit ") + (i + 1) + " " + shortName, pick(Rank.IPDA, Rank.IPTU), f.code(), base,
					quals(f.code()));
		}
		for (int i = heads; i < rest; i++) {
			add("Anggota " + shortName, bintara(), f.code(), base, quals(f.code()));
		}
	}

	private void staffPolsek(UnitStructure.Polsek p, int strength, List<Desa> area) {
		String name = p.name().replace("Polsek ", "");
		String base = this.units.get(p.code()).baseName();
		add("Kapolsek " + name, pick(Rank.AKP, Rank.IPTU), p.code(), base, Set.of());
		add("Wakapolsek " + name, pick(Rank.IPTU, Rank.IPDA), p.code(), base, Set.of());
		String[] kanit = { "Samapta", "Reskrim", "Intelkam", "Binmas" };
		for (String k : kanit) {
			add("Kanit " + k + " Polsek " + name, pick(Rank.AIPTU, Rank.AIPTU, Rank.AIPDA, Rank.IPDA), p.code(), base,
					quals("POLSEK-" + k));
		}
		int left = strength - 2 - kanit.length;
		int bhabin = Math.min(area.size(), left * 2 / 3);
		for (int i = 0; i < bhabin; i++) {
			Desa d = area.get(i);
			add("Bhabinkamtibmas " + ("kelurahan".equals(d.type()) ? "Kel. " : "Desa ") + d.name(),
					pick(Rank.BRIPKA, Rank.AIPDA, Rank.AIPTU, Rank.BRIGPOL), p.code(), base, quals("POLSEK-Binmas"));
		}
		String[] members = { "Anggota Unit Samapta", "Anggota SPKT", "Anggota Unit Samapta", "Anggota Unit Reskrim" };
		for (int i = bhabin; i < left; i++) {
			String function = members[i % members.length];
			add(function + " Polsek " + name, bintara(), p.code(), base,
					quals(function.contains("Reskrim") ? "POLSEK-Reskrim" : "POLSEK-Samapta"));
		}
	}

	private void staffBko(String unit, String label, int strength, String base, boolean brimob) {
		add(brimob ? "Danki SSK Brimob" : "Kasubdit Dalmas (Ka BKO Samapta)", brimob ? Rank.AKP : Rank.KOMPOL, unit,
				base, Set.of(Qualification.DALMAS));
		for (int i = 0; i < 3; i++) {
			add((brimob ? "Danton " : "Kanit Dalmas ") + (i + 1), pick(Rank.IPDA, Rank.IPTU), unit, base,
					Set.of(Qualification.DALMAS));
		}
		for (int i = 4; i < strength; i++) {
			Rank rank = brimob ? pick(Rank.BHARADA, Rank.BHARATU, Rank.BHARAKA, Rank.BHARADA, Rank.BRIPDA, Rank.BRIPTU,
					Rank.BRIGPOL, Rank.BRIPKA) : bintara();
			add("Anggota " + label + " BKO", rank, unit, base, quals(brimob ? "BRIMOB" : "SAT-SAMAPTA"));
		}
	}

	private void countTni() {
		List<String> koramil = this.units.values()
			.stream()
			.filter(u -> u.code().startsWith("KORAMIL-"))
			.map(UnitRow::code)
			.toList();
		int inKoramil = 0;
		for (String code : koramil) {
			int n = 11 + this.random.nextInt(5);
			inKoramil += n;
			this.units.put(code, this.units.get(code).withStrength(n, "Kapten Inf " + personName(false)));
		}
		this.units.put(UnitStructure.KODIM, this.units.get(UnitStructure.KODIM)
			.withStrength(TNI_TOTAL - inKoramil, "Letkol Inf " + personName(false)));
	}

	/** A few officers are unavailable for some days around election day. */
	private void unavailability(int first) {
		for (int i = first; i < this.officers.size(); i++) {
			OfficerRow o = this.officers.get(i);
			double roll = this.random.nextDouble();
			OfficerStatus status = (roll < 0.025) ? OfficerStatus.CUTI : (roll < 0.035) ? OfficerStatus.SAKIT
					: (roll < 0.057) ? OfficerStatus.DIKLAT : (roll < 0.06) ? OfficerStatus.SKORSING : null;
			if (status == null || o.function().startsWith("Kapol") || o.function().startsWith("Waka")) {
				continue;
			}
			LocalDate from = ELECTION_DAY.minusDays(this.random.nextInt(20));
			int days = switch (status) {
				case SAKIT -> 3 + this.random.nextInt(10);
				case DIKLAT -> 14 + this.random.nextInt(30);
				case SKORSING -> 30 + this.random.nextInt(60);
				default -> 5 + this.random.nextInt(20);
			};
			this.officers.set(i, new OfficerRow(o.nrp(), o.name(), o.rank(), o.function(), o.unitCode(), o.homeBase(),
					o.phone(), List.of(new StatusPeriod(status, from, from.plusDays(days))), o.qualifications(), true));
		}
	}

	private void add(String function, Rank rank, String unit, String base, Set<Qualification> quals) {
		boolean female = this.random.nextInt(100) < 8 && !function.startsWith("Kapol") && !function.startsWith("Danki");
		this.officers.add(new OfficerRow(nrp(rank), personName(female), rank, function, unit, base, phone(), List.of(),
				quals.isEmpty() ? Set.of() : EnumSet.copyOf(quals), true));
	}

	private Set<Qualification> quals(String context) {
		EnumSet<Qualification> q = EnumSet.noneOf(Qualification.class);
		boolean samapta = context.contains("SAMAPTA") || context.contains("Samapta");
		if (context.equals("BRIMOB")) {
			q.add(Qualification.DALMAS);
			if (this.random.nextInt(100) < 10) {
				q.add(Qualification.JIBOM);
			}
		}
		else if (samapta && this.random.nextInt(100) < 70) {
			q.add(Qualification.DALMAS);
		}
		if (context.contains("RESKRIM") || context.contains("Reskrim")) {
			if (this.random.nextInt(100) < 40) {
				q.add(Qualification.TPTKP);
			}
		}
		if ((context.contains("INTELKAM") || context.contains("Binmas") || context.contains("BINMAS"))
				&& this.random.nextInt(100) < 8) {
			q.add(Qualification.NEGOSIATOR);
		}
		if (this.random.nextInt(100) < (context.contains("LANTAS") ? 60 : 15)) {
			q.add(Qualification.PENGEMUDI);
		}
		if (this.random.nextInt(100) < (context.contains("DOKKES") ? 90 : 12)) {
			q.add(Qualification.P3K);
		}
		return q;
	}

	private Rank bintara() {
		int r = this.random.nextInt(100);
		return (r < 18) ? Rank.BRIPDA : (r < 40) ? Rank.BRIPTU
				: (r < 64) ? Rank.BRIGPOL : (r < 82) ? Rank.BRIPKA : (r < 92) ? Rank.AIPDA : Rank.AIPTU;
	}

	private Rank pick(Rank... ranks) {
		return ranks[this.random.nextInt(ranks.length)];
	}

	/** NRP: two digits of the birth year, two of the birth month, a four-digit serial. */
	private String nrp(Rank rank) {
		int[] age = switch (rank) {
			case BHARADA, BHARATU, BRIPDA -> new int[] { 19, 25 };
			case BHARAKA, ABRIPDA, ABRIPTU, ABRIPPOL, BRIPTU -> new int[] { 22, 29 };
			case BRIGPOL -> new int[] { 25, 35 };
			case BRIPKA -> new int[] { 30, 42 };
			case AIPDA -> new int[] { 36, 48 };
			case AIPTU -> new int[] { 40, 55 };
			case IPDA, IPTU -> new int[] { 30, 55 };
			case AKP -> new int[] { 32, 54 };
			default -> new int[] { 40, 54 };
		};
		while (true) {
			int year = ELECTION_DAY.getYear() - (age[0] + this.random.nextInt(age[1] - age[0] + 1));
			int month = 1 + this.random.nextInt(12);
			String nrp = "%02d%02d%04d".formatted(year % 100, month, this.random.nextInt(10_000));
			if (this.nrps.add(nrp)) {
				return nrp;
			}
		}
	}

	private String personName(boolean female) {
		String[] given = female ? FEMALE : MALE;
		String first = given[this.random.nextInt(given.length)];
		String family = FAMILY[this.random.nextInt(FAMILY.length)];
		if (this.random.nextInt(100) < 30) {
			String middle = given[this.random.nextInt(given.length)];
			if (!middle.equals(first)) {
				return first + " " + middle + " " + family;
			}
		}
		return first + " " + family;
	}

	private String phone() {
		return PHONE_PREFIX[this.random.nextInt(PHONE_PREFIX.length)]
				+ "%08d".formatted(this.random.nextInt(100_000_000));
	}

	/**
	 * Splits a total over weights with a floor and a ceiling per part (largest remainder,
	 * then clamped and redistributed).
	 */
	static int[] apportion(double[] weights, int total, int min, int max) {
		int n = weights.length;
		if (n * min > total || n * max < total) {
			throw new IllegalArgumentException("cannot split %d over %d parts of %d..%d".formatted(total, n, min, max));
		}
		int[] result = new int[n];
		boolean[] fixed = new boolean[n];
		int left = total;
		while (true) {
			double sum = 0;
			for (int i = 0; i < n; i++) {
				sum += fixed[i] ? 0 : weights[i];
			}
			double[] exact = new double[n];
			boolean over = false;
			boolean under = false;
			for (int i = 0; i < n; i++) {
				if (!fixed[i]) {
					exact[i] = (sum > 0) ? left * weights[i] / sum : 0;
					over |= exact[i] > max;
					under |= exact[i] < min;
				}
			}
			if (over || under) {
				// clamp one side at a time, from the same snapshot, then share the rest
				// again
				for (int i = 0; i < n; i++) {
					if (!fixed[i] && (over ? exact[i] > max : exact[i] < min)) {
						result[i] = over ? max : min;
						fixed[i] = true;
						left -= result[i];
					}
				}
				continue;
			}
			int assigned = 0;
			Integer[] order = new Integer[n];
			for (int i = 0; i < n; i++) {
				order[i] = i;
				if (!fixed[i]) {
					result[i] = (int) Math.floor(exact[i]);
					assigned += result[i];
				}
			}
			java.util.Arrays.sort(order,
					(a, b) -> Double.compare(exact[b] - Math.floor(exact[b]), exact[a] - Math.floor(exact[a])));
			for (int k = 0, r = left - assigned; r > 0; k++) {
				int i = order[k % n];
				if (!fixed[i] && result[i] < max) {
					result[i]++;
					r--;
				}
			}
			return result;
		}
	}

}
