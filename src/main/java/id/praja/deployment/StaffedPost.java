package id.praja.deployment;

import java.util.List;

/**
 * A post with its officers.
 *
 * @param post the post
 * @param officers its officers, most senior first (the first leads)
 * @param missing places the pattern asks for that no available officer could fill
 * @param leaderRankOk true when the leader holds at least the minimum rank
 */
public record StaffedPost(Post post, List<PostedOfficer> officers, int missing, boolean leaderRankOk) {
}
