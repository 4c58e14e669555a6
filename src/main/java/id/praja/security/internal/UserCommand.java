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

import id.praja.security.ApiToken;
import id.praja.security.ApiTokens;
import id.praja.security.IssuedApiToken;
import id.praja.security.Role;
import id.praja.security.UserAccount;
import id.praja.security.UserAccounts;
import id.praja.shared.PrajaCommand;

/**
 * {@code ./praja user add|list|…}: manage accounts from the command line, e.g. the first
 * administrator of a production installation; {@code user token add|list|revoke}: API
 * tokens for scripts and phones.
 */
@Component
class UserCommand implements PrajaCommand {

	private final UserAccounts accounts;

	private final ApiTokens tokens;

	UserCommand(UserAccounts accounts, ApiTokens tokens) {
		this.accounts = accounts;
		this.tokens = tokens;
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
				+ " | user token add <username> --name \"what for\" [--expires 2024-12-31]"
				+ " | user token list [<username>] | user token revoke <id>"
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
		if (verb.equals("token")) {
			return token(args.subList(1, args.size()), out);
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

	private int token(List<String> args, PrintStream out) {
		String verb = args.isEmpty() ? "" : args.get(0);
		switch (verb) {
			case "add" -> {
				if (args.size() < 2) {
					throw new IllegalArgumentException(
							"usage: user token add <username> --name \"what for\"" + " [--expires 2024-12-31]");
				}
				Map<String, String> options = options(args.subList(2, args.size()));
				IssuedApiToken issued = this.tokens.issue(args.get(1), options.get("--name"),
						expiry(options.get("--expires")));
				out.printf(
						"API token %d for %s (%s)%s; send it as 'Authorization: Bearer <token>',"
								+ " it is shown only now:%n%s%n",
						issued.token().id(), issued.token().username(), issued.token().name(),
						(issued.token().expiresAt() != null) ? ", valid until " + issued.token().expiresAt() : "",
						issued.secret());
			}
			case "list" -> {
				List<ApiToken> list = (args.size() > 1) ? this.tokens.list(args.get(1)) : this.tokens.all();
				java.time.Instant now = java.time.Instant.now();
				for (ApiToken t : list) {
					out.printf("%-6d %-22s %-8s %-22s %-22s %s%n", t.id(), t.username(),
							(t.revokedAt() != null) ? "REVOKED" : t.activeAt(now) ? "active" : "EXPIRED",
							t.createdAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
							(t.expiresAt() != null) ? t.expiresAt() : "-", t.name());
				}
			}
			case "revoke" -> {
				if (args.size() != 2 || !args.get(1).matches("[0-9]{1,18}")) {
					throw new IllegalArgumentException(
							"usage: user token revoke <id> (the number from user token list)");
				}
				ApiToken t = this.tokens.revoke(Long.parseLong(args.get(1)),
						"system:" + System.getProperty("user.name"));
				out.printf("API token %d of %s revoked%n", t.id(), t.username());
			}
			default -> throw new IllegalArgumentException(
					"unknown token action '%s': user token add|list|revoke".formatted(verb));
		}
		return 0;
	}

	/** A day (valid until its start, Jakarta time) or an instant with offset. */
	private static java.time.Instant expiry(String text) {
		if (text == null) {
			return null;
		}
		try {
			if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
				return java.time.LocalDate.parse(text).atStartOfDay(java.time.ZoneId.of("Asia/Jakarta")).toInstant();
			}
			return java.time.OffsetDateTime.parse(text).toInstant();
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw new IllegalArgumentException(
					"--expires '%s' is neither a day (2024-12-31) nor a time with offset (2024-12-31T18:00+07:00)"
						.formatted(text));
		}
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
