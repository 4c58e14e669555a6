package id.praja.personnel;

import java.util.List;

import id.praja.shared.ImportProblem;

/**
 * An officer file was rejected; nothing was changed.
 */
public class OfficerImportRejected extends RuntimeException {

	private final String fileName;

	private final List<ImportProblem> problems;

	public OfficerImportRejected(String fileName, List<ImportProblem> problems) {
		super("%s was rejected: %d problem(s); nothing was changed".formatted(fileName, problems.size()));
		this.fileName = fileName;
		this.problems = List.copyOf(problems);
	}

	public String fileName() {
		return this.fileName;
	}

	public List<ImportProblem> problems() {
		return this.problems;
	}

}
