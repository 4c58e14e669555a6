package id.praja.press;

import java.time.Instant;

/**
 * A statement actually made by a named speaker about an event: the only source of quotes.
 *
 * @param id its id
 * @param eventCode the event (template or agenda code)
 * @param speaker who said it, with rank and position
 * @param text what was said
 * @param recordedBy who recorded it
 * @param recordedAt when
 */
public record Quote(long id, String eventCode, String speaker, String text, String recordedBy, Instant recordedAt) {
}
