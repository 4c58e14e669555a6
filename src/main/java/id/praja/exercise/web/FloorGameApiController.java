package id.praja.exercise.web;

import java.time.Duration;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import id.praja.exercise.floorgame.FloorGameSession;
import id.praja.exercise.floorgame.FloorGameView;
import id.praja.exercise.floorgame.FloorGames;
import id.praja.exercise.floorgame.NewInject;
import id.praja.shared.web.ServerSentEvents;

/**
 * The floor game API (exercise data). The facilitator (Kapolres, Kabag Ops, admin) writes
 * injects and runs the clock; players (additionally Kapolsek and Kasatgas) dispatch
 * units; the Polda observer watches. Every command answers the game as it is then.
 */
@RestController
@RequestMapping("/api/v1/exercise/floor-games")
@PreAuthorize(FloorGameApiController.VIEWERS)
class FloorGameApiController {

	static final String FACILITATORS = "hasAnyRole('ADMIN', 'KAOPS', 'PERENCANA')";

	static final String PLAYERS = "hasAnyRole('ADMIN', 'KAOPS', 'PERENCANA', 'KAPOLSEK', 'KASATGAS')";

	static final String VIEWERS = "hasAnyRole('ADMIN', 'KAOPS', 'PERENCANA', 'KAPOLSEK', 'KASATGAS', 'PENGAMAT')";

	/**
	 * A new session: its name and the game time it starts ({@code HH:mm}, voting day).
	 */
	record NewSession(String name, String start) {
	}

	/** A dispatch: the incident (its inject's id) and the unit's code. */
	record Dispatch(Long incident, String unit) {
	}

	/** A text: a note, the lessons. */
	record Text(String text) {
	}

	/** The clock's speed: 1, 10 or 60. */
	record Speed(Integer speed) {
	}

	private final FloorGames games;

	FloorGameApiController(FloorGames games) {
		this.games = games;
	}

	@GetMapping
	List<FloorGameSession> sessions() {
		return this.games.sessions();
	}

	@PostMapping
	@PreAuthorize(FACILITATORS)
	FloorGameView create(@RequestBody NewSession session) {
		return this.games.view(this.games.create(session.name(), session.start()));
	}

	@GetMapping("/{id}")
	FloorGameView game(@PathVariable long id) {
		return this.games.view(id);
	}

	@GetMapping(path = "/{id}/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	SseEmitter stream(@PathVariable long id) {
		return ServerSentEvents.open(Duration.ofMinutes(30), stream -> this.games.watch(id, stream));
	}

	@PostMapping("/{id}/injects")
	@PreAuthorize(FACILITATORS)
	FloorGameView addInject(@PathVariable long id, @RequestBody NewInject inject) {
		return this.games.addInject(id, inject);
	}

	@DeleteMapping("/{id}/injects/{inject}")
	@PreAuthorize(FACILITATORS)
	FloorGameView removeInject(@PathVariable long id, @PathVariable long inject) {
		return this.games.removeInject(id, inject);
	}

	@PostMapping("/{id}/start")
	@PreAuthorize(FACILITATORS)
	FloorGameView start(@PathVariable long id) {
		return this.games.start(id);
	}

	@PostMapping("/{id}/pause")
	@PreAuthorize(FACILITATORS)
	FloorGameView pause(@PathVariable long id) {
		return this.games.pause(id);
	}

	@PostMapping("/{id}/speed")
	@PreAuthorize(FACILITATORS)
	FloorGameView speed(@PathVariable long id, @RequestBody Speed speed) {
		if (speed.speed() == null) {
			throw new IllegalArgumentException("speed must be 1, 10 or 60");
		}
		return this.games.speed(id, speed.speed());
	}

	@PostMapping("/{id}/end")
	@PreAuthorize(FACILITATORS)
	FloorGameView end(@PathVariable long id) {
		return this.games.end(id);
	}

	@PostMapping("/{id}/dispatches")
	@PreAuthorize(PLAYERS)
	FloorGameView dispatch(@PathVariable long id, @RequestBody Dispatch dispatch) {
		return this.games.dispatch(id, dispatch.incident(), dispatch.unit());
	}

	@PostMapping("/{id}/notes")
	@PreAuthorize(PLAYERS)
	FloorGameView note(@PathVariable long id, @RequestBody Text note) {
		return this.games.note(id, note.text());
	}

	@PutMapping("/{id}/lessons")
	@PreAuthorize(FACILITATORS)
	FloorGameView lessons(@PathVariable long id, @RequestBody Text lessons) {
		return this.games.lessons(id, lessons.text());
	}

}
