package id.praja.command.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Iterator;
import java.util.Set;
import java.util.UUID;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import id.praja.command.FieldReportRejected;
import id.praja.command.FieldReportRejected.Reason;
import id.praja.command.FieldReportRequest;
import id.praja.command.IncidentType;
import id.praja.command.Logistics;
import id.praja.command.ReportType;
import id.praja.command.Severity;
import id.praja.command.TpsStatus;

/**
 * Reads a field report's JSON strictly: unknown fields, wrong kinds and bad values are
 * rejected with a message naming the field.
 */
final class FieldReportJson {

	private static final Set<String> FIELDS = Set.of("id", "tps", "type", "status", "logistics", "incidentType",
			"severity", "note", "photo", "lat", "lon", "occurredAt");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private FieldReportJson() {
	}

	static FieldReportRequest parse(byte[] body) {
		JsonNode root;
		try {
			root = JSON.readTree(body);
		}
		catch (JacksonException ex) {
			throw malformed("the body is not valid JSON: " + ex.getOriginalMessage());
		}
		if (root == null || !root.isObject()) {
			throw malformed("the body must be a JSON object");
		}
		for (Iterator<String> names = root.propertyNames().iterator(); names.hasNext();) {
			String name = names.next();
			if (!FIELDS.contains(name)) {
				throw malformed("unknown field '" + name + "'");
			}
		}
		UUID id = uuid(text(root, "id"));
		return new FieldReportRequest(id, text(root, "tps"), value(ReportType.class, root, "type"),
				value(TpsStatus.class, root, "status"), value(Logistics.class, root, "logistics"),
				value(IncidentType.class, root, "incidentType"), value(Severity.class, root, "severity"),
				text(root, "note"), photo(text(root, "photo")), number(root, "lat"), number(root, "lon"),
				time(text(root, "occurredAt")));
	}

	private static String text(JsonNode root, String field) {
		JsonNode node = root.get(field);
		if (node == null || node.isNull()) {
			return null;
		}
		if (!node.isString()) {
			throw malformed(field + " must be a string");
		}
		String text = node.asString();
		if (text.indexOf('\u0000') >= 0) {
			throw malformed(field + " contains a NUL character (\\u0000), which no text may contain");
		}
		return text;
	}

	private static Double number(JsonNode root, String field) {
		JsonNode node = root.get(field);
		if (node == null || node.isNull()) {
			return null;
		}
		if (!node.isNumber()) {
			throw malformed(field + " must be a number");
		}
		return node.asDouble();
	}

	private static <E extends Enum<E>> E value(Class<E> type, JsonNode root, String field) {
		String text = text(root, field);
		if (text == null) {
			return null;
		}
		try {
			return Enum.valueOf(type, text);
		}
		catch (IllegalArgumentException ex) {
			throw malformed(
					"%s '%s' is not one of %s".formatted(field, text, java.util.List.of(type.getEnumConstants())));
		}
	}

	private static UUID uuid(String text) {
		if (text == null) {
			throw malformed("id is required (a UUID made by the client)");
		}
		try {
			if (text.length() != 36) {
				throw new IllegalArgumentException();
			}
			return UUID.fromString(text);
		}
		catch (IllegalArgumentException ex) {
			throw malformed("id '" + text + "' is not a UUID");
		}
	}

	private static Instant time(String text) {
		if (text == null) {
			return null;
		}
		try {
			return OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw malformed(
					"occurredAt '" + text + "' is not an ISO-8601 time with offset (e.g. 2024-11-27T07:00:00+07:00)");
		}
	}

	/** Plain base64 or a data URL ({@code data:image/jpeg;base64,...}). */
	private static byte[] photo(String text) {
		if (text == null || text.isEmpty()) {
			return null;
		}
		String data = text.startsWith("data:") ? text.substring(text.indexOf(',') + 1) : text;
		try {
			return Base64.getMimeDecoder().decode(data);
		}
		catch (IllegalArgumentException ex) {
			throw malformed("photo is not base64");
		}
	}

	private static FieldReportRejected malformed(String message) {
		return new FieldReportRejected(Reason.MALFORMED, message);
	}

}
