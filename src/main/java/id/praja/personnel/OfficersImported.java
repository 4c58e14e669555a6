package id.praja.personnel;

import java.util.List;
import java.util.Map;

import id.praja.shared.AuditableEvent;

/**
 * Published when an officer file has been imported: the listed officers were created or
 * replaced.
 *
 * @param fileName the file
 * @param created NRPs that were new
 * @param updated NRPs that existed and were replaced
 */
public record OfficersImported(String fileName, List<String> created, List<String> updated) implements AuditableEvent {

	@Override
	public String action() {
		return "officers.imported";
	}

	@Override
	public String subjectType() {
		return "officer";
	}

	@Override
	public String subjectId() {
		return this.fileName;
	}

	@Override
	public Object before() {
		return Map.of("existing", this.updated.size());
	}

	@Override
	public Object after() {
		return Map.of("created", this.created, "updated", this.updated);
	}

}
