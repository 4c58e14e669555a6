package id.praja.command.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.praja.command.DispatchOption;
import id.praja.command.DispatchUnit;
import id.praja.command.GakkumduCase;
import id.praja.command.GakkumduManagement;
import id.praja.command.Incident;
import id.praja.command.IncidentDetail;
import id.praja.command.IncidentManagement;
import id.praja.command.IncidentRejected;
import id.praja.command.IncidentStatus;
import id.praja.command.IncidentType;
import id.praja.command.Severity;
import id.praja.command.UnitStatus;

/**
 * Incidents, the unit status board, dispatch recommendations and Sentra Gakkumdu cases as
 * JSON.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Incidents", description = "Incident lifecycle, ownership, dispatch, Sentra Gakkumdu cases")
class IncidentApiController {

	/** Who acts on incidents and cases. */
	static final String ACTORS = "hasAnyRole('OPERATOR','KAPOLSEK','KAOPS','PERENCANA','ADMIN')";

	/** Who reads them. */
	static final String READERS = "hasAnyRole('OPERATOR','KAPOLSEK','KAOPS','PERENCANA','ADMIN','PENGAMAT','KASATGAS')";

	/** Who takes an incident over from its owner. */
	static final String COMMANDERS = "hasAnyRole('KAOPS','ADMIN')";

	private final IncidentManagement incidents;

	private final GakkumduManagement gakkumdu;

	private final id.praja.command.CommandManagement command;

	IncidentApiController(IncidentManagement incidents, GakkumduManagement gakkumdu,
			id.praja.command.CommandManagement command) {
		this.command = command;
		this.incidents = incidents;
		this.gakkumdu = gakkumdu;
	}

	/** A new incident. */
	record NewIncident(String tps, IncidentType type, Severity severity, String title) {
	}

	/** A takeover. */
	record Takeover(Integer version, String note) {
	}

	/** A manual unit status change. */
	record UnitChange(UnitStatus status, String note) {
	}

	/** A new Gakkumdu case. */
	record NewCase(String tps, String title, String offence, LocalDate discoveredOn, LocalDate reportedOn,
			String note) {
	}

	/** The next step of a case. */
	record CaseStep(Integer version, GakkumduManagement.Step step, LocalDate on, String note) {
	}

	@GetMapping("/incidents")
	@PreAuthorize(READERS)
	@Operation(summary = "Incidents (open only by default), most severe and latest first")
	List<Incident> list(@RequestParam(defaultValue = "true") boolean open,
			@RequestParam(required = false) IncidentStatus status, @RequestParam(required = false) Severity severity,
			@RequestParam(required = false) String owner, @RequestParam(defaultValue = "200") int limit) {
		return this.incidents.incidents(open, status, severity, blankToNull(owner), limit);
	}

	@PostMapping("/incidents")
	@PreAuthorize(ACTORS)
	@Operation(summary = "Open an incident by hand")
	ResponseEntity<Incident> create(@RequestBody NewIncident body) {
		Incident incident = this.incidents.create(body.tps(), body.type(), body.severity(), body.title());
		return ResponseEntity.created(URI.create("/api/v1/incidents/" + incident.id())).body(incident);
	}

	@GetMapping("/incidents/{id}")
	@PreAuthorize(READERS)
	@Operation(summary = "An incident with its timeline, field reports, units and duplicates")
	IncidentDetail detail(@PathVariable long id) {
		return this.incidents.detail(id);
	}

	@PostMapping("/incidents/{id}/actions")
	@PreAuthorize(ACTORS)
	@Operation(summary = "Act on an incident: CLAIM, RELEASE, TRANSITION, SEVERITY, DISPATCH, RELEASE_UNIT, DUPLICATE,"
			+ " LINK_REPORT, NOTE; send the version you saw (409 when it changed meanwhile or another operator owns it,"
			+ " 422 when the action is not allowed in its status)")
	Incident act(@PathVariable long id, @RequestBody IncidentManagement.ActionRequest body) {
		return this.incidents.act(id, body);
	}

	@PostMapping("/incidents/{id}/takeover")
	@PreAuthorize(COMMANDERS)
	@Operation(summary = "Take an incident over from its owner (KAOPS, ADMIN); logged")
	Incident takeOver(@PathVariable long id, @RequestBody(required = false) Takeover body) {
		return this.incidents.takeOver(id, (body != null) ? body.version() : null, (body != null) ? body.note() : null);
	}

	@GetMapping("/incidents/{id}/dispatch-options")
	@PreAuthorize(READERS)
	@Operation(summary = "Available units ranked by arrival time at the incident, with the cost of sending each")
	List<DispatchOption> options(@PathVariable long id) {
		return this.incidents.recommend(id);
	}

	/** The desk's decision on two conflicting reports. */
	record ConflictDecision(id.praja.command.ReportConflict.Decision decision) {
	}

	@GetMapping("/command/conflicts")
	@PreAuthorize(READERS)
	@Operation(summary = "Conflicting reports of one TPS (a status that would go backwards) beside the report in force")
	List<id.praja.command.ReportConflict> conflicts(@RequestParam(defaultValue = "true") boolean open) {
		return this.command.conflicts(open);
	}

	@PostMapping("/command/conflicts/{id}")
	@PreAuthorize(ACTORS)
	@Operation(summary = "Decide which of two conflicting reports holds: CURRENT (the report in force) or REPORTED "
			+ "(the TPS takes the refused report's status); 409 when decided already")
	id.praja.command.ReportConflict decide(@PathVariable long id, @RequestBody ConflictDecision body,
			java.security.Principal user) {
		return this.command.decide(id, (body != null) ? body.decision() : null, user.getName());
	}

	@GetMapping("/command/units")
	@PreAuthorize(READERS)
	@Operation(summary = "The unit status board: reserve teams and posts of the plan in force")
	Map<String, Object> units() {
		return Map.of("plan", this.incidents.planInForce(), "units", this.incidents.units());
	}

	@PostMapping("/command/units/{unit}/status")
	@PreAuthorize(ACTORS)
	@Operation(summary = "Change a unit's status by hand (AVAILABLE, OUT_OF_SERVICE, ON_SCENE)")
	DispatchUnit unitStatus(@PathVariable String unit, @RequestBody UnitChange body) {
		return this.incidents.setUnitStatus(unit, body.status(), body.note());
	}

	@GetMapping("/gakkumdu/cases")
	@PreAuthorize(READERS)
	@Operation(summary = "Sentra Gakkumdu cases with their statutory clocks, judged on a day (today by default)")
	List<GakkumduCase> cases(@RequestParam(required = false) LocalDate on) {
		return this.gakkumdu.cases((on != null) ? on : GakkumduManagement.today());
	}

	@PostMapping("/gakkumdu/cases")
	@PreAuthorize(ACTORS)
	@Operation(summary = "Enter a Sentra Gakkumdu case by hand")
	ResponseEntity<GakkumduCase> createCase(@RequestBody NewCase body) {
		GakkumduCase c = this.gakkumdu.create(body.tps(), body.title(), body.offence(), body.discoveredOn(),
				body.reportedOn(), body.note());
		return ResponseEntity.created(URI.create("/api/v1/gakkumdu/cases/" + c.id())).body(c);
	}

	@GetMapping("/gakkumdu/cases/{id}")
	@PreAuthorize(READERS)
	@Operation(summary = "One Sentra Gakkumdu case, judged on a day (today by default)")
	GakkumduCase getCase(@PathVariable long id, @RequestParam(required = false) LocalDate on) {
		return this.gakkumdu.get(id, (on != null) ? on : GakkumduManagement.today());
	}

	@PostMapping("/gakkumdu/cases/{id}/steps")
	@PreAuthorize(ACTORS)
	@Operation(summary = "Record the next step of a case (REPORTED, TO_PROSECUTOR, TO_COURT, DECIDED or STOPPED)")
	GakkumduCase step(@PathVariable long id, @RequestBody CaseStep body) {
		return this.gakkumdu.advance(id, body.version(), body.step(), body.on(), body.note());
	}

	@ExceptionHandler(IncidentRejected.class)
	ResponseEntity<ProblemDetail> rejected(IncidentRejected ex) {
		HttpStatus status = HttpStatus.valueOf(ex.httpStatus());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, ex.getMessage());
		problem.setProperty("reason", ex.reason().name());
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static String blankToNull(String s) {
		return (s == null || s.isBlank()) ? null : s;
	}

}
