package id.praja.personnel;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import id.praja.support.DatabaseTests;
import id.praja.territory.Kecamatan;
import id.praja.territory.TerritoryManagement;
import id.praja.territory.Tps;
import id.praja.territory.TpsQuery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/**
 * Scoping is enforced in the services and their queries: the Kapolsek of Tempurejo sees
 * Kecamatan Tempurejo and the people of his Polsek, and nothing else exists for him; the
 * field officer sees only himself; the Polres staff see everything.
 */
class ScopingIntegrationTests extends DatabaseTests {

	static final String TEMPUREJO = "35.09.18";

	@Autowired
	PersonnelManagement personnel;

	@Autowired
	TerritoryManagement territory;

	@Autowired
	MockMvcTester mvc;

	@Test
	@WithUserDetails("kabagops")
	void thePolresStaffSeeTheWholeRosterAndTerritory() {
		assertThat(this.personnel.officers(new OfficerQuery(null, null, null, 0, 10)).totalElements()).isEqualTo(1267);
		assertThat(this.personnel.units()).filteredOn(u -> u.kind() == UnitKind.POLSEK).hasSize(30);
		assertThat(this.territory.kecamatan()).hasSize(31);
		assertThat(this.territory.summary().tps()).isEqualTo(4046);
	}

	@Test
	@WithUserDetails("kapolsek.tempurejo")
	void aKapolsekSeesHisSectorOnly() {
		OfficerPage own = this.personnel.officers(new OfficerQuery(null, null, null, 0, 2000));
		assertThat(own.totalElements()).isBetween(15L, 45L);
		assertThat(own.content()).allSatisfy(o -> assertThat(o.unitCode()).isEqualTo("POLSEK-TEMPUREJO"));
		assertThat(this.personnel.units()).filteredOn(u -> u.kind() == UnitKind.POLSEK)
			.extracting(Unit::code)
			.containsExactly("POLSEK-TEMPUREJO");
		assertThat(this.territory.kecamatan()).extracting(Kecamatan::code).containsExactly(TEMPUREJO);
		assertThat(this.territory.summary().kecamatan()).isEqualTo(1);
		List<Tps> tps = this.territory.findTps(new TpsQuery(null, null, null, 0, 1000)).content();
		assertThat(tps).isNotEmpty().allSatisfy(t -> assertThat(t.kecamatanCode()).isEqualTo(TEMPUREJO));
		// asking for another sector by filter gives nothing, not an error
		assertThat(this.territory.findTps(new TpsQuery("35.09.02", null, null, 0, 10)).totalElements()).isZero();
		assertThat(this.territory.tps("35.09.02.2001-TPS-001")).isEmpty();
		assertThat(this.territory.tps(tps.get(0).code())).isPresent();
		assertThat(this.personnel.officers(new OfficerQuery(null, "POLSEK-KENCONG", null, 0, 10)).totalElements())
			.isZero();
		assertThat(this.territory.tpsGeoJson(null)).doesNotContain("\"kecamatanCode\":\"35.09.02\"")
			.contains("\"kecamatanCode\":\"" + TEMPUREJO + "\"");
		assertThat(this.territory.boundariesGeoJson("desa")).doesNotContain("\"parent\":\"35.09.02\"");
	}

	@Test
	void anOfficerOfAnotherSectorIs404ForTheKapolsekThroughTheApi() throws Exception {
		String other = firstNrp("POLSEK-KENCONG");
		String own = firstNrp("POLSEK-TEMPUREJO");
		assertThat(this.mvc.get().uri("/api/v1/officers/" + other).with(httpBasic("kapolsek.tempurejo", "praja2024")))
			.hasStatus(404);
		assertThat(this.mvc.get().uri("/api/v1/officers/" + own).with(httpBasic("kapolsek.tempurejo", "praja2024")))
			.hasStatusOk();
		assertThat(this.mvc.get().uri("/api/v1/officers/" + other).with(httpBasic("kabagops", "praja2024")))
			.hasStatusOk();
		assertThat(this.mvc.get()
			.uri("/api/v1/tps/35.09.02.2001-TPS-001")
			.with(httpBasic("kapolsek.tempurejo", "praja2024"))).hasStatus(404);
		assertThat(
				this.mvc.get().uri("/api/v1/units/POLSEK-KENCONG").with(httpBasic("kapolsek.tempurejo", "praja2024")))
			.hasStatus(404);
		assertThat(this.mvc.get()
			.uri("/api/v1/tps/export?format=csv")
			.with(httpBasic("kapolsek.tempurejo", "praja2024"))
			.exchange()
			.getResponse()).satisfies(r -> {
				String csv = r.getContentAsString();
				Set<String> kecamatan = csv.lines().skip(1).map(l -> l.substring(0, 8)).collect(Collectors.toSet());
				assertThat(kecamatan).containsExactly(TEMPUREJO);
			});
	}

	@Test
	@WithUserDetails("lapangan")
	void aFieldOfficerSeesOnlyHimselfAmongThePeople() {
		OfficerPage page = this.personnel.officers(new OfficerQuery(null, null, null, 0, 100));
		assertThat(page.totalElements()).isEqualTo(1);
		assertThat(page.content().get(0).function()).startsWith("Bhabinkamtibmas");
		assertThat(page.content().get(0).unitCode()).isEqualTo("POLSEK-TEMPUREJO");
		assertThat(this.territory.kecamatan()).extracting(Kecamatan::code).containsExactly(TEMPUREJO);
	}

	private String firstNrp(String unit) throws Exception {
		return this.mvc.get()
			.uri("/api/v1/officers?size=1&unit=" + unit)
			.with(httpBasic("kabagops", "praja2024"))
			.exchange()
			.getResponse()
			.getContentAsString()
			.replaceFirst("(?s).*?\"nrp\":\"(\\d{8})\".*", "$1");
	}

}
