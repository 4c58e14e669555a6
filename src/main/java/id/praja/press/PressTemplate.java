package id.praja.press;

import java.time.Instant;

/**
 * A draft template: title and body with {@code {placeholders}} filled from the
 * operation's records.
 *
 * @param code e.g. LATPRAOPS
 * @param name what it reports, e.g. "Latpraops dilaksanakan"
 * @param title title template
 * @param body body template
 * @param updatedBy who changed it last
 * @param updatedAt when
 */
public record PressTemplate(String code, String name, String title, String body, String updatedBy, Instant updatedAt) {
}
