package id.praja.personnel;

import java.util.List;

import id.praja.shared.ImportProblem;
import id.praja.shared.ImportRejected;

/**
 * An officer file was rejected; nothing was changed.
 */
public class OfficerImportRejected extends ImportRejected {

	public OfficerImportRejected(String fileName, List<ImportProblem> problems) {
		super("Officer file rejected", fileName, problems);
	}

}
