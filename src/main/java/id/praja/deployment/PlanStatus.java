package id.praja.deployment;

/** The life of a plan version: drafts change, published ones never do. */
public enum PlanStatus {

	/** Being worked on: may be re-solved, pinned, its pattern edited. */
	DRAFT,

	/** Signed as the Sprin's attachment: immutable; a change makes a new version. */
	PUBLISHED

}
