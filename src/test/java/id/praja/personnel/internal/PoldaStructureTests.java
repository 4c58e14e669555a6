package id.praja.personnel.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import id.praja.personnel.UnitKind;
import id.praja.territory.Desa;
import id.praja.territory.Kecamatan;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The organisation of Polda Jatim from the shipped data over the whole province (the
 * Polda Jatim demo) and over one kabupaten other than Jember; the demo roster sized to
 * each Polres.
 */
class PoldaStructureTests {

	static List<Kecamatan> kecamatan;

	static List<Desa> desa;

	@BeforeAll
	static void territory() throws IOException {
		kecamatan = new ArrayList<>();
		for (CSVRecord r : csv("/territory/jatim/kecamatan.csv")) {
			Integer population = r.get("population").isBlank() ? null : Integer.valueOf(r.get("population"));
			int desaCount = Integer.parseInt(r.get("desa_count"));
			// about 7 TPS per desa, as in the province
			kecamatan.add(new Kecamatan(r.get("code"), r.get("name"), Double.parseDouble(r.get("lat")),
					Double.parseDouble(r.get("lon")), null, population, desaCount, desaCount * 7, desaCount * 3600));
		}
		desa = new ArrayList<>();
		for (CSVRecord r : csv("/territory/jatim/desa.csv")) {
			desa.add(new Desa(r.get("code"), r.get("kecamatan_code"), "", r.get("name"), r.get("type"),
					Double.parseDouble(r.get("lat")), Double.parseDouble(r.get("lon")), 7, 3600));
		}
	}

	@Test
	void theProvinceHasThePoldaAnd39PolresAndEveryKecamatanItsPolsek() {
		UnitStructure structure = new UnitStructure(kecamatan, desa, Organisation.read("jatim"));
		assertThat(structure.units().get(0)).satisfies(u -> {
			assertThat(u.code()).isEqualTo(UnitStructure.POLDA);
			assertThat(u.name()).isEqualTo("Polda Jawa Timur");
		});
		List<UnitRow> polres = structure.units().stream().filter(u -> u.kind() == UnitKind.POLRES).toList();
		assertThat(polres).hasSize(39).allSatisfy(u -> assertThat(u.parentCode()).isEqualTo(UnitStructure.POLDA));
		assertThat(polres).extracting(UnitRow::code)
			.contains("POLRES-JEMBER", "POLRESTABES-SURABAYA", "POLRESTA-BANYUWANGI", "POLRES-PELABUHAN-TANJUNG-PERAK",
					"POLRES-BATU");
		assertThat(structure.polres()).hasSize(39)
			.allSatisfy(p -> assertThat(p.functions()).hasSize(UnitStructure.FUNCTIONS.size()));
		// each kecamatan is served by exactly one Polsek (Jember: 30 Polsek for 31
		// kecamatan)
		Map<String, Long> served = structure.polsek()
			.stream()
			.flatMap(p -> p.area().stream())
			.collect(Collectors.groupingBy(k -> k, Collectors.counting()));
		assertThat(served).hasSize(666).allSatisfy((k, n) -> assertThat(n).isOne());
		assertThat(structure.polsek()).hasSize(665);
		Set<String> codes = new HashSet<>();
		assertThat(structure.units()).allSatisfy(u -> {
			assertThat(codes.add(u.code())).as(u.code()).isTrue();
			assertThat(u.code().length()).as(u.code()).isLessThanOrEqualTo(40);
			assertThat(u.baseLat()).as(u.code()).isNotNull();
		});
		// Batu takes three kecamatan of Kabupaten Malang; Tanjung Perak six of Surabaya
		assertThat(polsekOf(structure, "POLRES-BATU")).contains("35.07.26", "35.07.27", "35.07.28");
		assertThat(polsekOf(structure, "POLRES-PELABUHAN-TANJUNG-PERAK")).hasSize(6)
			.allMatch(k -> k.startsWith("35.78."));
	}

	@Test
	void polresJemberKeepsItsRealStructureInTheProvince() {
		List<Kecamatan> jemberKec = kecamatan.stream().filter(k -> k.code().startsWith("35.09.")).toList();
		List<Desa> jemberDesa = desa.stream().filter(d -> d.kecamatanCode().startsWith("35.09.")).toList();
		UnitStructure alone = new UnitStructure(jemberKec, jemberDesa);
		UnitStructure province = new UnitStructure(kecamatan, desa, Organisation.read("jatim"));
		Map<String, UnitRow> inProvince = new HashMap<>();
		province.units().forEach(u -> inProvince.put(u.code(), u));
		assertThat(alone.units()).allSatisfy(u -> assertThat(inProvince.get(u.code())).as(u.code())
			.usingRecursiveComparison()
			.ignoringFields("sortOrder")
			.isEqualTo(u));
		assertThat(alone.units().stream().filter(u -> u.kind() == UnitKind.POLRES)).hasSize(1);
	}

