package id.praja.security.web;

import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.praja.security.Role;
import id.praja.security.UserAccount;
import id.praja.security.UserAccounts;
import id.praja.shared.ScopeCatalog;

/**
 * The administrator's account page: create accounts, disable and enable them, reset
 * passwords, change roles and scopes, link accounts to officers. A Polres' administrator
 * sees and changes the accounts of his Polres only (see {@link UserAccounts}).
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AccountController {

	private final UserAccounts accounts;

	private final ObjectProvider<ScopeCatalog> scopes;

	AccountController(UserAccounts accounts, ObjectProvider<ScopeCatalog> scopes) {
		this.accounts = accounts;
		this.scopes = scopes;
	}

	@GetMapping("/admin/pengguna")
	String list(Model model) {
		model.addAttribute("accounts", this.accounts.all());
		model.addAttribute("roles", Role.values());
		ScopeCatalog catalog = this.scopes.getIfAvailable();
		// a Polres' administrator assigns the units of his Polres only
		Map<String, String> assignable = new java.util.LinkedHashMap<>();
		((catalog != null) ? catalog.scopes() : Map.<String, String>of()).forEach((code, name) -> {
			if (this.accounts.mayAssign(code)) {
				assignable.put(code, name);
			}
		});
		model.addAttribute("scopes", assignable);
		return "security/users";
	}

	@PostMapping("/admin/pengguna")
	String create(@RequestParam String username, @RequestParam(required = false) String displayName,
			@RequestParam Role role, @RequestParam(required = false) String scope,
			@RequestParam(required = false) String officerNrp, @RequestParam String password,
			RedirectAttributes redirect) {
		return act(redirect, username, "created",
				() -> this.accounts.create(
						new UserAccount(username, displayName, role, scope,
								(officerNrp == null || officerNrp.isBlank()) ? null : officerNrp.trim(), true, false),
						password));
	}

	@PostMapping("/admin/pengguna/{username}/aktif")
	String enable(@PathVariable String username, @RequestParam boolean enabled, RedirectAttributes redirect) {
		return act(redirect, username, enabled ? "enabled" : "disabled",
				() -> this.accounts.setEnabled(username, enabled));
	}

	@PostMapping("/admin/pengguna/{username}/sandi")
	String reset(@PathVariable String username, @RequestParam String password, RedirectAttributes redirect) {
		return act(redirect, username, "passwordReset", () -> this.accounts.resetPassword(username, password));
	}

	@PostMapping("/admin/pengguna/{username}/peran")
	String role(@PathVariable String username, @RequestParam Role role, @RequestParam(required = false) String scope,
			@RequestParam(required = false) String officerNrp, RedirectAttributes redirect) {
		return act(redirect, username, "roleChanged", () -> {
			this.accounts.changeRole(username, role, scope);
			String nrp = (officerNrp == null || officerNrp.isBlank()) ? null : officerNrp.trim();
			UserAccount account = this.accounts.find(username).orElseThrow();
			if (!java.util.Objects.equals(nrp, account.officerNrp())) {
				this.accounts.linkOfficer(username, nrp);
			}
		});
	}

	private static String act(RedirectAttributes redirect, String username, String done, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("done", done);
			redirect.addFlashAttribute("doneUser", username);
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/admin/pengguna";
	}

}
