package id.praja.deployment;

import java.util.Map;

import id.praja.shared.AuditableEvent;

/**
 * A plan version was published: its Sprin may be printed and it can no longer change.
 *
 * @param version the version number
 * @param posts posts in it
 * @param officers officers on posts
 * @param missing places left empty
 */
public record PlanPublished(int version, int posts, int officers, int missing) implements AuditableEvent {

	@Override
	public String action() {
		return "plan.published";
	}

	@Override
	public String subjectType() {
		return "deployment-plan";
	}

	@Override
	public String subjectId() {
		return "v" + this.version;
	}

	@Override
	public Object before() {
		return Map.of("status", PlanStatus.DRAFT);
	}

	@Override
	public Object after() {
		return Map.of("status", PlanStatus.PUBLISHED, "posts", this.posts, "officers", this.officers, "missing",
				this.missing);
	}

}
