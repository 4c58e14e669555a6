package id.praja.deployment;

import java.util.List;

/**
 * Why a TPS, an officer or a post is where it is, and what would get worse if it moved.
 *
 * @param subject {@code tps}, {@code officer} or {@code post}
 * @param id its code or NRP
 * @param polsek the Polsek of its post
 * @param anchor the anchor of its post
 * @param pinned true when the planner pinned it
 * @param reasons why it is there, in the user's language
 * @param alternatives the next best places and what each would cost
 */
public record PlanExplanation(String subject, String id, String polsek, String anchor, boolean pinned,
		List<String> reasons, List<Alternative> alternatives) {

	/**
	 * @param option the other place (a post's anchor, another anchor TPS)
	 * @param deltaMetres how much more travel it would mean (negative: less)
	 * @param note what else would change, in the user's language
	 */
	public record Alternative(String option, double deltaMetres, String note) {
	}

}
