package id.praja.shell.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import id.praja.command.CommandManagement;
import id.praja.command.Incident;
import id.praja.command.IncidentManagement;
import id.praja.command.Severity;
import id.praja.deployment.DeploymentPlans;
import id.praja.deployment.PlanVersion;
import id.praja.operation.Activity;
import id.praja.operation.AgendaItem;
import id.praja.operation.OperationManagement;
import id.praja.operation.TaskForce;
import id.praja.personnel.PersonnelManagement;
import id.praja.personnel.Unit;
import id.praja.press.PressDesk;
import id.praja.press.ReleaseStatus;
import id.praja.security.Role;
import id.praja.security.ScopeAuthorities;
import id.praja.shared.CurrentUser;
import id.praja.shared.NotFound;
import id.praja.territory.TerritoryManagement;

/**
 * The start page is the user's day: the operation's stages today and next, the state of
 * the deployment plan, the open incidents and the tasks of his role (the Kapolsek's
 * sector, the Kasatgas' task force, the desk's unclaimed incidents and conflicting
 * reports, the Humas drafts ...), each a link to where the work is done. A field officer
 * goes straight to the field app.
 */
@Controller
class HomeController {

	/** Roles that read the incident desk (in their area). */
	private static final Set<Role> INCIDENT_READERS = Set.of(Role.OPERATOR, Role.KAPOLSEK, Role.KAOPS, Role.PERENCANA,
			Role.ADMIN, Role.PENGAMAT, Role.KASATGAS);

	/**
	 * Roles that open the plan pages; the Kasatgas and the Polda viewer its published
	 * versions only.
	 */
	private static final Set<Role> PLAN_READERS = Set.of(Role.ADMIN, Role.KAOPS, Role.PERENCANA, Role.KASATGAS,
			Role.PENGAMAT);

	private static final Set<Role> DRAFT_READERS = Set.of(Role.ADMIN, Role.KAOPS, Role.PERENCANA);

	/** A thing to do today: a message (with its arguments) that links to the page. */
	record Task(String key, List<Object> args, String href) {

		static Task of(String key, String href, Object... args) {
			return new Task(key, List.of(args), href);
		}

	}

	private final TerritoryManagement territory;

	private final OperationManagement operation;

	private final DeploymentPlans plans;

	private final IncidentManagement incidents;

	private final CommandManagement command;

	private final PressDesk press;

	private final FormatHelper fmt;

	private final PersonnelManagement personnel;

	HomeController(TerritoryManagement territory, OperationManagement operation, DeploymentPlans plans,
			IncidentManagement incidents, CommandManagement command, PressDesk press, FormatHelper fmt,
			PersonnelManagement personnel) {
		this.personnel = personnel;
		this.territory = territory;
		this.operation = operation;
		this.plans = plans;
		this.incidents = incidents;
		this.command = command;
		this.press = press;
		this.fmt = fmt;
	}

	@GetMapping("/")
	String home(Model model, Authentication user) {
		Role role = Role.current().orElse(null);
		// a field officer's day is the field app: he lands there after login
		if (role == Role.LAPANGAN) {
			return "redirect:/lapangan";
		}
		model.addAttribute("summary", this.territory.summary());
		model.addAttribute("role", (role != null) ? role.name() : "");
		agenda(model);
		List<Task> tasks = new ArrayList<>();
		if (role != null && role != Role.HUMAS) {
			plan(model, role, tasks);
		}
		if (role != null && INCIDENT_READERS.contains(role)) {
			openIncidents(model, role, tasks);
		}
		if (role != null) {
			tasks(model, role, tasks);
		}
		model.addAttribute("tasks", tasks);
		return "home";
	}

	/** Today's stages and the next ones; when the operation is over, its last ones. */
	private void agenda(Model model) {
		LocalDateTime now = LocalDateTime.now(this.fmt.current().zone());
		LocalDate today = now.toLocalDate();
		List<AgendaItem> all = this.operation.agenda();
		List<AgendaItem> todays = all.stream()
			.filter(a -> a.startsAt().toLocalDate().equals(today) || (a.endsAt() != null
					&& !a.startsAt().toLocalDate().isAfter(today) && !a.endsAt().toLocalDate().isBefore(today)))
			.toList();
		List<AgendaItem> next = all.stream().filter(a -> a.startsAt().isAfter(now)).limit(4).toList();
		model.addAttribute("op", this.operation.operation());
		model.addAttribute("today", today);
		model.addAttribute("agendaToday", todays);
		model.addAttribute("agendaNext", next);
		model.addAttribute("agendaPast", (todays.isEmpty() && next.isEmpty())
				? all.subList(Math.max(0, all.size() - 3), all.size()) : List.of());
	}

	/** The plan in force and the draft being worked on. */
	private void plan(Model model, Role role, List<Task> tasks) {
		List<PlanVersion> versions = this.plans.versions();
		Optional<PlanVersion> published = versions.stream().filter(PlanVersion::published).findFirst();
		Optional<PlanVersion> draft = DRAFT_READERS.contains(role)
				? versions.stream().filter(v -> !v.published()).findFirst() : Optional.empty();
		model.addAttribute("planPublished", published.orElse(null));
		model.addAttribute("planDraft", draft.orElse(null));
		model.addAttribute("planState", published.isPresent() ? "published" : draft.isPresent() ? "draft" : "none");
		model.addAttribute("planLink", PLAN_READERS.contains(role));
		if (role == Role.KAOPS && draft.isPresent()) {
			tasks.add(Task.of("home.task.publishDraft", "/rencana/" + draft.get().id(), draft.get().version()));
		}
		if (role == Role.PERENCANA) {
			if (draft.isPresent()) {
				tasks.add(Task.of("home.task.continueDraft", "/rencana/" + draft.get().id(), draft.get().version()));
			}
			else if (published.isEmpty()) {
				tasks.add(Task.of("home.task.makeDraft", "/rencana"));
			}
		}
	}

