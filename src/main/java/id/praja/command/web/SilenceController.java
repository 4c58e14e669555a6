package id.praja.command.web;

import java.time.Instant;
import java.time.OffsetDateTime;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import id.praja.command.Silences;

/**
 * The silent TPS of voting day, per Polsek, with the officers to call: a page of the
 * command center and the same as JSON for the desk and the wall display.
 */
@Controller
@Tag(name = "Command center", description = "Field reports from the TPS, TPS states and live updates")
class SilenceController {

	private final Silences silences;

	private final id.praja.personnel.PersonnelManagement personnel;

	SilenceController(Silences silences, id.praja.personnel.PersonnelManagement personnel) {
		this.silences = silences;
		this.personnel = personnel;
	}

	@GetMapping(path = "/api/v1/command/silent", produces = "application/json")
	@ResponseBody
	@PreAuthorize(FieldReportApiController.VIEWERS)
	@Operation(summary = "TPS whose expected report has not come by its time, and silent posts, in the caller's area"
			+ " (at: a moment of voting day, now by default)")
	Silences.Board board(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime at) {
		return this.silences.board((at != null) ? at.toInstant() : Instant.now());
	}

	@GetMapping("/komando/senyap")
	@PreAuthorize(FieldReportApiController.VIEWERS)
	String page(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime at,
			Model model) {
		Silences.Board board = this.silences.board((at != null) ? at.toInstant() : Instant.now());
		model.addAttribute("board", board);
		// the times the reports are due, from the settings (never written into the texts)
		model.addAttribute("due", this.silences.dueOn((board.votingDay() != null) ? board.votingDay()
				: java.time.LocalDate.ofInstant(board.at(), java.time.ZoneOffset.UTC)));
		// the Polsek by name, never by its code
		model.addAttribute("polsekNames",
				this.personnel.units()
					.stream()
					.collect(java.util.stream.Collectors.toMap(id.praja.personnel.Unit::code,
							id.praja.personnel.Unit::name, (a, b) -> a)));
		model.addAttribute("byPolsek",
				board.tps()
					.stream()
					.collect(java.util.stream.Collectors.groupingBy(t -> String.valueOf(t.polsek()),
							java.util.TreeMap::new, java.util.stream.Collectors.toList())));
		return "command/silent";
	}

}
