package id.praja.command;

/**
 * The answer to an ingested field report.
 *
 * @param report the stored report
 * @param created true when this call stored it; false for a replay of a stored report
 */
public record Ingested(FieldReport report, boolean created) {

}
