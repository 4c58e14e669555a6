package id.praja.territory;

import java.util.List;

import id.praja.shared.ImportProblem;
import id.praja.shared.ImportRejected;

/**
 * Thrown when a TPS file is rejected. Nothing was changed; {@link #problems()} lists
 * every problem found.
 */
public class TpsImportRejected extends ImportRejected {

	public TpsImportRejected(String fileName, List<ImportProblem> problems) {
		super("TPS file rejected", fileName, problems);
	}

}
