package id.praja.deployment;

import java.util.List;

/**
 * TPS grouped into posts for every Polsek.
 *
 * @param posts the posts
 * @param tps TPS covered
 * @param police police the posts need
 * @param reserve police to hold back as reserve on top (pattern's share)
 * @param linmas Linmas the pattern needs
 * @param totalDistanceMetres sum of distances from every TPS to its post's anchor
 * @param firstPlanSeconds time until every Polsek had a complete plan
 * @param seconds total time spent
 */
public record PostPlan(List<Post> posts, int tps, int police, int reserve, int linmas, double totalDistanceMetres,
		double firstPlanSeconds, double seconds) {
}
