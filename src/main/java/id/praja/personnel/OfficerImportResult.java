package id.praja.personnel;

/**
 * What an officer import stored.
 *
 * @param fileName the file
 * @param rows officers in the file
 * @param created new officers
 * @param updated officers replaced
 */
public record OfficerImportResult(String fileName, int rows, int created, int updated) {
}
