package id.praja.territory;

import java.util.List;

/**
 * One page of TPS.
 *
 * @param content the TPS on this page
 * @param page zero-based page number
 * @param size page size asked for
 * @param totalElements TPS matching the query over all pages
 */
public record TpsPage(List<Tps> content, int page, int size, long totalElements) {

	/**
	 * @return the number of pages
	 */
	public int totalPages() {
		return (int) ((this.totalElements + this.size - 1) / this.size);
	}

}
