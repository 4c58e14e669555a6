package id.praja.deployment;

import java.util.List;

/**
 * Posts with officers, and what the plan lacks.
 *
 * @param posts the grouping of TPS into posts
 * @param staffed every post with its officers
 * @param missing places left empty in all (the BKO to ask for)
 * @param reserve officers kept out of TPS duty for reserves and escorts, available that
 * day
 * @param reserveNeeded the reserve the pattern's share asks for
 * @param reserves where the reserve teams wait
 * @param seconds time spent on the officers and reserves
 * @param unmetPins pins that could not be honoured, each with the reason (an officer
 * pinned to a post who is not available that day, a pinned post that no longer exists)
 */
public record DeploymentPlan(PostPlan posts, List<StaffedPost> staffed, int missing, int reserve, int reserveNeeded,
		ReservePlan reserves, double seconds, List<String> unmetPins) {

	public DeploymentPlan {
		unmetPins = (unmetPins != null) ? List.copyOf(unmetPins) : List.of();
	}

}
