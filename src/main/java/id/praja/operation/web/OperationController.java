package id.praja.operation.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.praja.operation.ActivityKind;
import id.praja.operation.AgendaItem;
import id.praja.operation.NewActivity;
import id.praja.operation.NewSprin;
import id.praja.operation.Operation;
import id.praja.operation.OperationManagement;
import id.praja.operation.SprinOrder;
import id.praja.operation.SprinRegister;
import id.praja.personnel.PersonnelManagement;
import id.praja.shared.CurrentUser;

/**
 * Pages of the operation: the calendar (stages and milestones by month), the task forces
 * with their activity log, and the Sprin orders.
 */
@Controller
class OperationController {

	static final String WRITERS = "hasAnyRole('ADMIN', 'KAOPS', 'PERENCANA')";

	static final String RECORDERS = "hasAnyRole('ADMIN', 'KAOPS', 'PERENCANA', 'KASATGAS', 'OPERATOR')";

	static final String READERS = "!hasRole('HUMAS')";

	private final OperationManagement operation;

	private final PersonnelManagement personnel;

	private final MessageSource messages;

	OperationController(OperationManagement operation, PersonnelManagement personnel, MessageSource messages) {
		this.operation = operation;
		this.personnel = personnel;
		this.messages = messages;
	}

	/**
	 * @return the refusal in the reader's language when it is a message key, else as
	 * given
	 */
	private String problem(IllegalArgumentException ex) {
		String text = String.valueOf(ex.getMessage());
		return this.messages.getMessage(text, null, text, LocaleContextHolder.getLocale());
	}

	@GetMapping("/operasi")
	String calendar(Model model) {
		List<AgendaItem> agenda = this.operation.agenda();
		Map<YearMonth, List<AgendaItem>> byMonth = new LinkedHashMap<>();
		for (AgendaItem a : agenda) {
			byMonth.computeIfAbsent(YearMonth.from(a.startsAt()), k -> new java.util.ArrayList<>()).add(a);
		}
		model.addAttribute("op", this.operation.operation());
		model.addAttribute("months", byMonth);
		return "operation/calendar";
	}

