package id.praja.press.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.praja.press.Fact;
import id.praja.press.PressDesk;
import id.praja.press.PressRelease;
import id.praja.press.ReleaseRefused;
import id.praja.security.Role;
import id.praja.shared.Conflict;

/**
 * The Humas news desk: releases by state, drafting from a template, editing (every save a
 * version), submitting, approval by the Kaops, publication; templates, facts and quotes.
 */
@Controller
class HumasController {

	static final String DESK = "hasAnyRole('HUMAS', 'KAOPS', 'ADMIN')";

	static final String WRITERS = "hasAnyRole('HUMAS', 'ADMIN')";

	static final String APPROVERS = "hasAnyRole('KAOPS', 'ADMIN')";

	private final PressDesk desk;

	HumasController(PressDesk desk) {
		this.desk = desk;
	}

	@GetMapping("/humas")
	@PreAuthorize(DESK)
	String desk(Model model) {
		model.addAttribute("releases", this.desk.releases(null));
		model.addAttribute("templates", this.desk.templates());
		return "press/desk";
	}

	@PostMapping("/humas/rilis")
	@PreAuthorize(WRITERS)
	String generate(@RequestParam String template, Authentication auth, RedirectAttributes redirect) {
		PressRelease r = this.desk.generate(template, auth.getName(), Role.held());
		redirect.addFlashAttribute("saved", true);
		return "redirect:/humas/rilis/" + r.id();
	}

	@GetMapping("/humas/rilis/{id}")
	@PreAuthorize(DESK)
	String release(@PathVariable long id, Model model) {
		PressRelease r = this.desk.release(id);
		model.addAttribute("r", r);
		model.addAttribute("versions", this.desk.versions(id));
		model.addAttribute("problems", this.desk.problems(id));
		if (r.templateCode() != null) {
			model.addAttribute("facts", this.desk.factsFor(r.templateCode()));
			model.addAttribute("quotes", this.desk.quotes(r.templateCode()));
		}
		return "press/release";
	}

	@PostMapping("/humas/rilis/{id}")
	@PreAuthorize(WRITERS)
	String edit(@PathVariable long id, @RequestParam String title, @RequestParam(required = false) String summary,
			@RequestParam String body, @RequestParam(required = false) String author, Authentication auth,
			RedirectAttributes redirect) {
		return act(id, redirect, () -> this.desk.edit(id, title, summary, body, author, auth.getName(), Role.held()));
	}

	@PostMapping("/humas/rilis/{id}/ajukan")
	@PreAuthorize(WRITERS)
	String submit(@PathVariable long id, Authentication auth, RedirectAttributes redirect) {
		return act(id, redirect, () -> this.desk.submit(id, auth.getName(), Role.held()));
	}

	@PostMapping("/humas/rilis/{id}/setujui")
	@PreAuthorize(APPROVERS)
	String approve(@PathVariable long id, Authentication auth, RedirectAttributes redirect) {
		return act(id, redirect, () -> this.desk.approve(id, auth.getName(), Role.held()));
	}

	@PostMapping("/humas/rilis/{id}/kembalikan")
	@PreAuthorize(APPROVERS)
	String sendBack(@PathVariable long id, @RequestParam(required = false) String note, Authentication auth,
			RedirectAttributes redirect) {
		return act(id, redirect, () -> this.desk.sendBack(id, note, auth.getName(), Role.held()));
	}

	@PostMapping("/humas/rilis/{id}/terbitkan")
	@PreAuthorize(WRITERS)
	String publish(@PathVariable long id, Authentication auth, RedirectAttributes redirect) {
		return act(id, redirect, () -> this.desk.publish(id, auth.getName(), Role.held()));
	}

	@GetMapping("/humas/templat")
	@PreAuthorize(DESK)
	String templates(Model model) {
		model.addAttribute("templates", this.desk.templates());
		model.addAttribute("facts", this.desk.facts(null));
		model.addAttribute("quotes", this.desk.quotes(null));
		return "press/templates";
	}

	@PostMapping("/humas/templat/{code}")
	@PreAuthorize(WRITERS)
	String changeTemplate(@PathVariable String code, @RequestParam String name, @RequestParam String title,
			@RequestParam String body, Authentication auth, RedirectAttributes redirect) {
		return other(redirect, () -> this.desk.changeTemplate(code, name, title, body, auth.getName(), Role.held()));
	}

	@PostMapping("/humas/fakta")
	@PreAuthorize(WRITERS)
	String fact(@RequestParam String event, @RequestParam String key, @RequestParam String value,
			@RequestParam String source, Authentication auth, RedirectAttributes redirect) {
		return other(redirect,
				() -> this.desk.recordFact(new Fact(event, key, value, source), auth.getName(), Role.held()));
	}

	@PostMapping("/humas/kutipan")
	@PreAuthorize(WRITERS)
	String quote(@RequestParam String event, @RequestParam String speaker, @RequestParam String text,
			Authentication auth, RedirectAttributes redirect) {
		return other(redirect, () -> this.desk.recordQuote(event, speaker, text, auth.getName(), Role.held()));
	}

	private String act(long id, RedirectAttributes redirect, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("saved", true);
		}
		catch (ReleaseRefused ex) {
			redirect.addFlashAttribute("refused", ex.problems());
		}
		catch (IllegalArgumentException | Conflict ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/humas/rilis/" + id;
	}

	private String other(RedirectAttributes redirect, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("saved", true);
		}
		catch (IllegalArgumentException | Conflict ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/humas/templat";
	}

}
