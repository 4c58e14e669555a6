package id.praja.personnel;

import java.util.List;

import id.praja.shared.ImportProblem;

/**
 * What an officer import stored.
 *
 * @param fileName the file
 * @param rows officers in the file
 * @param created new officers
 * @param updated officers replaced
 * @param warnings what was accepted but should be checked (e.g. an NRP whose leading
 * zeros a spreadsheet had dropped), by row and column
 */
public record OfficerImportResult(String fileName, int rows, int created, int updated, List<ImportProblem> warnings) {

	public OfficerImportResult {
		warnings = (warnings != null) ? List.copyOf(warnings) : List.of();
	}

}
