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

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

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

	@Test
	void tpsNotReportedAreThoseBehindTheStageExpectedAtTheTimeOnTheDeskAndInTheLaphar() throws Exception {
		// five TPS of Tempurejo at different stages of voting day
		java.util.List<String> tps = this.jdbc
			.sql("SELECT code FROM territory_tps WHERE desa_code LIKE '35.09.18.%' AND code NOT LIKE '35.09.18.2001-%'"
					+ " ORDER BY code LIMIT 5")
			.query(String.class)
			.list();
		String finished = tps.get(0);
		String opened = tps.get(1);
		String present = tps.get(2);
		String counting = tps.get(3);
		String nothing = tps.get(4);
		report(finished, "CHECK_IN", null, "2024-11-27T05:30:00+07:00");
		report(finished, "STATUS", "DIBUKA", "2024-11-27T07:00:00+07:00");
		report(finished, "STATUS", "PENGHITUNGAN", "2024-11-27T13:05:00+07:00");
		report(finished, "STATUS", "SELESAI", "2024-11-27T16:00:00+07:00");
		report(opened, "CHECK_IN", null, "2024-11-27T05:35:00+07:00");
		report(opened, "STATUS", "DIBUKA", "2024-11-27T07:05:00+07:00");
		report(present, "CHECK_IN", null, "2024-11-27T05:45:00+07:00");
		report(counting, "STATUS", "PENGHITUNGAN", "2024-11-27T13:20:00+07:00");

		// 06.30: an officer is expected at every TPS
		JsonNode early = board("kapolsek.tempurejo", "2024-11-27T06:30:00+07:00");
		assertThat(early.get("expected").asString()).isEqualTo("CHECK_IN");
		assertThat(behind(early)).doesNotContain(finished, opened, present, counting).contains(nothing);
		// 08.00: every TPS should have opened; a TPS that only checked in is behind
		JsonNode morning = board("kapolsek.tempurejo", "2024-11-27T08:00:00+07:00");
		assertThat(morning.get("expected").asString()).isEqualTo("OPENING");
		assertThat(behind(morning)).doesNotContain(finished, opened, counting).contains(present, nothing);
		// 14.00: counting should have begun; a TPS that reported its opening is behind
		// (it reported that day: counted as reported before)
		JsonNode afternoon = board("kapolsek.tempurejo", "2024-11-27T14:00:00+07:00");
		assertThat(afternoon.get("expected").asString()).isEqualTo("COUNTING");
		assertThat(behind(afternoon)).doesNotContain(finished, counting).contains(opened, present, nothing);
		// 21.00: every TPS should have finished
		JsonNode evening = board("kapolsek.tempurejo", "2024-11-27T21:00:00+07:00");
		assertThat(evening.get("expected").asString()).isEqualTo("CLOSING");
		assertThat(behind(evening)).doesNotContain(finished).contains(opened, present, counting, nothing);
		// the count is the list (silent posts aside), per Polsek as the desk and the wall
		// show it
		for (JsonNode b : new JsonNode[] { early, morning, afternoon, evening }) {
			assertThat(b.get("behind").asInt()).isEqualTo(behind(b).size());
			assertThat(b.get("behindPerPolsek").get("POLSEK-TEMPUREJO").asInt()).isEqualTo(b.get("behind").asInt());
		}
		assertThat(morning.get("behind").asInt()).isGreaterThan(early.get("behind").asInt());

		// the Laphar of voting day, read after it: every TPS should have finished, so
		// only
		// the TPS that finished count as reported
		String page = this.mvc
			.perform(get("/laporan/harian").param("tanggal", "2024-11-27")
				.param("satuan", "POLSEK-TEMPUREJO")
				.with(user(this.users.loadUserByUsername("kapolsek.tempurejo"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		int evenLater = board("kapolsek.tempurejo", "2024-11-27T23:59:00+07:00").get("behind").asInt();
		assertThat(page).contains("Belum melapor: TPS selesai (batas 20.00 WIB)")
			.contains(id.praja.shared.Formats.indonesian().number(evenLater) + " TPS belum melapor");

		// the silent page names the times from the settings
		String silent = this.mvc
			.perform(get("/komando/senyap").param("at", "2024-11-27T08:00:00+07:00")
				.with(user(this.users.loadUserByUsername("kapolsek.tempurejo"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(silent).contains("petugas hadir pukul 06.00 WIB, TPS dibuka pukul 07.15 WIB")
			.contains("Diharapkan: TPS dibuka, batas 07.15 WIB")
			// the Polsek by name, not by its code
			.doesNotContain(">POLSEK-TEMPUREJO<");
	}

	private static java.util.List<String> behind(JsonNode board) {
		java.util.List<String> list = new java.util.ArrayList<>();
		for (JsonNode t : board.get("tps")) {
			if (!t.get("missed").asString().equals("POST_SILENT")) {
				list.add(t.get("tps").asString());
			}
		}
		return list;
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
