package id.praja.press;

import java.time.Instant;

/**
 * One kept version of a press release.
 *
 * @param version its number
 * @param title title
 * @param summary summary
 * @param body text
 * @param author byline
 * @param editedBy who wrote this version
 * @param editedAt when
 */
public record ReleaseVersion(int version, String title, String summary, String body, String author, String editedBy,
		Instant editedAt) {
}
