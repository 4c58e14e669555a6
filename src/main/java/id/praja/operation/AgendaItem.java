package id.praja.operation;

import java.time.LocalDateTime;

/**
 * An election stage (TAHAP) or an operation milestone (MILESTONE).
 *
 * @param id its id
 * @param kind TAHAP or MILESTONE
 * @param code a stable code, e.g. PEMUNGUTAN
 * @param name its name
 * @param startsAt when it starts
 * @param endsAt when it ends (null for a milestone at one moment)
 * @param place where, or null
 * @param note a note, or null
 */
public record AgendaItem(long id, String kind, String code, String name, LocalDateTime startsAt, LocalDateTime endsAt,
		String place, String note) {

	/**
	 * @return true for a milestone
	 */
	public boolean milestone() {
		return "MILESTONE".equals(this.kind);
	}

}
