package id.praja.operation;

/**
 * An officer in a task force or on a Sprin.
 *
 * @param nrp NRP
 * @param name name
 * @param rank rank abbreviation
 * @param unitCode his unit
 */
public record Member(String nrp, String name, String rank, String unitCode) {
}
