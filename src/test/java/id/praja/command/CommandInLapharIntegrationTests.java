package id.praja.command;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import id.praja.report.DailyReport;
import id.praja.report.DailyReports;
import id.praja.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The command center feeds the daily report: a red incident reported from the field
 * spoils the "aman dan kondusif" line of that day's Laphar, for the Polres and for the
 * Polsek it happened in, and not for another Polsek.
 */
@SpringBootTest
@AutoConfigureMockMvc
@org.springframework.security.test.context.support.WithUserDetails("kabagops")
@org.springframework.context.annotation.Import(id.praja.support.ActingUser.class)
class CommandInLapharIntegrationTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.freshProperties(false).forEach((key, value) -> registry.add(key, () -> value));
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	DailyReports reports;

	@Test
	@WithUserDetails("kabagops")
	void aRedIncidentFromTheFieldAppearsInTheDaysLaphar() throws Exception {
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
		DailyReport before = this.reports.laphar(today, "POLRES");
		assertThat(before.statusLine()).contains("aman dan kondusif");
		int status = this.mvc.perform(post("/api/v1/field-reports").contentType(MediaType.APPLICATION_JSON)
			.content("{\"id\":\"" + UUID.randomUUID() + "\",\"tps\":\"35.09.18.2001-TPS-001\",\"type\":\"INCIDENT\","
					+ "\"incidentType\":\"VIOLENCE\",\"severity\":\"RED\",\"note\":\"Bentrok pendukung\","
					+ "\"occurredAt\":\"2024-11-27T10:00:00+07:00\"}")
			.with(csrf())
			.with(user(this.users.loadUserByUsername("lapangan")))).andReturn().getResponse().getStatus();
		assertThat(status).isEqualTo(201);
		DailyReport polres = this.reports.laphar(today, "POLRES");
		assertThat(polres.statusLine()).doesNotContain("aman dan kondusif").contains("Bentrok pendukung");
		assertThat(polres.notable())
			.anyMatch(n -> n.contains("35.09.18.2001-TPS-001") && n.contains("Polsek Tempurejo"));
		assertThat(this.reports.laphar(today, "POLSEK-TEMPUREJO").notable()).hasSize(1);
		assertThat(this.reports.laphar(today, "POLSEK-KENCONG").statusLine()).contains("aman dan kondusif");
	}

}
