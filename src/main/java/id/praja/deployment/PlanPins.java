package id.praja.deployment;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The planner's manual decisions, kept through every re-solve of a draft.
 *
 * @param posts anchors of posts fixed as they are (anchor and every TPS of the group)
 * @param anchors TPS that must stay a post's anchor (the group around them may change)
 * @param officers officer NRP to the anchor of the post he must stay at (his post's
 * anchor is then kept too)
 */
public record PlanPins(Set<String> posts, Set<String> anchors, Map<String, String> officers) {

	/** No pins. */
	public static final PlanPins NONE = new PlanPins(Set.of(), Set.of(), Map.of());

	public PlanPins {
		posts = Set.copyOf(posts);
		anchors = Set.copyOf(anchors);
		officers = Map.copyOf(officers);
	}

	/**
	 * @param anchor a TPS code
	 * @return true when that TPS must remain an anchor
	 */
	public boolean keepsAnchor(String anchor) {
		return this.posts.contains(anchor) || this.anchors.contains(anchor) || this.officers.containsValue(anchor);
	}

	/**
	 * @param kind {@code post}, {@code anchor} or {@code officer}
	 * @param key the post's anchor, the anchor, or the officer's NRP
	 * @param value the anchor an officer is pinned to (officers only)
	 * @param on pin or unpin
	 * @return the pins with that change
	 */
	public PlanPins with(String kind, String key, String value, boolean on) {
		Set<String> p = new TreeSet<>(this.posts);
		Set<String> a = new TreeSet<>(this.anchors);
		Map<String, String> o = new TreeMap<>(this.officers);
		switch (kind) {
			case "post" -> {
				if (on) {
					p.add(key);
				}
				else {
					p.remove(key);
				}
			}
			case "anchor" -> {
				if (on) {
					a.add(key);
				}
				else {
					a.remove(key);
				}
			}
			case "officer" -> {
				if (on) {
					if (value == null || value.isBlank()) {
						throw new IllegalArgumentException("an officer is pinned to a post: give the post's anchor");
					}
					o.put(key, value);
				}
				else {
					o.remove(key);
				}
			}
			default -> throw new IllegalArgumentException("a pin is on a post, an anchor or an officer, not " + kind);
		}
		return new PlanPins(p, a, o);
	}

	/**
	 * @return how many pins there are
	 */
	public int size() {
		return this.posts.size() + this.anchors.size() + this.officers.size();
	}

}
