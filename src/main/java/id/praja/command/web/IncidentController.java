package id.praja.command.web;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.praja.command.CommandManagement;
import id.praja.command.GakkumduManagement;
import id.praja.command.ReportConflict;
import id.praja.command.Incident;
import id.praja.command.IncidentDetail;
import id.praja.command.IncidentManagement;
import id.praja.personnel.Unit;
import id.praja.territory.Tps;
import id.praja.command.IncidentManagement.Action;
import id.praja.command.IncidentManagement.ActionRequest;
import id.praja.command.IncidentRejected;
import id.praja.command.IncidentStatus;
import id.praja.command.IncidentType;
import id.praja.command.ReferralTarget;
import id.praja.command.Severity;
import id.praja.command.UnitStatus;

/**
 * The incident pages of the command center ({@code /komando/insiden}: list, detail with
 * timeline, claim, transitions, dispatch recommendations; the unit board) and the Sentra
 * Gakkumdu page ({@code /komando/gakkumdu}). Forms post and come back with a message.
 */
@Controller
class IncidentController {

	private final IncidentManagement incidents;

	private final GakkumduManagement gakkumdu;

	private final MessageSource messages;

	private final id.praja.territory.TerritoryManagement territory;

	private final id.praja.personnel.PersonnelManagement personnel;

	private final CommandManagement command;

	IncidentController(IncidentManagement incidents, GakkumduManagement gakkumdu, MessageSource messages,
			id.praja.territory.TerritoryManagement territory, id.praja.personnel.PersonnelManagement personnel,
			CommandManagement command) {
		this.command = command;
		this.incidents = incidents;
		this.gakkumdu = gakkumdu;
		this.messages = messages;
		this.territory = territory;
		this.personnel = personnel;
	}

	@GetMapping("/komando/insiden")
	@PreAuthorize(IncidentApiController.READERS)
	String list(@RequestParam(defaultValue = "true") boolean open,
			@RequestParam(required = false) IncidentStatus status, @RequestParam(required = false) Severity severity,
			@RequestParam(defaultValue = "false") boolean mine, Authentication user, Model model) {
		model.addAttribute("incidents",
				this.incidents.incidents(open, status, severity, mine ? user.getName() : null, 500));
		model.addAttribute("units", this.incidents.units());
		model.addAttribute("plan", this.incidents.planInForce());
		model.addAttribute("conflicts", this.command.conflicts(true));
		model.addAttribute("open", open);
		model.addAttribute("status", status);
		model.addAttribute("severity", severity);
		model.addAttribute("mine", mine);
		enums(model);
		return "command/incidents";
	}

	@PostMapping("/komando/insiden")
	@PreAuthorize(IncidentApiController.ACTORS)
	String create(@RequestParam String tps, @RequestParam IncidentType type, @RequestParam Severity severity,
			@RequestParam String title, RedirectAttributes redirect) {
		try {
			Incident incident = this.incidents.create(tps.strip(), type, severity, title);
			redirect.addFlashAttribute("done", msg("incident.created", incident.id()));
			return "redirect:/komando/insiden/" + incident.id();
		}
		catch (IncidentRejected | IllegalArgumentException ex) {
			redirect.addFlashAttribute("problem", problem(ex));
			return "redirect:/komando/insiden";
		}
	}

	@GetMapping("/komando/insiden/{id}")
	@PreAuthorize(IncidentApiController.READERS)
	String detail(@PathVariable long id, Authentication user, Model model) {
		IncidentDetail detail = this.incidents.detail(id);
		model.addAttribute("d", detail);
		model.addAttribute("i", detail.incident());
		model.addAttribute("mine", user.getName().equals(detail.incident().owner()));
		model.addAttribute("options",
				detail.incident().status().closed() ? java.util.List.of() : this.incidents.recommend(id));
		model.addAttribute("next", detail.incident().status().next());
		// a unit may be sent while the incident is open and not referred: sending one
		// to a REPORTED incident verifies it in the same step
		model.addAttribute("dispatchable", IncidentManagement.DISPATCHABLE.contains(detail.incident().status()));
		Tps place = this.territory.tps(detail.incident().tps()).orElse(null);
		model.addAttribute("place", place);
		model.addAttribute("polsekName",
				(place == null) ? "–"
						: java.util.Optional.ofNullable(this.personnel.polsekAreas().get(place.kecamatanCode()))
							.flatMap(this.personnel::unit)
							.map(Unit::name)
							.orElse("–"));
		enums(model);
		return "command/incident";
	}

	@PostMapping("/komando/insiden/{id}")
	@PreAuthorize(IncidentApiController.ACTORS)
	String act(@PathVariable long id, @RequestParam Action action, @RequestParam(required = false) Integer version,
			@RequestParam(required = false) IncidentStatus to, @RequestParam(required = false) String referredTo,
			@RequestParam(required = false) Severity severity, @RequestParam(required = false) String unit,
			@RequestParam(required = false) Long original, @RequestParam(required = false) String report,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		try {
			ReferralTarget referral = (referredTo != null && !referredTo.isBlank()) ? ReferralTarget.valueOf(referredTo)
					: null;
			UUID reportId = null;
			if (report != null && !report.isBlank()) {
				try {
					reportId = UUID.fromString(report.strip());
				}
				catch (IllegalArgumentException ex) {
					throw new IllegalArgumentException("report '" + report + "' is not a field report id");
				}
			}
			this.incidents.act(id,
					new ActionRequest(action, version, to, (to == IncidentStatus.REFERRED) ? referral : null, severity,
							blank(unit), original, reportId, blank(note)));
			redirect.addFlashAttribute("done", msg("incident.done." + action));
		}
		catch (IncidentRejected | IllegalArgumentException ex) {
			redirect.addFlashAttribute("problem", problem(ex));
		}
		return "redirect:/komando/insiden/" + id;
	}

