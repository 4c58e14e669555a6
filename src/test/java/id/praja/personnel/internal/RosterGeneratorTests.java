package id.praja.personnel.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import id.praja.personnel.Rank;
import id.praja.personnel.UnitKind;
import id.praja.territory.Desa;
import id.praja.territory.Kecamatan;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo roster against the figures it must reproduce, on the real Jember kecamatan and
 * desa lists (TPS per kecamatan approximated from population, as the territory does).
 */
class RosterGeneratorTests {

	static List<Kecamatan> kecamatan;

	static List<Desa> desa;

	@BeforeAll
	static void territory() throws IOException {
		kecamatan = new ArrayList<>();
		for (CSVRecord r : csv("/territory/jember/kecamatan.csv")) {
			int population = Integer.parseInt(r.get("population"));
			kecamatan.add(new Kecamatan(r.get("code"), r.get("name"), Double.parseDouble(r.get("lat")),
					Double.parseDouble(r.get("lon")), null, population, 8, population / 650, population * 3 / 4));
		}
		desa = new ArrayList<>();
		for (CSVRecord r : csv("/territory/jember/desa.csv")) {
			desa.add(new Desa(r.get("code"), r.get("kecamatan_code"), "", r.get("name"), r.get("type"),
					Double.parseDouble(r.get("lat")), Double.parseDouble(r.get("lon")), 16, 8000));
		}
	}

	static RosterGenerator.Roster generate(long seed) {
		return new RosterGenerator(seed).generate(new UnitStructure(kecamatan, desa), kecamatan, desa);
	}

	@Test
	void polresJemberHas1067PoliceIn30PolsekAndItsFunctions() {
		RosterGenerator.Roster roster = generate(2024);
		Map<String, UnitKind> kinds = roster.units().stream().collect(Collectors.toMap(UnitRow::code, UnitRow::kind));
		long own = roster.officers().stream().filter(o -> kinds.get(o.unitCode()) != UnitKind.BKO).count();
		assertThat(own).isEqualTo(RosterGenerator.JEMBER_POLICE);
		assertThat(roster.units().stream().filter(u -> u.kind() == UnitKind.POLSEK)).hasSize(30);
		Map<String, Long> perPolsek = roster.officers()
			.stream()
			.filter(o -> kinds.get(o.unitCode()) == UnitKind.POLSEK)
			.collect(Collectors.groupingBy(OfficerRow::unitCode, Collectors.counting()));
		assertThat(perPolsek).hasSize(30);
		assertThat(perPolsek.values()).allSatisfy(n -> assertThat(n).isBetween(15L, 45L));
		// the biggest Polsek is clearly bigger than the smallest: strength follows
		// population and TPS
		assertThat(perPolsek.values().stream().mapToLong(Long::longValue).max().getAsLong())
			.isGreaterThan(perPolsek.values().stream().mapToLong(Long::longValue).min().getAsLong() + 5);
		assertThat(roster.officers()).filteredOn(o -> o.function().startsWith("Kapolsek ")).hasSize(30);
		assertThat(roster.officers()).filteredOn(o -> o.function().equals("Kapolres Jember"))
			.singleElement()
			.satisfies(o -> assertThat(o.rank()).isEqualTo(Rank.AKBP));
	}

	@Test
	void bkoAndTniAreThere() {
		RosterGenerator.Roster roster = generate(2024);
		assertThat(roster.officers()).filteredOn(o -> o.unitCode().equals(RosterGenerator.BKO_BRIMOB_CODE))
			.hasSize(RosterGenerator.BKO_BRIMOB);
		assertThat(roster.officers()).filteredOn(o -> o.unitCode().equals(RosterGenerator.BKO_SAMAPTA_CODE))
			.hasSize(RosterGenerator.BKO_SAMAPTA);
		int tni = roster.units()
			.stream()
			.filter(u -> u.kind() == UnitKind.TNI)
			.mapToInt(u -> (u.strength() != null) ? u.strength() : 0)
			.sum();
		assertThat(tni).isEqualTo(RosterGenerator.TNI_TOTAL);
		assertThat(roster.units()).filteredOn(u -> u.code().startsWith("KORAMIL-"))
			.hasSize(31)
			.allSatisfy(u -> assertThat(u.commander()).startsWith("Kapten Inf "));
	}

