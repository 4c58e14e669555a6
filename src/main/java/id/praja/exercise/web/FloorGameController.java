package id.praja.exercise.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.praja.command.IncidentType;
import id.praja.command.Severity;
import id.praja.command.UnitStatus;
import id.praja.exercise.floorgame.EventKind;
import id.praja.exercise.floorgame.FloorGameView;
import id.praja.exercise.floorgame.FloorGames;
import id.praja.exercise.floorgame.GameState;
import id.praja.shared.CurrentUser;

/**
 * Floor game pages: the list of sessions with a form to create one, the game page
 * (facilitator and players on the same page; what each may do is decided by role), the
 * replay of a recorded game and its after-action report.
 */
@Controller
@PreAuthorize(FloorGameApiController.VIEWERS)
class FloorGameController {

	private final FloorGames games;

	FloorGameController(FloorGames games) {
		this.games = games;
	}

	@GetMapping("/latihan/tfg")
	String sessions(Model model) {
		model.addAttribute("sessions", this.games.sessions());
		return "exercise/floorgames";
	}

	@PostMapping("/latihan/tfg")
	@PreAuthorize(FloorGameApiController.FACILITATORS)
	String create(@RequestParam(required = false) String name, @RequestParam(required = false) String start,
			RedirectAttributes redirect) {
		try {
			return "redirect:/latihan/tfg/" + this.games.create(name, start);
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
			return "redirect:/latihan/tfg";
		}
	}

	@GetMapping("/latihan/tfg/{id}")
	String game(@PathVariable long id, Model model) {
		model.addAttribute("game", this.games.view(id));
		model.addAttribute("facilitator", CurrentUser.hasRole("ADMIN", "KAOPS", "PERENCANA"));
		model.addAttribute("player", CurrentUser.hasRole("ADMIN", "KAOPS", "PERENCANA", "KAPOLSEK", "KASATGAS"));
		page(model);
		return "exercise/floorgame";
	}

	@GetMapping("/latihan/tfg/{id}/replay")
	String replay(@PathVariable long id, Model model) {
		model.addAttribute("game", this.games.view(id));
		page(model);
		return "exercise/floorgame-replay";
	}

	private void page(Model model) {
		model.addAttribute("types", this.games.types());
		model.addAttribute("severities", Severity.values());
		model.addAttribute("i18nKeys", I18N_KEYS);
	}

	/** Texts the page's script needs, handed over as data attributes. */
	private static final List<String> I18N_KEYS = i18nKeys();

	private static List<String> i18nKeys() {
		List<String> keys = new ArrayList<>();
		for (GameState s : GameState.values()) {
			keys.add("fg.state." + s);
		}
		for (EventKind k : EventKind.values()) {
			keys.add("fg.ev." + k);
		}
		// one vocabulary with the command desk: its names of types, severities, unit
		// states
		for (IncidentType t : IncidentType.values()) {
			keys.add("command.incident." + t);
		}
		for (Severity s : Severity.values()) {
			keys.add("command.severity." + s);
		}
		for (String s : List.of("REPORTED", "DISPATCHED", "ON_SCENE", "RESOLVED")) {
			keys.add("fg.incident." + s);
		}
		for (UnitStatus s : UnitStatus.values()) {
			keys.add("incident.unitStatus." + s);
		}
		keys.addAll(List.of("fg.recommended", "fg.dispatch", "fg.remove", "fg.fired", "fg.pending", "fg.failed",
				"fg.saved", "fg.noUnit", "fg.minutes"));
		return List.copyOf(keys);
	}

	@GetMapping("/latihan/tfg/{id}/aar.pdf")
	void report(@PathVariable long id, HttpServletResponse response) throws IOException {
		FloorGameView game = this.games.view(id);
		response.setContentType("application/pdf");
		response.setHeader("Content-Disposition",
				"attachment; filename=\"laporan-pasca-latihan-" + game.id() + ".pdf\"");
		this.games.writeReport(id, response.getOutputStream());
	}

}