	/**
	 * The desk decides which of two conflicting reports of a TPS holds (see
	 * {@link ReportConflict}).
	 */
	@PostMapping("/komando/laporan-bertentangan/{id}")
	@PreAuthorize(IncidentApiController.ACTORS)
	String decideConflict(@PathVariable long id, @RequestParam ReportConflict.Decision decision, Authentication user,
			RedirectAttributes redirect) {
		try {
			ReportConflict c = this.command.decide(id, decision, user.getName());
			redirect.addFlashAttribute("done", msg("conflict.decided." + decision, c.tps(), msg("command.status."
					+ ((decision == ReportConflict.Decision.REPORTED) ? c.reportedStatus() : c.currentStatus()))));
		}
		catch (id.praja.shared.Conflict ex) {
			redirect.addFlashAttribute("problem", msg("conflict.alreadyDecided"));
		}
		return "redirect:/komando/insiden#conflicts";
	}

	@PostMapping("/komando/insiden/{id}/ambil-alih")
	@PreAuthorize(IncidentApiController.COMMANDERS)
	String takeOver(@PathVariable long id, @RequestParam(required = false) Integer version,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		try {
			this.incidents.takeOver(id, version, blank(note));
			redirect.addFlashAttribute("done", msg("incident.done.TAKEOVER"));
		}
		catch (IncidentRejected | IllegalArgumentException ex) {
			redirect.addFlashAttribute("problem", problem(ex));
		}
		return "redirect:/komando/insiden/" + id;
	}

	@PostMapping("/komando/unit-status")
	@PreAuthorize(IncidentApiController.ACTORS)
	String unitStatus(@RequestParam String unit, @RequestParam UnitStatus status,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		try {
			this.incidents.setUnitStatus(unit, status, blank(note));
			redirect.addFlashAttribute("done", msg("incident.unitChanged", unit));
		}
		catch (IncidentRejected | IllegalArgumentException ex) {
			redirect.addFlashAttribute("problem", problem(ex));
		}
		return "redirect:/komando/insiden#units";
	}

	@GetMapping("/komando/gakkumdu")
	@PreAuthorize(IncidentApiController.READERS)
	String cases(@RequestParam(required = false) LocalDate on, Model model) {
		LocalDate day = (on != null) ? on : GakkumduManagement.today();
		model.addAttribute("cases", this.gakkumdu.cases(day));
		model.addAttribute("on", day);
		model.addAttribute("holidays", this.gakkumdu.holidays());
		model.addAttribute("steps", GakkumduManagement.Step.values());
		return "command/gakkumdu";
	}

	@PostMapping("/komando/gakkumdu")
	@PreAuthorize(IncidentApiController.ACTORS)
	String createCase(@RequestParam(required = false) String tps, @RequestParam String title,
			@RequestParam(required = false) String offence, @RequestParam LocalDate discoveredOn,
			@RequestParam(required = false) LocalDate reportedOn, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		try {
			var c = this.gakkumdu.create(blank(tps), title, offence, discoveredOn, reportedOn, note);
			redirect.addFlashAttribute("done", msg("gakkumdu.created", c.id()));
		}
		catch (IncidentRejected | IllegalArgumentException ex) {
			redirect.addFlashAttribute("problem", problem(ex));
		}
		return "redirect:/komando/gakkumdu";
	}

	@PostMapping("/komando/gakkumdu/{id}")
	@PreAuthorize(IncidentApiController.ACTORS)
	String step(@PathVariable long id, @RequestParam Integer version, @RequestParam GakkumduManagement.Step step,
			@RequestParam LocalDate on, @RequestParam(required = false) String note, RedirectAttributes redirect) {
		try {
			this.gakkumdu.advance(id, version, step, on, blank(note));
			redirect.addFlashAttribute("done", msg("gakkumdu.stepped", id));
		}
		catch (IncidentRejected | IllegalArgumentException ex) {
			redirect.addFlashAttribute("problem", problem(ex));
		}
		return "redirect:/komando/gakkumdu";
	}

	private void enums(Model model) {
		model.addAttribute("statuses", IncidentStatus.values());
		model.addAttribute("severities", Severity.values());
		model.addAttribute("types", IncidentType.values());
		model.addAttribute("referrals", ReferralTarget.values());
		model.addAttribute("unitStatuses", UnitStatus.values());
	}

	private String problem(RuntimeException ex) {
		String reason = (ex instanceof IncidentRejected r) ? r.reason().name() : "INVALID";
		return msg("incident.error." + reason) + " " + ex.getMessage();
	}

	private String msg(String key, Object... args) {
		return this.messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

	private static String blank(String s) {
		return (s == null || s.isBlank()) ? null : s.strip();
	}

}
