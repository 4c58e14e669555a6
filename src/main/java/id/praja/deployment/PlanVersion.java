package id.praja.deployment;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One version of the deployment plan, without its content.
 *
 * @param id its id
 * @param version its number (1, 2, ...)
 * @param status draft or published
 * @param basedOn the version it was made from, or null
 * @param electionDay the day it deploys for
 * @param distanceMetres total travel from every TPS to its post's anchor
 * @param missing places the pattern asks for that no officer fills
 * @param pins how many pins the planner set
 * @param createdBy who made it
 * @param createdAt when
 * @param updatedAt last change (solve, pin, pattern)
 * @param publishedBy who published it, or null
 * @param publishedAt when, or null
 * @param polresCode the Polres the plan belongs to (null: the Polda's own)
 */
public record PlanVersion(long id, int version, PlanStatus status, Integer basedOn, LocalDate electionDay,
		double distanceMetres, int missing, int pins, String createdBy, Instant createdAt, Instant updatedAt,
		String publishedBy, Instant publishedAt, String polresCode) {

	/**
	 * @return true when it may no longer change
	 */
	public boolean published() {
		return this.status == PlanStatus.PUBLISHED;
	}

}
