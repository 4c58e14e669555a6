package id.praja.command.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import id.praja.command.CommandManagement;
import id.praja.command.FieldReportRejected;
import id.praja.command.FieldReportRequest;
import id.praja.command.Ingested;
import id.praja.command.internal.SmsParser.Candidate;
import id.praja.command.internal.SmsParser.Parsed;
import id.praja.command.internal.SmsParser.Result;
import id.praja.command.internal.SmsParser.Unparsed;
import id.praja.personnel.Officer;
import id.praja.personnel.PersonnelManagement;
import id.praja.shared.SystemScope;
import id.praja.territory.TerritoryManagement;

/**
 * Received text messages: each is stored first (keyed by the gateway's id), then read;
 * one that parses from a known officer becomes the same idempotent field report as the
 * app's (its id derived from the gateway's id) and a confirmation reply waits in the
 * outbox; anything else waits in the operator queue with its reason. Nothing is dropped:
 * a failure after the message is stored leaves it queued.
 */
@Component
public class SmsInbox {

	private static final Logger log = LoggerFactory.getLogger(SmsInbox.class);

	/** Reason in the queue when the sender's number is in no personnel record. */
	public static final String UNKNOWN_SENDER = "UNKNOWN_SENDER";

	/** Reason in the queue when the report was refused or could not be stored. */
	public static final String REFUSED = "REFUSED";

	private final JdbcTemplate jdbc;

	private final PersonnelManagement personnel;

	private final TerritoryManagement territory;

	private final CommandManagement command;

	SmsInbox(JdbcTemplate jdbc, PersonnelManagement personnel, TerritoryManagement territory,
			CommandManagement command) {
		this.jdbc = jdbc;
		this.personnel = personnel;
		this.territory = territory;
		this.command = command;
	}

	/** What became of a received message. */
	public record Outcome(String state, String reason, UUID reportId) {
	}

	/**
	 * @param gatewayId the gateway's message id
	 * @param from the sender's number as the gateway wrote it
	 * @param text the message
	 * @param receivedAt when the gateway received it
	 * @return what became of it (for a message seen before, what became of it then)
	 */
	public Outcome receive(String gatewayId, String from, String text, Instant receivedAt) {
		String sender = normalisePhone(from);
		int inserted = this.jdbc.update(
				"INSERT INTO command_sms_received (gateway_id, sender, body, received_at) VALUES (?, ?, ?, ?) "
						+ "ON CONFLICT (gateway_id) DO NOTHING",
				gatewayId, sender, (text != null) ? text : "", Timestamp.from(receivedAt));
		if (inserted == 0) {
			return current(gatewayId);
		}
		try {
			return SystemScope.call("text message " + gatewayId, () -> read(gatewayId, sender, text, receivedAt));
		}
		catch (RuntimeException ex) {
			log.warn("Text message {} could not be read; it waits in the operator queue", gatewayId, ex);
			return queue(gatewayId, null, REFUSED, null, null);
		}
	}

	private Outcome read(String gatewayId, String sender, String text, Instant receivedAt) {
		Optional<Officer> officer = this.personnel.allOfficers(null)
			.stream()
			.filter(o -> o.phone() != null && normalisePhone(o.phone()).equals(sender))
			.findFirst();
		if (officer.isEmpty()) {
			return queue(gatewayId, null, UNKNOWN_SENDER, null, null);
		}
		String nrp = officer.get().nrp();
		Result result = SmsParser.parse(text, sector(officer.get()));
		if (result instanceof Unparsed u) {
			return queue(gatewayId, nrp, u.reason().name(), u.tps(), (u.status() != null) ? u.status().name() : null);
		}
		Parsed p = (Parsed) result;
		ZoneId zone = this.personnel.timeZone();
		Instant occurredAt = receivedAt;
		if (p.time() != null) {
			LocalDate day = receivedAt.atZone(zone).toLocalDate();
			occurredAt = ZonedDateTime.of(day, p.time(), zone).toInstant();
		}
		UUID id = UUID.nameUUIDFromBytes(("sms:" + gatewayId).getBytes(java.nio.charset.StandardCharsets.UTF_8));
		FieldReportRequest request = new FieldReportRequest(id, p.tps(), p.type(), p.status(), p.logistics(),
				p.incidentType(), p.severity(), p.note(), null, null, null, occurredAt);
		Ingested ingested;
		try {
			ingested = this.command.ingest(request, "sms:" + nrp);
		}
		catch (FieldReportRejected ex) {
			return queue(gatewayId, nrp, REFUSED, p.tps(), (p.status() != null) ? p.status().name() : null);
		}
		this.jdbc.update("UPDATE command_sms_received SET state = 'REPORTED', officer_nrp = ?, report_id = ?, "
				+ "guess_tps = ? WHERE gateway_id = ?", nrp, id, p.tps(), gatewayId);
		this.jdbc.update("INSERT INTO command_sms_outbox (destination, body, in_reply_to) VALUES (?, ?, ?) "
				+ "ON CONFLICT (in_reply_to) DO NOTHING", sender, reply(ingested, id), gatewayId);
		return new Outcome("REPORTED", null, id);
	}

	/** The confirmation: the report number is the first eight characters of its id. */
	static String reply(Ingested ingested, UUID id) {
		return "Praja: laporan diterima, nomor " + id.toString().substring(0, 8).toUpperCase() + " (TPS "
				+ ingested.report().tps() + ").";
	}

	private Outcome queue(String gatewayId, String nrp, String reason, String tps, String status) {
		this.jdbc.update("UPDATE command_sms_received SET state = 'QUEUED', officer_nrp = ?, reason = ?, "
				+ "guess_tps = ?, guess_status = ? WHERE gateway_id = ?", nrp, reason, tps, status, gatewayId);
		return new Outcome("QUEUED", reason, null);
	}

	private Outcome current(String gatewayId) {
		return this.jdbc.queryForObject(
				"SELECT state, reason, report_id FROM command_sms_received WHERE gateway_id = ?",
				(rs, n) -> new Outcome(rs.getString(1), rs.getString(2), rs.getObject(3, UUID.class)), gatewayId);
	}

	/**
	 * The TPS of the officer's Polsek area, or of every kecamatan for a Polres officer.
	 */
	private List<Candidate> sector(Officer officer) {
		Map<String, String> areas = this.personnel.polsekAreas();
		Set<String> kecamatan = areas.entrySet()
			.stream()
			.filter(e -> e.getValue().equals(officer.unitCode()))
			.map(Map.Entry::getKey)
			.collect(Collectors.toSet());
		List<Candidate> sector = new ArrayList<>();
		this.territory.forEachTps(null, tps -> {
			if (kecamatan.isEmpty() || kecamatan.contains(tps.kecamatanCode())) {
				sector.add(new Candidate(tps.code(), tps.number(), tps.desaName()));
			}
		});
		return sector;
	}

	/**
	 * @param phone a phone number as written (+62 812-3456-789, 0812 3456 789, 62812…)
	 * @return its digits in the international form (62812…), or the digits as they are
	 */
	public static String normalisePhone(String phone) {
		if (phone == null) {
			return "";
		}
		String digits = phone.replaceAll("[^0-9]", "");
		if (digits.startsWith("0")) {
			return "62" + digits.substring(1);
		}
		if (digits.startsWith("8")) {
			return "62" + digits;
		}
		return digits;
	}

}
