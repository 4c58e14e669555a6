package id.praja.command;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import id.praja.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Silence is a signal: on voting day (from the agenda: 27 November 2024 in the demo) a
 * TPS whose expected report has not come by its time is flagged, in the caller's area
 * only; a TPS that reported is not; before 06.00 and on other days nothing is.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SilencesIntegrationTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.freshProperties(false).forEach((key, value) -> registry.add(key, () -> value));
	}

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	JsonNode board(String account, String at) throws Exception {
		String body = this.mvc
			.perform(get("/api/v1/command/silent").param("at", at).with(user(this.users.loadUserByUsername(account))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JSON.readTree(body);
	}

	void report(String tps, String type, String status, String at) throws Exception {
		String body = "{\"id\":\"" + UUID.randomUUID() + "\",\"tps\":\"" + tps + "\",\"type\":\"" + type + "\""
				+ ((status != null) ? ",\"status\":\"" + status + "\"" : "") + ",\"occurredAt\":\"" + at + "\"}";
		int answer = this.mvc
			.perform(post("/api/v1/field-reports").contentType(MediaType.APPLICATION_JSON)
				.content(body)
				.with(csrf())
				.with(user(this.users.loadUserByUsername("operator"))))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(answer).isEqualTo(201);
	}

	@Test
	void expectedReportsThatDidNotComeAreFlaggedInTheCallersArea() throws Exception {
		assertThat(board("operator", "2024-11-26T09:00:00+07:00").get("active").asBoolean()).isFalse();
		assertThat(board("operator", "2024-11-27T05:30:00+07:00").get("active").asBoolean()).isFalse();

		String reported = "35.09.18.2001-TPS-001";
		String checkedIn = "35.09.18.2001-TPS-002";
		report(reported, "CHECK_IN", null, "2024-11-27T05:40:00+07:00");
		report(reported, "STATUS", "DIBUKA", "2024-11-27T07:02:00+07:00");
		report(checkedIn, "CHECK_IN", null, "2024-11-27T05:50:00+07:00");

		JsonNode early = board("kapolsek.tempurejo", "2024-11-27T06:30:00+07:00");
		assertThat(early.get("active").asBoolean()).isTrue();
		assertThat(missed(early, reported)).isNull();
		assertThat(missed(early, checkedIn)).isNull();
		assertThat(missed(early, "35.09.18.2001-TPS-003")).isEqualTo("CHECK_IN");

		JsonNode morning = board("kapolsek.tempurejo", "2024-11-27T08:00:00+07:00");
		assertThat(missed(morning, reported)).isNull();
		assertThat(missed(morning, checkedIn)).isEqualTo("OPENING");
		for (JsonNode t : morning.get("tps")) {
			assertThat(t.get("kecamatan").asString()).isEqualTo("35.09.18");
			assertThat(t.get("polsek").asString()).isEqualTo("POLSEK-TEMPUREJO");
		}
		assertThat(morning.get("perPolsek").properties()).hasSize(1);

		JsonNode polres = board("operator", "2024-11-27T08:00:00+07:00");
		assertThat(polres.get("tps").size()).isGreaterThan(morning.get("tps").size());
		assertThat(polres.get("perPolsek").size()).isGreaterThan(1);

		JsonNode afternoon = board("operator", "2024-11-27T14:00:00+07:00");
		assertThat(missed(afternoon, reported)).isEqualTo("COUNTING");

		String page = this.mvc
			.perform(get("/komando/senyap").param("at", "2024-11-27T08:00:00+07:00")
				.with(user(this.users.loadUserByUsername("kapolsek.tempurejo"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains(checkedIn).contains("TPS dibuka");
	}

	private static String missed(JsonNode board, String tps) {
		for (JsonNode t : board.get("tps")) {
			if (t.get("tps").asString().equals(tps)) {
				return t.get("missed").asString();
			}
		}
		return null;
	}

}
