package id.praja.personnel;

import java.util.List;

/**
 * One page of officers.
 *
 * @param content the officers
 * @param page 0-based page
 * @param size page size
 * @param totalElements officers matching in all pages
 */
public record OfficerPage(List<Officer> content, int page, int size, long totalElements) {

	public int totalPages() {
		return (int) ((this.totalElements + this.size - 1) / this.size);
	}

}
