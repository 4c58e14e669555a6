package id.praja.command;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import id.praja.command.internal.SmsInbox;
import id.praja.command.internal.SmsInbox.Outcome;
import id.praja.personnel.PersonnelManagement;
import id.praja.shared.SystemScope;
import id.praja.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text messages against a real PostgreSQL: a message that parses becomes a field report
 * and a reply in the outbox, a gateway that posts one message twice stores it once, and a
 * message from a number in no personnel record waits in the operator queue.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class SmsInboxIntegrationTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.freshProperties(false).forEach((key, value) -> registry.add(key, () -> value));
	}

	@Autowired
	SmsInbox inbox;

	@Autowired
	PersonnelManagement personnel;

	@Autowired
	JdbcTemplate jdbc;

	/** Gives an officer of Polsek Tempurejo the phone number 0812 3456 7001. */
	private void officerWithPhone() {
		String polsek = SystemScope.call("test", () -> this.personnel.polsekAreas().get("35.09.18"));
		String nrp = this.jdbc.queryForObject("SELECT nrp FROM personnel_officer WHERE unit_code = ? LIMIT 1",
				String.class, polsek);
		this.jdbc.update("UPDATE personnel_officer SET phone = '0812 3456 7001' WHERE nrp = ?", nrp);
	}

	@Test
	void aParsedMessageBecomesAReportAndAReplyOnceForTheSameGatewayId() {
		officerWithPhone();
		Instant at = Instant.now().minus(1, ChronoUnit.MINUTES);
		Outcome first = this.inbox.receive("gw-1", "+62 812-3456-7001", "lap 35.09.18.2001-002 tiba", at);
		assertThat(first.state()).isEqualTo("REPORTED");
		assertThat(this.jdbc.queryForObject("SELECT type FROM command_field_report WHERE id = ?", String.class,
				first.reportId()))
			.isEqualTo("CHECK_IN");
		assertThat(this.jdbc.queryForObject("SELECT body FROM command_sms_outbox WHERE in_reply_to = 'gw-1'",
				String.class))
			.contains(first.reportId().toString().substring(0, 8).toUpperCase());

		Outcome again = this.inbox.receive("gw-1", "+62 812-3456-7001", "lap 35.09.18.2001-002 tiba", at);
		assertThat(again).isEqualTo(first);
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM command_sms_received WHERE gateway_id = 'gw-1'",
				Integer.class))
			.isEqualTo(1);
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM command_sms_outbox WHERE in_reply_to = 'gw-1'",
				Integer.class))
			.isEqualTo(1);
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM command_field_report WHERE id = ?", Integer.class,
				first.reportId()))
			.isEqualTo(1);
	}

	@Test
	void anUnknownNumberOrAnUnreadableMessageWaitsInTheQueue() {
		officerWithPhone();
		Instant at = Instant.now().minus(1, ChronoUnit.MINUTES);
		Outcome unknown = this.inbox.receive("gw-2", "081299990000", "LAP 35.09.18.2001-003 TIBA", at);
		assertThat(unknown.state()).isEqualTo("QUEUED");
		assertThat(unknown.reason()).isEqualTo(SmsInbox.UNKNOWN_SENDER);
		Outcome unread = this.inbox.receive("gw-3", "6281234567001", "Ndan sinyal susah", at);
		assertThat(unread.state()).isEqualTo("QUEUED");
		assertThat(unread.reason()).isEqualTo("NO_TPS");
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM command_sms_received WHERE state = 'QUEUED' AND gateway_id IN ('gw-2', 'gw-3')",
				Integer.class))
			.isEqualTo(2);
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM command_sms_outbox WHERE in_reply_to IN ('gw-2', 'gw-3')", Integer.class))
			.isZero();
	}

	@Test
	void phoneNumbersAreComparedInTheirInternationalForm() {
		assertThat(SmsInbox.normalisePhone("+62 812-3456-7001")).isEqualTo("6281234567001");
		assertThat(SmsInbox.normalisePhone("0812 3456 7001")).isEqualTo("6281234567001");
		assertThat(SmsInbox.normalisePhone("81234567001")).isEqualTo("6281234567001");
	}

}
