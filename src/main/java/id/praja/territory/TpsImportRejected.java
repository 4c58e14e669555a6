package id.praja.territory;

import java.util.List;

import id.praja.shared.ImportProblem;

/**
 * Thrown when a TPS file is rejected. Nothing was changed; {@link #problems()} lists
 * every problem found.
 */
public class TpsImportRejected extends RuntimeException {

	private final String fileName;

	private final List<ImportProblem> problems;

	public TpsImportRejected(String fileName, List<ImportProblem> problems) {
		super("%s rejected: %d problem(s), first: %s".formatted(fileName, problems.size(),
				problems.isEmpty() ? "-" : describe(problems.get(0))));
		this.fileName = fileName;
		this.problems = List.copyOf(problems);
	}

	private static String describe(ImportProblem p) {
		return "row %d, column %s, value '%s': %s".formatted(p.row(), p.column(), p.value(), p.message());
	}

	public String fileName() {
		return this.fileName;
	}

	public List<ImportProblem> problems() {
		return this.problems;
	}

}
