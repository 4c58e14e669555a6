package id.praja.audit;

import java.util.List;

/**
 * One page of the audit trail, newest first.
 */
public record AuditPage(List<AuditEntry> content, int page, int size, long totalElements) {

	public int totalPages() {
		return (int) ((this.totalElements + this.size - 1) / this.size);
	}

}
