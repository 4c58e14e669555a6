package id.praja.shared;

import java.util.List;

/**
 * A file import was rejected as a whole; nothing was changed. {@link #problems()} lists
 * every problem found. The API answers it with 422 and the problems; pages show them in a
 * table.
 */
public class ImportRejected extends RuntimeException {

	private final String title;

	private final String fileName;

	private final List<ImportProblem> problems;

	/**
	 * @param title what was rejected, e.g. {@code TPS file rejected}
	 * @param fileName the file
	 * @param problems every problem found
	 */
	public ImportRejected(String title, String fileName, List<ImportProblem> problems) {
		super("%s was rejected: %d problem(s); nothing was changed".formatted(fileName, problems.size()));
		this.title = title;
		this.fileName = fileName;
		this.problems = List.copyOf(problems);
	}

	public String title() {
		return this.title;
	}

	public String fileName() {
		return this.fileName;
	}

	public List<ImportProblem> problems() {
		return this.problems;
	}

}
