package id.praja.deployment;

import java.util.List;

import id.praja.vulnerability.PoliceClass;

/**
 * A post: a group of police covering one or more TPS of one Polsek, anchored at one of
 * them.
 *
 * @param polsek the Polsek whose area it lies in
 * @param anchor the TPS the group is based at
 * @param tps the TPS it covers (the anchor included)
 * @param highestClass the most demanding class among its TPS
 * @param fixed true for a fixed post (sangat rawan, khusus)
 * @param police police the pattern requires
 * @param load the share of one group's capacity used (1.0 = full)
 * @param maxDistanceMetres the longest distance from a TPS to the anchor
 */
public record Post(String polsek, String anchor, List<String> tps, PoliceClass highestClass, boolean fixed, int police,
		double load, double maxDistanceMetres) {
}