	@Test
	void aKabupatenOtherThanJemberGetsItsPolresWithAPolsekPerKecamatan() {
		List<Kecamatan> kec = kecamatan.stream().filter(k -> k.code().startsWith("35.10.")).toList();
		List<Desa> ds = desa.stream().filter(d -> d.kecamatanCode().startsWith("35.10.")).toList();
		UnitStructure structure = new UnitStructure(kec, ds, Organisation.read("jatim"));
		assertThat(structure.units().stream().filter(u -> u.kind() == UnitKind.POLRES)).singleElement()
			.satisfies(u -> assertThat(u.name()).isEqualTo("Polresta Banyuwangi"));
		assertThat(structure.polsek()).hasSize(25);
		assertThat(structure.units()).filteredOn(u -> u.kind() == UnitKind.FUNGSI)
			.extracting(UnitRow::code)
			.contains("BANYUWANGI/BAG-OPS", "BANYUWANGI/SAT-SAMAPTA");
		RosterGenerator.Roster roster = new RosterGenerator(2024).generate(structure, kec, ds);
		long tps = kec.stream().mapToLong(Kecamatan::tpsCount).sum();
		assertThat(roster.officers()).hasSize(RosterGenerator.polresStrength(tps, 25));
		assertThat(roster.officers()).filteredOn(o -> o.function().equals("Kapolres Banyuwangi")).hasSize(1);
		assertThat(roster.officers()).filteredOn(o -> o.function().startsWith("Kapolsek ")).hasSize(25);
	}

	@Test
	void theProvinceRosterSizesEachPolresToItsTpsAndKeepsJembersRoster() {
		UnitStructure structure = new UnitStructure(kecamatan, desa, Organisation.read("jatim"));
		RosterGenerator.Roster roster = new RosterGenerator(2024).generate(structure, kecamatan, desa);
		Map<String, String> polresOfUnit = new HashMap<>();
		Map<String, UnitRow> units = new HashMap<>();
		roster.units().forEach(u -> units.put(u.code(), u));
		roster.units().forEach(u -> {
			UnitRow r = u;
			while (r != null && r.kind() != UnitKind.POLRES) {
				r = (r.parentCode() != null) ? units.get(r.parentCode()) : null;
			}
			if (r != null) {
				polresOfUnit.put(u.code(), r.code());
			}
		});
		Map<String, Long> perPolres = roster.officers()
			.stream()
			.filter(o -> polresOfUnit.containsKey(o.unitCode()))
			.collect(Collectors.groupingBy(o -> polresOfUnit.get(o.unitCode()), Collectors.counting()));
		assertThat(perPolres).hasSize(39);
		assertThat(perPolres.get("POLRES-JEMBER")).isEqualTo(RosterGenerator.JEMBER_POLICE);
		for (UnitStructure.PolresUnit p : structure.polres()) {
			if (!p.code().equals(UnitStructure.POLRES)) {
				long tps = p.polsek()
					.stream()
					.flatMap(s -> s.area().stream())
					.mapToLong(k -> kecamatan.stream()
						.filter(x -> x.code().equals(k))
						.findFirst()
						.orElseThrow()
						.tpsCount())
					.sum();
				assertThat(perPolres.get(p.code())).as(p.name())
					.isEqualTo(RosterGenerator.polresStrength(tps, p.polsek().size()));
			}
		}
		assertThat(roster.officers().stream().map(OfficerRow::nrp).distinct().count())
			.isEqualTo(roster.officers().size());
		// Jember's roster is the one of its own demo
		List<Kecamatan> jemberKec = kecamatan.stream().filter(k -> k.code().startsWith("35.09.")).toList();
		List<Desa> jemberDesa = desa.stream().filter(d -> d.kecamatanCode().startsWith("35.09.")).toList();
		RosterGenerator.Roster alone = new RosterGenerator(2024).generate(new UnitStructure(jemberKec, jemberDesa),
				jemberKec, jemberDesa);
		assertThat(roster.officers().subList(0, alone.officers().size())).isEqualTo(alone.officers());
	}

	private static List<String> polsekOf(UnitStructure structure, String polres) {
		return structure.polres()
			.stream()
			.filter(p -> p.code().equals(polres))
			.flatMap(p -> p.polsek().stream())
			.flatMap(p -> p.area().stream())
			.toList();
	}

	static List<CSVRecord> csv(String resource) throws IOException {
		try (Reader reader = new InputStreamReader(PoldaStructureTests.class.getResourceAsStream(resource),
				StandardCharsets.UTF_8)) {
			return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
		}
	}

}
