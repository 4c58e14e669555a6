package id.praja.security.internal;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import id.praja.security.Role;
import id.praja.security.UserAccount;
import id.praja.security.UserAccounts;
import id.praja.shared.PrajaCommand;

/**
 * {@code ./praja user add|list}: manage accounts from the command line, e.g. the first
 * administrator of a production installation.
 */
@Component
class UserCommand implements PrajaCommand {

	private final UserAccounts accounts;

	UserCommand(UserAccounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public String name() {
		return "user";
	}

	@Override
	public String usage() {
		return "user add <username> --role ADMIN [--name \"Full name\"] [--scope UNIT] [--officer NRP] [--password P]"
				+ " | user list | user disable|enable <username> | user reset <username> [--password P]"
				+ " | user role <username> --role R [--scope UNIT] | user link <username> --officer NRP"
				+ " (a password not given is read from standard input)";
	}

	@Override
	public int run(List<String> args, PrintStream out) throws Exception {
		if (args.isEmpty()) {
			throw new IllegalArgumentException("usage: " + usage());
		}
		String verb = args.get(0);
		if (verb.equals("list")) {
			for (UserAccount a : this.accounts.all()) {
				out.printf("%-22s %-10s %-20s %-9s %-8s %s%n", a.username(), a.role(),
						(a.scope() != null) ? a.scope() : "-", (a.officerNrp() != null) ? a.officerNrp() : "-",
						a.enabled() ? "enabled" : "DISABLED", a.displayName());
			}
			return 0;
		}
		if (args.size() < 2) {
			throw new IllegalArgumentException("usage: " + usage());
		}
		String username = args.get(1);
		Map<String, String> options = options(args.subList(2, args.size()));
		switch (verb) {
			case "add" -> {
				Role role = role(options);
				UserAccount account = new UserAccount(username, options.getOrDefault("--name", username), role,
						options.get("--scope"), options.get("--officer"), true, false);
				this.accounts.create(account, password(options));
				out.printf("created user %s (%s)%n", username, role);
			}
			case "disable", "enable" -> {
				this.accounts.setEnabled(username, verb.equals("enable"));
				out.printf("user %s %sd%n", username, verb);
			}
			case "reset" -> {
				this.accounts.resetPassword(username, password(options));
				out.printf("password of %s reset%n", username);
			}
			case "role" -> {
				Role role = role(options);
				this.accounts.changeRole(username, role, options.get("--scope"));
				out.printf("user %s is now %s%n", username, role);
			}
			case "link" -> {
				this.accounts.linkOfficer(username, options.get("--officer"));
				out.printf("user %s linked to officer %s%n", username, options.get("--officer"));
			}
			default -> throw new IllegalArgumentException("unknown action '%s'; usage: %s".formatted(verb, usage()));
		}
		return 0;
	}

	private static Role role(Map<String, String> options) {
		String roleName = options.get("--role");
		if (roleName == null) {
			throw new IllegalArgumentException("--role is required, one of " + List.of(Role.values()));
		}
		try {
			return Role.valueOf(roleName.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(
					"unknown role '%s', expected one of %s".formatted(roleName, List.of(Role.values())));
		}
	}

	private static String password(Map<String, String> options) throws java.io.IOException {
		String password = options.get("--password");
		if (password == null) {
			password = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
		}
		return password;
	}

	private static Map<String, String> options(List<String> args) {
		Map<String, String> options = new HashMap<>();
		for (int i = 0; i < args.size(); i++) {
			String key = args.get(i);
			if (!key.startsWith("--") || i + 1 >= args.size()) {
				throw new IllegalArgumentException("expected --option value, got '%s'".formatted(key));
			}
			options.put(key, args.get(++i));
		}
		return options;
	}

}
