package id.praja.exercise.floorgame;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import id.praja.support.TestDatabase;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * A whole floor game through the API on a database of its own, with the wall clock under
 * the test's control: create, write injects (bad ones refused), start at 60×, let the
 * clock run, dispatch as the Kapolsek, pause, run on to arrival and resolution, end, and
 * read the after-action report back from the PDF.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FloorGameIntegrationTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.freshProperties(false).forEach((key, value) -> registry.add(key, () -> value));
	}

	/** A wall clock the test moves. */
	static final class TestClock implements InstantSource {

		volatile Instant now = Instant.parse("2025-01-10T02:00:00Z");

		@Override
		public Instant instant() {
			return this.now;
		}

		void advance(Duration d) {
			this.now = this.now.plus(d);
		}

	}

	@TestConfiguration
	static class Clocks {

		@Bean
		TestClock floorGameTestClock() {
			return new TestClock();
		}

	}

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	final JsonMapper json = JsonMapper.builder().build();

	JsonNode call(String method, String path, String user, String body, int status) throws Exception {
		var request = switch (method) {
			case "GET" -> this.mvc.get().uri(path);
			case "PUT" -> this.mvc.put().uri(path);
			default -> this.mvc.post().uri(path);
		};
		request.with(httpBasic(user, "praja2024")).with(csrf()).accept(MediaType.APPLICATION_JSON);
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(body);
		}
		MvcTestResult result = request.exchange();
		String text = result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(result.getResponse().getStatus()).as(method + " " + path + ": " + text).isEqualTo(status);
		return text.isEmpty() ? null : this.json.readTree(text);
	}

	@Test
	void aWholeGameIsPlayedRecordedAndReported() throws Exception {
		String base = "/api/v1/exercise/floor-games";
		call("POST", base, "kabagops", "{\"name\":\" \"}", 400);
		JsonNode game = call("POST", base, "kabagops", "{\"name\":\"TFG Semeru uji\",\"start\":\"06:00\"}", 200);
		long id = game.get("id").asLong();
		String api = base + "/" + id;
		assertThat(game.get("state").asText()).isEqualTo("SETUP");
		assertThat(game.get("clockStart").asText()).isEqualTo("2024-11-26T23:00:00Z");
		assertThat(game.get("units").size()).isPositive();
		String unit = game.get("units").get(0).get("unit").get("code").asText();
		assertThat(unit).isEqualTo("TIM-01");

		String tps = this.jdbc.sql("SELECT code FROM territory_tps ORDER BY code LIMIT 1").query(String.class).single();
		JsonNode problem = call("POST", api + "/injects", "kabagops",
				"{\"at\":\"06:01\",\"tps\":\"NO-SUCH-TPS\",\"type\":\"VIOLENCE\"}", 400);
		assertThat(problem.get("detail").asText()).isEqualTo("unknown TPS NO-SUCH-TPS");
		problem = call("POST", api + "/injects", "kabagops",
				"{\"at\":\"06:01\",\"tps\":\"" + tps + "\",\"type\":\"GEMPA\"}", 400);
		assertThat(problem.get("detail").asText()).isEqualTo(
				"type must be one of VIOLENCE, INTIMIDATION, MONEY_POLITICS, LOGISTICS_PROBLEM, CROWD, DISASTER");
		call("POST", api + "/injects", "kabagops", "{\"at\":\"05:59\",\"tps\":\"" + tps + "\",\"type\":\"VIOLENCE\"}",
				400);
		call("POST", api + "/injects", "kapolsek.tempurejo",
				"{\"at\":\"06:01\",\"tps\":\"" + tps + "\",\"type\":\"VIOLENCE\"}", 403);
		call("POST", api + "/injects", "kabagops", "{\"at\":\"06:30\",\"tps\":\"" + tps
				+ "\",\"type\":\"LOGISTICS_PROBLEM\",\"description\":\"Kotak suara basah\"}", 200);
		game = call("POST", api + "/injects", "kabagops", "{\"at\":\"06:01\",\"tps\":\"" + tps
				+ "\",\"type\":\"VIOLENCE\",\"severity\":\"YELLOW\",\"description\":\"Dua kelompok pendukung\"}", 200);
		assertThat(game.get("injects").size()).isEqualTo(2);
		long clash = game.get("injects").get(0).get("id").asLong();
		assertThat(game.get("injects").get(0).get("at").asText()).isEqualTo("2024-11-26T23:01:00Z");
		assertThat(game.get("injects").get(0).get("targetMinutes").asInt()).isPositive();

		// nothing happens before the start; players cannot act yet
		this.clock.advance(Duration.ofHours(1));
		assertThat(call("GET", api, "polda", null, 200).get("incidents").size()).isZero();
		call("POST", api + "/dispatches", "kapolsek.tempurejo", "{\"incident\":" + clash + ",\"unit\":\"TIM-01\"}",
				409);
		call("GET", api, "lapangan", null, 403);
		call("GET", api, "operator", null, 403);

		call("POST", api + "/speed", "kabagops", "{\"speed\":30}", 400);
		call("POST", api + "/speed", "kabagops", "{\"speed\":60}", 200);
		game = call("POST", api + "/start", "kabagops", null, 200);
		assertThat(game.get("state").asText()).isEqualTo("RUNNING");
		call("POST", api + "/start", "kabagops", null, 409);

		// two wall seconds at 60x: 06:02, the clash has happened, the logistics inject
		// not
		this.clock.advance(Duration.ofSeconds(2));
		game = call("GET", api, "kasatgas.preventif", null, 200);
		assertThat(game.get("gameTime").asText()).isEqualTo("2024-11-26T23:02:00Z");
		assertThat(game.get("incidents").size()).isEqualTo(1);
		assertThat(game.get("incidents").get(0).get("status").asText()).isEqualTo("REPORTED");

		// the Kapolsek decides
		game = call("POST", api + "/dispatches", "kapolsek.tempurejo",
				"{\"incident\":" + clash + ",\"unit\":\"" + unit + "\"}", 200);
		JsonNode incident = game.get("incidents").get(0);
		assertThat(incident.get("status").asText()).isEqualTo("DISPATCHED");
		assertThat(incident.get("dispatchedBy").asText()).isEqualTo("kapolsek.tempurejo");
		assertThat(game.get("units").get(0).get("status").asText()).isEqualTo("EN_ROUTE");
		call("POST", api + "/dispatches", "kasatgas.preventif", "{\"incident\":" + clash + ",\"unit\":\"TIM-02\"}",
				409);
		call("POST", api + "/dispatches", "polda", "{\"incident\":" + clash + ",\"unit\":\"TIM-02\"}", 403);
		Instant arrives = Instant.parse(incident.get("arrivesAt").asText());
		double travel = Duration.between(Instant.parse("2024-11-26T23:02:00Z"), arrives).toMillis() / 60_000.0;
		assertThat(travel).isPositive();

		// paused, the clock stands however long the break
		game = call("POST", api + "/pause", "kabagops", null, 200);
		assertThat(game.get("state").asText()).isEqualTo("PAUSED");
		this.clock.advance(Duration.ofMinutes(30));
		assertThat(call("GET", api, "kabagops", null, 200).get("gameTime").asText()).isEqualTo("2024-11-26T23:02:00Z");
		call("POST", api + "/notes", "kasatgas.preventif", "{\"text\":\"Jalur Ambulu macet\"}", 200);

		// resumed: ten wall minutes at 60x are ten game hours, everything has
		// happened
		call("POST", api + "/start", "kabagops", null, 200);
		this.clock.advance(Duration.ofMinutes(10));
		game = call("GET", api, "kabagops", null, 200);
		assertThat(game.get("incidents").size()).isEqualTo(2);
		incident = game.get("incidents").get(0);
		assertThat(incident.get("status").asText()).isEqualTo("RESOLVED");
		assertThat(incident.get("arrivedAt").asText()).isEqualTo(arrives.toString());
		// response: from 06:01 (the clash) to arrival
		assertThat(incident.get("responseMinutes").asDouble()).isCloseTo(travel + 1,
				org.assertj.core.data.Offset.offset(1e-9));
		assertThat(game.get("summary").get("responded").asInt()).isEqualTo(1);
		assertThat(game.get("summary").get("incidents").asInt()).isEqualTo(2);

		call("PUT", api + "/lessons", "kabagops", "{\"text\":\"Tim cadangan Tempurejo terlalu jauh dari pantai.\"}",
				200);
		game = call("POST", api + "/end", "kabagops", null, 200);
		assertThat(game.get("state").asText()).isEqualTo("ENDED");
		call("POST", api + "/start", "kabagops", null, 409);
		call("POST", api + "/injects", "kabagops", "{\"at\":\"12:00\",\"tps\":\"" + tps + "\",\"type\":\"VIOLENCE\"}",
				409);

		// the log: append-only, numbered without gaps, in game time order, exercise data
		List<String> kinds = this.jdbc.sql("SELECT kind FROM floor_game_event WHERE session_id = ? ORDER BY seq")
			.param(id)
			.query(String.class)
			.list();
		assertThat(kinds.subList(0, 7)).containsExactly("SPEED", "START", "INJECT_FIRED", "DISPATCH", "PAUSE", "NOTE",
				"START");
		// arrival and the 06:30 inject in the order of their game times (travel decides)
		assertThat(kinds.subList(7, 10)).containsExactlyInAnyOrder("ARRIVED", "INJECT_FIRED", "RESOLVED");
		assertThat(kinds.get(10)).isEqualTo("END");
		assertThat(kinds.indexOf("ARRIVED")).isLessThan(kinds.indexOf("RESOLVED"));
		List<Instant> times = this.jdbc.sql("SELECT game_time FROM floor_game_event WHERE session_id = ? ORDER BY seq")
			.param(id)
			.query((rs, n) -> rs.getObject(1, java.time.OffsetDateTime.class).toInstant())
			.list();
		assertThat(times).isSorted();
		assertThat(this.jdbc.sql("SELECT max(seq) FROM floor_game_event WHERE session_id = ?")
			.param(id)
			.query(Integer.class)
			.single()).isEqualTo(kinds.size());
		assertThat(this.jdbc.sql("SELECT bool_and(exercise) FROM floor_game_session").query(Boolean.class).single())
			.isTrue();

		// the after-action report
		byte[] pdf = this.mvc.get()
			.uri("/latihan/tfg/" + id + "/aar.pdf")
			.with(user("polda").roles("PENGAMAT"))
			.exchange()
			.getResponse()
			.getContentAsByteArray();
		StringBuilder text = new StringBuilder();
		try (PdfReader reader = new PdfReader(pdf)) {
			PdfTextExtractor extractor = new PdfTextExtractor(reader);
			for (int p = 1; p <= reader.getNumberOfPages(); p++) {
				text.append(extractor.getTextFromPage(p)).append('\n');
			}
		}
		assertThat(text.toString()).contains("LAPORAN PASCA LATIHAN")
			.contains("DATA LATIHAN")
			.contains("TFG Semeru uji")
			.contains("kapolsek.tempurejo")
			.contains(unit)
			// the desk's name of the type (the longer name wraps the line in the PDF)
			.contains("Insiden #" + clash + " Kekerasan / keributan di " + tps)
			// severities in the desk's words (command.Severity), classes by name, no
			// codes
			.doesNotContain("tingkat kuning", "tingkat hijau", "tingkat merah", "(hijau)", "(kuning)", "(merah)")
			.doesNotContain("KURANG_RAWAN", "SANGAT_RAWAN", "GREEN", "YELLOW")
			.contains("Catatan: Jalur Ambulu macet")
			.contains("Ringkasan: 2 insiden, 1 didatangi unit")
			.contains("Tim cadangan Tempurejo terlalu jauh dari pantai.");
		assertThat(text.toString().replaceAll("\\s+", " ")).contains("tingkat Kuning (perlu perhatian): Dua")
			.containsPattern("tiba di insiden #" + clash
					+ ", tingkat (Hijau \\(ringan\\)|Kuning \\(perlu perhatian\\)|Merah \\(gawat\\))");
		assertThat(this.mvc.get().uri("/latihan/tfg/" + id + "/aar.pdf").with(user("humas").roles("HUMAS")))
			.hasStatus(403);
	}

}
