package id.praja.command.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Set;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.HttpHeaders;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import id.praja.command.CommandManagement;
import id.praja.command.FieldReport;
import id.praja.command.FieldReportRejected;
import id.praja.command.FieldReportRejected.Reason;
import id.praja.command.Ingested;
import id.praja.command.ReportType;
import id.praja.command.TpsState;
import id.praja.command.internal.LiveFeed;
import id.praja.shared.AccessScope;
import id.praja.shared.NotFound;
import id.praja.shared.web.ServerSentEvents;

/**
 * Field reports in and out as JSON, the state of every TPS, and the live stream.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Command center", description = "Field reports from the TPS, TPS states and live updates")
class FieldReportApiController {

	static final String POSTERS = "hasAnyRole('LAPANGAN','OPERATOR','KAPOLSEK','KAOPS','ADMIN')";

	static final String READERS = "hasAnyRole('LAPANGAN','OPERATOR','KAPOLSEK','KAOPS','ADMIN','PERENCANA','PENGAMAT','KASATGAS')";

	static final String VIEWERS = "hasAnyRole('OPERATOR','KAPOLSEK','KAOPS','ADMIN','PERENCANA','PENGAMAT','KASATGAS')";

	private final CommandManagement command;

	private final LiveFeed feed;

	private final int maxBodyBytes;

	private final ObjectWriter reportWriter;

	FieldReportApiController(CommandManagement command, LiveFeed feed, JsonMapper json,
			@Value("${praja.command.max-body-bytes:1500000}") int maxBodyBytes) {
		this.command = command;
		this.feed = feed;
		this.maxBodyBytes = maxBodyBytes;
		this.reportWriter = json.writerFor(FieldReport.class);
	}

	/**
	 * The roles that may post, checked by hand rather than by {@code @PreAuthorize}: on
	 * this hottest path the method-security interceptor and its expression cost a tenth
	 * of a report's CPU (profiled with {@code ./praja bench ingest}).
	 */
	private static final Set<String> POSTING_ROLES = Set.of("ROLE_LAPANGAN", "ROLE_OPERATOR", "ROLE_KAPOLSEK",
			"ROLE_KAOPS", "ROLE_ADMIN");

	/**
	 * Writes the answer itself, with the application's JSON mapper (the same JSON as
	 * {@code GET /field-reports/{id}}) and its length: no content negotiation, no chunked
	 * encoding, one write to the socket. On this path that is a fifth of the request's
	 * CPU (profiled with {@code ./praja bench ingest}).
	 */
	@PostMapping("/field-reports")
	@Operation(summary = "Report from a TPS (idempotent by the client's id: 201 when stored, 200 for a replay)")
	@ApiResponse(responseCode = "201", description = "stored",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = FieldReport.class)))
	@ApiResponse(responseCode = "200", description = "a replay: the report stored before",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = FieldReport.class)))
	void ingest(HttpServletRequest request, HttpServletResponse response, Authentication user) throws IOException {
		if (user == null || user.getAuthorities().stream().noneMatch(a -> POSTING_ROLES.contains(a.getAuthority()))) {
			throw new AccessDeniedException("Your role may not post field reports");
		}
		String contentType = request.getContentType();
		if (contentType == null
				|| !MediaType.parseMediaType(contentType).isCompatibleWith(MediaType.APPLICATION_JSON)) {
			throw new UnsupportedType();
		}
		if (request.getContentLengthLong() > this.maxBodyBytes) {
			throw tooLarge();
		}
		byte[] body;
		try (InputStream in = request.getInputStream()) {
			body = in.readNBytes(this.maxBodyBytes + 1);
		}
		if (body.length > this.maxBodyBytes) {
			throw tooLarge();
		}
		Ingested ingested = this.command.ingest(FieldReportJson.parse(body), user.getName());
		FieldReport report = ingested.report();
		byte[] json = this.reportWriter.writeValueAsBytes(report);
		if (ingested.created()) {
			response.setStatus(HttpServletResponse.SC_CREATED);
			response.setHeader(HttpHeaders.LOCATION, "/api/v1/field-reports/" + report.id());
		}
		else {
			response.setStatus(HttpServletResponse.SC_OK);
		}
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setContentLength(json.length);
		response.getOutputStream().write(json);
	}

	@GetMapping("/field-reports/{id}")
	@PreAuthorize(READERS)
	@Operation(summary = "One field report")
	FieldReport report(@PathVariable String id) {
		return this.command.report(uuid(id)).orElseThrow(() -> new NotFound("No field report " + id));
	}

	@GetMapping("/field-reports/{id}/photo")
	@PreAuthorize(READERS)
	@Operation(summary = "The photo of an incident report")
	ResponseEntity<byte[]> photo(@PathVariable String id) {
		byte[] photo = this.command.photo(uuid(id));
		MediaType type = ((photo[0] & 0xff) == 0xff) ? MediaType.IMAGE_JPEG
				: (photo[0] == 'R') ? MediaType.parseMediaType("image/webp") : MediaType.IMAGE_PNG;
		return ResponseEntity.ok().contentType(type).body(photo);
	}

	@GetMapping("/field-reports")
	@PreAuthorize(READERS)
	@Operation(summary = "Latest field reports (of one TPS, of one type), latest received first")
	List<FieldReport> reports(@RequestParam(required = false) String tps, @RequestParam(required = false) String type,
			@RequestParam(defaultValue = "200") int limit) {
		ReportType reportType = null;
		if (type != null && !type.isBlank()) {
			try {
				reportType = ReportType.valueOf(type);
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException("type must be one of " + List.of(ReportType.values()));
			}
		}
		return this.command.reports(tps, reportType, limit);
	}

	@GetMapping("/command/hourly")
	@PreAuthorize(VIEWERS)
	@Operation(summary = "Per hour of a day (WIB): TPS opened, TPS finished, incidents, in the caller's area")
	List<id.praja.command.HourCounts> hourly(@RequestParam(required = false) java.time.LocalDate day) {
		return this.command.hourly((day != null) ? day : java.time.LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")));
	}

	@GetMapping("/command/tps-status")
	@PreAuthorize(VIEWERS)
	@Operation(summary = "The current state of every TPS that reported")
	List<TpsState> states() {
		return this.command.states();
	}

	@GetMapping(path = "/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	@PreAuthorize(VIEWERS)
	@Operation(summary = "Server-sent events: 'reports' (a JSON array of committed reports, from any node) and"
			+ " 'resync' (reload the state)")
	SseEmitter live() {
		AccessScope scope = this.command.scope();
		return ServerSentEvents.open(Duration.ofMinutes(30), stream -> {
			this.feed.add(stream, scope::coversKecamatan);
			stream.send("hello", "{}");
		});
	}

	private static UUID uuid(String id) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			throw new NotFound("No field report " + id);
		}
	}

	private FieldReportRejected tooLarge() {
		return new FieldReportRejected(Reason.TOO_LARGE, "the body is larger than " + this.maxBodyBytes + " bytes");
	}

	@ExceptionHandler(FieldReportRejected.class)
	ResponseEntity<ProblemDetail> rejected(FieldReportRejected ex) {
		HttpStatus status = HttpStatus.valueOf(ex.reason().httpStatus());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, ex.getMessage());
		problem.setProperty("reason", ex.reason().name());
		ResponseEntity.BodyBuilder answer = ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		if (ex.reason() == Reason.BUSY) {
			answer.header(HttpHeaders.RETRY_AFTER, "2");
		}
		return answer.body(problem);
	}

	@ExceptionHandler(UnsupportedType.class)
	ResponseEntity<ProblemDetail> unsupported() {
		return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(ProblemDetail.forStatusAndDetail(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
					"send the report as application/json"));
	}

	/** A body that is not JSON. */
	static final class UnsupportedType extends RuntimeException {

	}

}