	@Test
	void theRankPyramidIsMostlyBrigadirWithFewCommissionedOfficers() {
		List<OfficerRow> officers = generate(2024).officers();
		long bintara = officers.stream().filter(o -> o.rank().group() == Rank.Group.BINTARA).count();
		long perwira = officers.stream().filter(o -> o.rank().isOfficer()).count();
		assertThat(bintara).isGreaterThan(officers.size() * 6 / 10);
		assertThat(perwira).isBetween(officers.size() / 20L, officers.size() * 15 / 100L);
		assertThat(officers).filteredOn(o -> o.rank().compareTo(Rank.AKBP) > 0).isEmpty();
	}

	@Test
	void nrpsAreUniqueEightDigitsStartingWithABirthYearAndMonthThatFitTheRank() {
		List<OfficerRow> officers = generate(2024).officers();
		assertThat(officers.stream().map(OfficerRow::nrp).distinct().count()).isEqualTo(officers.size());
		assertThat(officers).allSatisfy(o -> {
			assertThat(o.nrp()).matches("[0-9]{8}");
			int month = Integer.parseInt(o.nrp().substring(2, 4));
			assertThat(month).isBetween(1, 12);
			int year = Integer.parseInt(o.nrp().substring(0, 2));
			int age = 2024 - ((year > 24) ? 1900 + year : 2000 + year);
			assertThat(age).isBetween(19, 57);
			if (o.rank() == Rank.BRIPDA) {
				assertThat(age).isLessThanOrEqualTo(25);
			}
		});
	}

	@Test
	void theSameSeedGivesTheSameRosterAndAnotherSeedADifferentOne() {
		assertThat(generate(7).officers()).isEqualTo(generate(7).officers());
		assertThat(generate(7).officers()).isNotEqualTo(generate(8).officers());
	}

	@Test
	void someOfficersAreUnavailableAroundElectionDayButNoCommander() {
		List<OfficerRow> officers = generate(2024).officers();
		long unavailable = officers.stream()
			.filter(o -> o.statuses().stream().anyMatch(p -> p.covers(RosterGenerator.ELECTION_DAY)))
			.count();
		assertThat(unavailable).isBetween(10L, officers.size() / 10L);
		assertThat(officers).filteredOn(o -> o.function().startsWith("Kapol"))
			.allSatisfy(o -> assertThat(o.statuses()).isEmpty());
		assertThat(officers).allSatisfy(o -> assertThat(o.generated()).isTrue());
	}

	@Test
	void ajungIsServedFromJenggawahAndSilosPolsekSitsInSempolan() {
		UnitStructure structure = new UnitStructure(kecamatan, desa);
		Map<String, String> areas = new HashMap<>();
		structure.polsek().forEach(p -> p.area().forEach(k -> areas.put(k, p.code())));
		assertThat(areas).hasSize(31);
		assertThat(areas.get("35.09.17")).isEqualTo("POLSEK-JENGGAWAH");
		assertThat(areas.get("35.09.30")).isEqualTo("POLSEK-SEMPOLAN");
		assertThat(areas.get("35.09.18")).isEqualTo("POLSEK-TEMPUREJO");
	}

	@Test
	void apportionKeepsTheTotalAndTheBounds() {
		int[] parts = RosterGenerator.apportion(new double[] { 0.5, 0.01, 0.2, 0.29 }, 100, 15, 45);
		assertThat(parts[0] + parts[1] + parts[2] + parts[3]).isEqualTo(100);
		assertThat(java.util.Arrays.stream(parts).boxed().toList()).allSatisfy(p -> assertThat(p).isBetween(15, 45));
		assertThat(parts[0]).isEqualTo(45);
		assertThat(parts[1]).isEqualTo(15);
	}

	private static List<CSVRecord> csv(String resource) throws IOException {
		try (Reader reader = new InputStreamReader(RosterGeneratorTests.class.getResourceAsStream(resource),
				StandardCharsets.UTF_8)) {
			return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
		}
	}

}