	/** Open incidents of the user's area: counts by severity and the latest. */
	private void openIncidents(Model model, Role role, List<Task> tasks) {
		List<Incident> open = this.incidents.incidents(true, null, null, null, 1000);
		Map<Severity, Long> bySeverity = new EnumMap<>(Severity.class);
		for (Severity s : Severity.values()) {
			bySeverity.put(s, 0L);
		}
		bySeverity.putAll(open.stream().collect(Collectors.groupingBy(Incident::severity, Collectors.counting())));
		model.addAttribute("openIncidents", open.subList(0, Math.min(5, open.size())));
		model.addAttribute("openCount", open.size());
		model.addAttribute("openBySeverity", bySeverity);
		if (role == Role.OPERATOR || role == Role.KAPOLSEK || role == Role.ADMIN) {
			long unclaimed = open.stream().filter(i -> i.owner() == null).count();
			if (unclaimed > 0) {
				tasks.add(Task.of("home.task.unclaimed", "/komando/insiden", unclaimed));
			}
			int conflicts = this.command.conflicts(true).size();
			if (conflicts > 0) {
				tasks.add(Task.of("home.task.conflicts", "/komando/insiden#conflicts", conflicts));
			}
		}
	}

	/** The tasks of each role. */
	private void tasks(Model model, Role role, List<Task> tasks) {
		switch (role) {
			case OPERATOR -> {
				tasks.add(Task.of("home.task.silent", "/komando/senyap"));
				tasks.add(Task.of("home.task.wall", "/komando/dinding"));
				tasks.add(Task.of("home.task.events", "/laporan/kejadian"));
			}
			case KAOPS -> {
				int review = this.press.releases(ReleaseStatus.REVIEW).size();
				if (review > 0) {
					tasks.add(Task.of("home.task.approveReleases", "/humas", review));
				}
				tasks.add(Task.of("home.task.command", "/komando"));
				tasks.add(Task.of("home.task.laphar", "/laporan/harian"));
			}
			case PERENCANA -> {
				tasks.add(Task.of("home.task.laphar", "/laporan/harian"));
				tasks.add(Task.of("home.task.events", "/laporan/kejadian"));
				tasks.add(Task.of("home.task.sprin", "/operasi/sprin"));
				tasks.add(Task.of("home.task.importOfficers", "/personel/impor"));
			}
			case KAPOLSEK -> {
				String polsek = CurrentUser.authority(ScopeAuthorities.SCOPE).orElse(null);
				model.addAttribute("sector",
						(polsek != null) ? this.personnel.unit(polsek).map(Unit::name).orElse(polsek) : null);
				tasks.add(Task.of("home.task.sectorTps", "/tps", this.territory.summary().tps()));
				tasks.add(Task.of("home.task.silent", "/komando/senyap"));
				tasks.add(Task.of("home.task.lapharPolsek", "/laporan/harian"));
				tasks.add(Task.of("home.task.absences", "/personel"));
			}
			case KASATGAS -> taskForce(model, tasks);
			case HUMAS -> {
				int drafts = this.press.releases(ReleaseStatus.DRAFT).size();
				int review = this.press.releases(ReleaseStatus.REVIEW).size();
				int approved = this.press.releases(ReleaseStatus.APPROVED).size();
				tasks.add(Task.of("home.task.pressDrafts", "/humas", drafts));
				if (review > 0) {
					tasks.add(Task.of("home.task.pressReview", "/humas", review));
				}
				if (approved > 0) {
					tasks.add(Task.of("home.task.pressApproved", "/humas", approved));
				}
				tasks.add(Task.of("home.task.news", "/berita"));
			}
			case ADMIN -> {
				tasks.add(Task.of("home.task.users", "/admin/pengguna"));
				tasks.add(Task.of("home.task.audit", "/audit"));
				tasks.add(Task.of("home.task.command", "/komando"));
			}
			case PENGAMAT -> {
				tasks.add(Task.of("home.task.command", "/komando"));
				tasks.add(Task.of("home.task.laphar", "/laporan/harian"));
				tasks.add(Task.of("home.task.sprinRead", "/operasi/sprin"));
			}
			default -> {
			}
		}
	}

	/** The Kasatgas' own task force, its latest activities and the way to log one. */
	private void taskForce(Model model, List<Task> tasks) {
		String scope = CurrentUser.authority(ScopeAuthorities.SCOPE).orElse(null);
		if (scope != null && scope.startsWith("SATGAS-")) {
			try {
				TaskForce force = this.operation.taskForce(scope.substring("SATGAS-".length()));
				List<Activity> latest = this.operation.activities(force.code(), 5);
				model.addAttribute("taskForce", force);
				model.addAttribute("activities", latest);
				tasks.add(Task.of("home.task.logActivity", "/operasi/satgas#" + force.code(), force.name()));
			}
			catch (NotFound ex) {
				// an account scoped to a task force that no longer exists: no task force
			}
		}
		tasks.add(Task.of("home.task.planRead", "/rencana"));
		tasks.add(Task.of("home.task.command", "/komando"));
		tasks.add(Task.of("home.task.laphar", "/laporan/harian"));
	}

}
