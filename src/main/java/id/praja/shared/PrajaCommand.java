package id.praja.shared;

import java.io.PrintStream;
import java.util.List;

/**
 * A command-line tool run by {@code ./praja <name> ...} instead of the web server.
 * Modules contribute commands as beans; the shell finds them by {@link #name()}.
 */
public interface PrajaCommand {

	/**
	 * @return the word after {@code ./praja}, e.g. {@code user}
	 */
	String name();

	/**
	 * @return one line for {@code ./praja help}
	 */
	String usage();

	/**
	 * Runs the command.
	 * @param args the words after the command's name
	 * @param out where to print results
	 * @return the process exit code (0 on success)
	 * @throws Exception on failure; the shell prints its message and exits with 1
	 */
	int run(List<String> args, PrintStream out) throws Exception;

}
