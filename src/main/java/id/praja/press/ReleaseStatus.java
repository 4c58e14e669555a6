package id.praja.press;

/** Where a press release stands in its workflow. */
public enum ReleaseStatus {

	/** Being written by the Humas desk. */
	DRAFT,
	/** Submitted for the Kaops' review. */
	REVIEW,
	/** Approved by the Kaops; may be published. */
	APPROVED,
	/** On the public news page and feed; no longer changes. */
	PUBLISHED

}
