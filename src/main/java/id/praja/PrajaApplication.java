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

	/**
	 * Commons Logging's SLF4J adapter (1.3) turns every debug message into text before
	 * SLF4J sees that debug is off; Spring Security writes several per request, about 5 %
	 * of a field report's CPU (profiled with {@code ./praja bench ingest}). Its Log4j API
	 * adapter asks first; Log4j API reaches the same Logback through log4j-to-slf4j.
	 */
	static final String LOG_FACTORY = "org.apache.commons.logging.LogFactory";

	public static void main(String[] args) {
		if (System.getProperty(LOG_FACTORY) == null) {
			System.setProperty(LOG_FACTORY, "org.apache.commons.logging.impl.Log4jApiLogFactory");
		}
		Integer exitCode = PrajaLauncher.launch(PrajaApplication.class, args);
		if (exitCode != null) {
			System.exit(exitCode);
		}
	}

}
