package id.praja.deployment;

/**
 * An officer on a post.
 *
 * @param nrp his NRP
 * @param name his name
 * @param rank rank abbreviation
 * @param unitCode his unit
 * @param distanceMetres from his unit's base to the post's anchor
 */
public record PostedOfficer(String nrp, String name, String rank, String unitCode, double distanceMetres) {
}
