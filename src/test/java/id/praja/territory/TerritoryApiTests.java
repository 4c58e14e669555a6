package id.praja.territory;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import id.praja.support.DatabaseTests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/**
 * The JSON API as a script sees it: HTTP Basic, JSON and GeoJSON bodies, problem+json
 * errors.
 */
class TerritoryApiTests extends DatabaseTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void answersTheTerritoryCounts() {
		assertThat(this.mvc.get().uri("/api/v1/kecamatan").with(httpBasic("kabagops", "praja2024"))).hasStatusOk()
			.bodyJson()
			.extractingPath("$.length()")
			.isEqualTo(31);
		assertThat(this.mvc.get().uri("/api/v1/desa").with(httpBasic("kabagops", "praja2024"))).bodyJson()
			.extractingPath("$.length()")
			.isEqualTo(248);
		assertThat(this.mvc.get().uri("/api/v1/desa?kecamatan=35.09.02").with(httpBasic("kabagops", "praja2024")))
			.bodyJson()
			.extractingPath("$.length()")
			.isEqualTo(5);
		var tps = this.mvc.get().uri("/api/v1/tps?size=10&page=2").with(httpBasic("polda", "praja2024"));
		assertThat(tps).hasStatusOk().bodyJson().extractingPath("$.totalElements").isEqualTo(4046);
		assertThat(tps).bodyJson().extractingPath("$.content.length()").isEqualTo(10);
		assertThat(tps).bodyJson().extractingPath("$.content[0].generated").isEqualTo(true);
		assertThat(tps).bodyJson().extractingPath("$.totalPages").isEqualTo(405);
	}

	@Test
	void filtersTpsByKecamatanDesaAndText() {
		assertThat(this.mvc.get().uri("/api/v1/tps?q=35.09.01.2001-TPS-003").with(httpBasic("kabagops", "praja2024")))
			.bodyJson()
			.extractingPath("$.totalElements")
			.isEqualTo(1);
		assertThat(
				this.mvc.get().uri("/api/v1/tps?desa=35.09.19.1006&size=100").with(httpBasic("kabagops", "praja2024")))
			.bodyJson()
			.extractingPath("$.content[?(@.specialSite != null)].specialSite")
			.asArray()
			.containsExactly("Lapas Kelas IIA Jember", "Lapas Kelas IIA Jember");
	}

	@Test
	void answersOneTpsOrProblemJson() {
		assertThat(this.mvc.get().uri("/api/v1/tps/35.09.01.2001-TPS-003").with(httpBasic("kabagops", "praja2024")))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.desaName")
			.isEqualTo("Padomasan");
		assertThat(this.mvc.get().uri("/api/v1/tps/35.09.01.2001-TPS-999").with(httpBasic("kabagops", "praja2024")))
			.hasStatus(404)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("no TPS with code 35.09.01.2001-TPS-999");
		assertThat(this.mvc.get().uri("/api/v1/tps?size=5000").with(httpBasic("kabagops", "praja2024"))).hasStatus(400)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void servesGeoJson() {
		assertThat(this.mvc.get().uri("/api/v1/geo/kecamatan").with(httpBasic("kabagops", "praja2024"))).hasStatusOk()
			.hasContentType("application/geo+json")
			.bodyJson()
			.extractingPath("$.features.length()")
			.isEqualTo(31);
		assertThat(this.mvc.get().uri("/api/v1/geo/desa").with(httpBasic("kabagops", "praja2024"))).bodyJson()
			.extractingPath("$.features.length()")
			.isEqualTo(248);
		assertThat(this.mvc.get().uri("/api/v1/geo/tps").with(httpBasic("kabagops", "praja2024"))).bodyJson()
			.extractingPath("$.features.length()")
			.isEqualTo(4046);
	}

	@Test
	void requiresAuthenticationWithProblemJson() {
		assertThat(this.mvc.get().uri("/api/v1/tps")).hasStatus(401)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.hasHeader("WWW-Authenticate", "Basic realm=\"Praja\"");
		assertThat(this.mvc.get().uri("/api/v1/tps").with(httpBasic("kabagops", "wrong"))).hasStatus(401);
	}

	@Test
	void letsOnlyPlannersImport() {
		MockMultipartFile file = new MockMultipartFile("file", "tps.csv", "text/csv",
				"desa_code\n".getBytes(StandardCharsets.UTF_8));
		assertThat(
				this.mvc.post().uri("/api/v1/tps/import").multipart().file(file).with(httpBasic("humas", "praja2024")))
			.hasStatus(403)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void rejectsABadFileWithEveryProblem() {
		MockMultipartFile file = new MockMultipartFile("file", "bad.csv", "text/csv", """
				desa_code,tps_number,address,lat,lon,voters_male,voters_female,special_site
				35.09.99.9999,1,Dusun Krajan,-8.2274,113.3352,250,255,
				35.09.01.2001,x,Dusun Krajan,-8.2274,113.3352,250,-3,
				""".getBytes(StandardCharsets.UTF_8));
		var result = this.mvc.post()
			.uri("/api/v1/tps/import")
			.multipart()
			.file(file)
			.with(httpBasic("kabagops", "praja2024"));
		assertThat(result).hasStatus(422).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.problems.length()").isEqualTo(3);
		assertThat(result).bodyJson().extractingPath("$.problems[0].row").isEqualTo(2);
		assertThat(result).bodyJson().extractingPath("$.problems[0].column").isEqualTo("desa_code");
		assertThat(result).bodyJson().extractingPath("$.problems[2].message").isEqualTo("must not be negative");
		assertThat(this.mvc.get().uri("/api/v1/territory/summary").with(httpBasic("kabagops", "praja2024"))).bodyJson()
			.extractingPath("$.tps")
			.isEqualTo(4046);
	}

	@Test
	void exportsCsvAndXlsx() {
		assertThat(this.mvc.get()
			.uri("/api/v1/tps/export?format=csv&kecamatan=35.09.02")
			.with(httpBasic("kabagops", "praja2024"))).hasStatusOk()
			.hasHeader("Content-Disposition", "attachment; filename=\"tps-35.09.02.csv\"");
		assertThat(this.mvc.get().uri("/api/v1/tps/export?format=pdf").with(httpBasic("kabagops", "praja2024")))
			.hasStatus(400)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void keepsHealthAndApiDescriptionOpen() {
		assertThat(this.mvc.get().uri("/actuator/health")).hasStatusOk();
		assertThat(this.mvc.get().uri("/v3/api-docs")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.paths['/api/v1/tps'].get")
			.isNotNull();
	}

}
