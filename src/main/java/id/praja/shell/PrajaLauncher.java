package id.praja.shell;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import id.praja.shared.PrajaCommand;

/**
 * Starts Praja either as the web application or as one command-line tool.
 */
public final class PrajaLauncher {

	private PrajaLauncher() {
	}

	/**
	 * @param application the application class
	 * @param args {@code serve [--spring.options]}, {@code <command> [words]}, or nothing
	 * @return the exit code of a command, or null when the web application was started
	 * (its threads keep the process alive)
	 */
	/** Set for a {@code ./praja} command (not for the server). */
	public static final String COMMAND_LINE = "praja.command-line";

	public static Integer launch(Class<?> application, String[] args) {
		if (args.length == 0 || args[0].startsWith("-") || args[0].equals("serve")) {
			String[] serverArgs = (args.length > 0 && args[0].equals("serve"))
					? Arrays.copyOfRange(args, 1, args.length) : args;
			SpringApplication.run(application, serverArgs);
			return null;
		}
		SpringApplication app = new SpringApplication(application);
		app.setWebApplicationType(WebApplicationType.NONE);
		app.setBannerMode(Banner.Mode.OFF);
		app.setDefaultProperties(Map.of("logging.level.root", "WARN", "logging.level.id.praja", "WARN",
				"spring.main.log-startup-info", "false", COMMAND_LINE, "true",
				// a command makes only the beans it uses: it answers sooner
				"spring.main.lazy-initialization", "true",
				// and applies pending migrations without first re-reading every applied
				// one
				// to compare checksums (the server validates them at each start)
				"spring.flyway.validate-on-migrate", "false"));
		try (ConfigurableApplicationContext context = app.run()) {
			List<PrajaCommand> commands = context.getBeanProvider(PrajaCommand.class)
				.orderedStream()
				.sorted(Comparator.comparing(PrajaCommand::name))
				.toList();
			if (args[0].equals("help")) {
				commands.forEach(c -> System.out.println("  ./praja " + c.usage()));
				return 0;
			}
			// a command may be named by two words, e.g. "bench import"
			String twoWords = (args.length > 1) ? args[0] + " " + args[1] : null;
			PrajaCommand command = commands.stream()
				.filter(c -> c.name().equals(twoWords))
				.findFirst()
				.or(() -> commands.stream().filter(c -> c.name().equals(args[0])).findFirst())
				.orElse(null);
			String name = (command != null) ? command.name() : args[0];
			int skip = (command != null && command.name().equals(twoWords)) ? 2 : 1;
			List<String> words = List.of(args).subList(skip, args.length);
			if (command == null) {
				System.err.println("unknown command '" + name + "'; ./praja help lists the commands");
				return 2;
			}
			try {
				// the command line acts in the explicit system scope (an operator at the
				// server)
				PrajaCommand chosen = command;
				return id.praja.shared.SystemScope.call("command " + name, () -> {
					try {
						return chosen.run(words, System.out);
					}
					catch (Exception ex) {
						throw new CommandFailed(ex);
					}
				});
			}
			catch (CommandFailed failed) {
				System.err.println("praja " + name + ": " + failed.getCause().getMessage());
				return 1;
			}
			catch (Exception ex) {
				System.err.println("praja " + name + ": " + ex.getMessage());
				return 1;
			}
		}
	}

	/** A command's failure, carried out of the system scope. */
	private static final class CommandFailed extends RuntimeException {

		CommandFailed(Exception cause) {
			super(cause);
		}

	}

}
