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
 * @param polsekBounds per Polsek, its distance and a proven lower bound on the least
 * distance any plan of its TPS could reach (null for plans made before bounds existed)
 */
public record PostPlan(List<Post> posts, int tps, int police, int reserve, int linmas, double totalDistanceMetres,
		double firstPlanSeconds, double seconds, List<PolsekBound> polsekBounds) {

	/**
	 * @return the proven lower bound on the total distance, NaN when unknown
	 */
	public double boundMetres() {
		if (this.polsekBounds == null || this.polsekBounds.isEmpty()
				|| this.polsekBounds.stream().anyMatch(b -> b.boundMetres() == null)) {
			return Double.NaN;
		}
		return this.polsekBounds.stream().mapToDouble(PolsekBound::boundMetres).sum();
	}

	/**
	 * One Polsek's distance and its bound.
	 *
	 * @param polsek the Polsek
	 * @param distanceMetres the plan's distance from its TPS to their anchors
	 * @param boundMetres no plan of its TPS (same pins, same number of posts) can be
	 * shorter (null when unknown)
	 */
	public record PolsekBound(String polsek, double distanceMetres, Double boundMetres) {

		/**
		 * @return how far the plan is above the bound (0.01 = 1 %), NaN when unknown
		 */
		public double gap() {
			if (this.boundMetres == null) {
				return Double.NaN;
			}
			if (this.distanceMetres <= this.boundMetres + 1e-6) {
				return 0;
			}
			return (this.boundMetres > 0) ? (this.distanceMetres - this.boundMetres) / this.boundMetres : Double.NaN;
		}

	}

}