	@PostMapping("/operasi/agenda/{id}")
	@PreAuthorize(WRITERS)
	String reschedule(@PathVariable long id,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime startsAt,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime endsAt,
			RedirectAttributes redirect) {
		try {
			this.operation.reschedule(id, startsAt, endsAt);
			redirect.addFlashAttribute("saved", true);
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/operasi";
	}

	@GetMapping("/operasi/satgas")
	@PreAuthorize(READERS)
	String taskForces(Model model) {
		List<id.praja.operation.TaskForce> forces = this.operation.taskForces();
		model.addAttribute("forces", forces);
		// a Kasatgas logs for his own task force only (the facade enforces it too)
		boolean kasatgas = CurrentUser.hasRole("KASATGAS");
		String scope = CurrentUser.authority("SCOPE_").orElse("");
		model.addAttribute("loggable",
				forces.stream()
					.map(id.praja.operation.TaskForce::code)
					.filter(code -> !kasatgas || scope.equalsIgnoreCase("SATGAS-" + code))
					.collect(java.util.stream.Collectors.toSet()));
		model.addAttribute("activities", this.operation.activities(null, 200));
		model.addAttribute("counts", this.operation.activityCounts());
		model.addAttribute("kinds", ActivityKind.values());
		List<id.praja.personnel.Unit> units = this.personnel.units();
		model.addAttribute("units", units);
		// the chain of command: the Polres (its Kapolres commands the operation, the
		// Kabag
		// Ops runs it through the task forces) and, beside it, every Polsek's Kapolsek in
		// his sector
		model.addAttribute("polres",
				units.stream().filter(u -> u.kind() == id.praja.personnel.UnitKind.POLRES).findFirst().orElse(null));
		model.addAttribute("polseks",
				units.stream().filter(u -> u.kind() == id.praja.personnel.UnitKind.POLSEK).toList());
		return "operation/task-forces";
	}

	@PostMapping("/operasi/satgas/{code}")
	@PreAuthorize(WRITERS)
	String changeTaskForce(@PathVariable String code, @RequestParam(required = false) String head,
			@RequestParam(required = false) String duties, @RequestParam(required = false) String members,
			RedirectAttributes redirect) {
		try {
			List<String> nrps = (members == null) ? List.of()
					: Arrays.stream(members.split("[\\s,;]+")).filter(s -> !s.isBlank()).toList();
			this.operation.changeTaskForce(code, head, duties, nrps);
			redirect.addFlashAttribute("saved", true);
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/operasi/satgas#" + code;
	}

	@PostMapping("/operasi/satgas/{code}/kegiatan")
	@PreAuthorize(RECORDERS)
	String recordActivity(@PathVariable String code, @RequestParam ActivityKind kind,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime at,
			@RequestParam String place, @RequestParam String unit, @RequestParam(required = false) Integer officers,
			@RequestParam(required = false) Integer people, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		try {
			this.operation.recordActivity(code, new NewActivity(kind, at, place, unit, officers, people, note));
			redirect.addFlashAttribute("saved", true);
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/operasi/satgas#" + code;
	}

	@GetMapping("/operasi/sprin")
	@PreAuthorize(READERS)
	String sprins(Model model) {
		model.addAttribute("orders", this.operation.sprins());
		model.addAttribute("forces", this.operation.taskForces());
		model.addAttribute("units", this.personnel.units());
		Operation op = this.operation.operation();
		model.addAttribute("op", op);
		model.addAttribute("today", sprinDay(op));
		SprinRegister register = this.operation.sprinRegister();
		model.addAttribute("register", register);
		model.addAttribute("nextNumber", SprinRegister.number(register.pattern(), register.nextSerial(), sprinDay(op)));
		model.addAttribute("basisText", String.join("\n", register.basis()));
		model.addAttribute("copiesText", String.join("\n", register.copies()));
		model.addAttribute("letterhead", this.personnel.letterhead());
		return "operation/sprin";
	}

	@GetMapping("/operasi/sprin/{id}")
	@PreAuthorize(READERS)
	String sprin(@PathVariable long id, Model model) {
		SprinOrder order = this.operation.sprin(id);
		model.addAttribute("order", order);
		model.addAttribute("letterhead", this.personnel.letterhead());
		Map<String, String> unitNames = new java.util.HashMap<>();
		this.personnel.units().forEach(u -> unitNames.put(u.code(), u.name()));
		model.addAttribute("unitNames", unitNames);
		model.addAttribute("commander", SprinOrder.commander(this.personnel.letterhead()));
		model.addAttribute("today", LocalDate.now(this.personnel.timeZone()));
		return "operation/sprin-order";
	}

	@PostMapping("/operasi/sprin/{id}/terbitkan")
	@PreAuthorize(WRITERS)
	String issueDraft(@PathVariable long id,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issuedOn,
			RedirectAttributes redirect) {
		try {
			SprinOrder order = this.operation.issueDraft(id, issuedOn);
			redirect.addFlashAttribute("issued", order.number());
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("problem", problem(ex));
		}
		return "redirect:/operasi/sprin/" + id;
	}

	@PostMapping("/operasi/sprin/register")
	@PreAuthorize(WRITERS)
	String changeRegister(@RequestParam String pattern, @RequestParam String nextSerial,
			@RequestParam(required = false) String basis, @RequestParam(required = false) String copies,
			RedirectAttributes redirect) {
		try {
			int next;
			try {
				next = Integer.parseInt(nextSerial.strip());
			}
			catch (NumberFormatException ex) {
				throw new IllegalArgumentException("op.register.serialNotANumber", ex);
			}
			this.operation.changeSprinRegister(new SprinRegister(pattern, next, lines(basis), lines(copies)));
			redirect.addFlashAttribute("registerSaved", true);
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("problem", problem(ex));
		}
		return "redirect:/operasi/sprin#register";
	}

	private static List<String> lines(String text) {
		return (text == null) ? List.of() : text.lines().toList();
	}

	@PostMapping("/operasi/sprin")
	@PreAuthorize(WRITERS)
	String issue(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issuedOn,
			@RequestParam String task, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String source, @RequestParam(required = false) String considering,
			RedirectAttributes redirect) {
		try {
			String taskForce = (source != null && source.startsWith("TF:")) ? source.substring(3) : null;
			String unit = (source != null && source.startsWith("UNIT:")) ? source.substring(5) : null;
			SprinOrder order = this.operation
				.issueSprin(new NewSprin(issuedOn, task, from, to, taskForce, unit, considering));
			redirect.addFlashAttribute("issued", order.number());
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("problem", problem(ex));
		}
		return "redirect:/operasi/sprin";
	}

	@GetMapping("/operasi/sprin/{id}/pdf")
	@PreAuthorize(READERS)
	void pdf(@PathVariable long id, HttpServletResponse response) throws IOException {
		SprinOrder order = this.operation.sprin(id);
		response.setContentType("application/pdf");
		String name = order.draft() ? "konsep-sprin-" + order.id() : order.number().replace('/', '-').replace(".", "");
		response.setHeader("Content-Disposition", "attachment; filename=\"" + name + ".pdf\"");
		this.operation.writeSprinPdf(id, response.getOutputStream());
	}

	/**
	 * The day a new Sprin is dated by default: today in the Polres' zone while the
	 * operation is near (a Sprin may be issued up to a year before it starts), else the
	 * operation's first day (an operation replayed or prepared long before).
	 */
	private LocalDate sprinDay(Operation op) {
		LocalDate today = LocalDate.now(this.personnel.timeZone());
		return (today.isBefore(op.startsOn().minusYears(1)) || today.isAfter(op.endsOn().plusYears(1))) ? op.startsOn()
				: today;
	}

}
