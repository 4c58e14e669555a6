package id.praja.command;

import java.util.LinkedHashMap;
import java.util.Map;

import id.praja.shared.AuditableEvent;

/**
 * Published when the desk decides which of two conflicting reports of a TPS holds, so the
 * decision (and a status set back by it) is traced to a person.
 *
 * @param conflict the conflict as decided
 */
public record ReportConflictDecided(ReportConflict conflict) implements AuditableEvent {

	@Override
	public String action() {
		return "command.report-conflict-decided";
	}

	@Override
	public String subjectType() {
		return "tps";
	}

	@Override
	public String subjectId() {
		return this.conflict.tps();
	}

	@Override
	public Object before() {
		return Map.of("status", this.conflict.currentStatus().name());
	}

	@Override
	public Object after() {
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("decision", this.conflict.decision().name());
		after.put("status", ((this.conflict.decision() == ReportConflict.Decision.REPORTED)
				? this.conflict.reportedStatus() : this.conflict.currentStatus())
			.name());
		after.put("report", this.conflict.reportId().toString());
		return after;
	}

}
