package id.praja.operation.web;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.praja.operation.Activity;
import id.praja.operation.AgendaItem;
import id.praja.operation.NewActivity;
import id.praja.operation.NewSprin;
import id.praja.operation.OperationManagement;
import id.praja.operation.SprinOrder;
import id.praja.operation.TaskForce;

/** The operation's JSON API. */
@RestController
@RequestMapping("/api/v1/operation")
class OperationApiController {

	private final OperationManagement operation;

	OperationApiController(OperationManagement operation) {
		this.operation = operation;
	}

	@GetMapping
	Map<String, Object> operation() {
		return Map.of("operation", this.operation.operation(), "agenda", this.operation.agenda());
	}

	record Reschedule(LocalDateTime startsAt, LocalDateTime endsAt) {
	}

	@PutMapping("/agenda/{id}")
	@PreAuthorize(OperationController.WRITERS)
	AgendaItem reschedule(@PathVariable long id, @RequestBody Reschedule body) {
		return this.operation.reschedule(id, body.startsAt(), body.endsAt());
	}

	@GetMapping("/task-forces")
	@PreAuthorize(OperationController.READERS)
	List<TaskForce> taskForces() {
		return this.operation.taskForces();
	}

	@GetMapping("/activities")
	List<Activity> activities(@RequestParam(required = false) String taskForce,
			@RequestParam(defaultValue = "100") int limit) {
		return this.operation.activities(taskForce, limit);
	}

	@PostMapping("/task-forces/{code}/activities")
	@PreAuthorize(OperationController.RECORDERS)
	Activity record(@PathVariable String code, @RequestBody NewActivity body) {
		return this.operation.recordActivity(code, body);
	}

	@GetMapping("/sprin")
	@PreAuthorize(OperationController.READERS)
	List<SprinOrder> sprins() {
		return this.operation.sprins();
	}

	@PostMapping("/sprin")
	@PreAuthorize(OperationController.WRITERS)
	SprinOrder issue(@RequestBody NewSprin body) {
		return this.operation.issueSprin(body);
	}

}
