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
		return "user add <username> --role ADMIN [--name \"Full name\"] [--scope UNIT] [--password P]"
				+ " (password read from standard input when not given) | user list";
	}

	@Override
	public int run(List<String> args, PrintStream out) throws Exception {
		if (args.isEmpty()) {
			throw new IllegalArgumentException("usage: " + usage());
		}
		if (args.get(0).equals("list")) {
			for (UserAccount a : this.accounts.all()) {
				out.printf("%-22s %-10s %-20s %s%n", a.username(), a.role(), (a.scope() != null) ? a.scope() : "-",
						a.displayName());
			}
			return 0;
		}
		if (!args.get(0).equals("add") || args.size() < 2) {
			throw new IllegalArgumentException("usage: " + usage());
		}
		String username = args.get(1);
		Map<String, String> options = options(args.subList(2, args.size()));
		String roleName = options.get("--role");
		if (roleName == null) {
			throw new IllegalArgumentException("--role is required, one of " + List.of(Role.values()));
		}
		Role role;
		try {
			role = Role.valueOf(roleName.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(
					"unknown role '%s', expected one of %s".formatted(roleName, List.of(Role.values())));
		}
		String password = options.get("--password");
		if (password == null) {
			password = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
		}
		this.accounts.create(new UserAccount(username, options.getOrDefault("--name", username), role,
				options.get("--scope"), false), password);
		out.printf("created user %s (%s)%n", username, role);
		return 0;
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
