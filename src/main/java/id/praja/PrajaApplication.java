package id.praja;

import org.springframework.boot.autoconfigure.SpringBootApplication;

import id.praja.shell.PrajaLauncher;

/**
 * Praja: planning, rehearsing and running the police security operation of an election.
 * <p>
 * {@code java -jar praja.jar} (or {@code serve}) starts the web application;
 * {@code java -jar praja.jar <command> ...} runs a command-line tool (see
 * {@code ./praja help}).
 */
@SpringBootApplication
public class PrajaApplication {

	public static void main(String[] args) {
		Integer exitCode = PrajaLauncher.launch(PrajaApplication.class, args);
		if (exitCode != null) {
			System.exit(exitCode);
		}
	}

}
