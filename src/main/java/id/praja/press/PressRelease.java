package id.praja.press;

import java.time.Instant;

/**
 * A press release (rilis) as it stands, with the content of its current version.
 *
 * @param id its id
 * @param templateCode the template it was drafted from, or null
 * @param status its workflow state
 * @param version the current version (1, 2, ...)
 * @param slug its address on the public page once published, else null
 * @param title title
 * @param summary one- or two-sentence summary (meta description)
 * @param body the text, paragraphs separated by blank lines
 * @param author the byline
 * @param createdBy who drafted it
 * @param createdAt when
 * @param approvedBy who approved it, or null
 * @param publishedBy who published it, or null
 * @param publishedAt when, or null
 * @param reviewNote the reviewer's note when sent back, or null
 * @param eventDay the day of the event it reports, or null
 */
public record PressRelease(long id, String templateCode, ReleaseStatus status, int version, String slug, String title,
		String summary, String body, String author, String createdBy, Instant createdAt, String approvedBy,
		String publishedBy, Instant publishedAt, String reviewNote, java.time.LocalDate eventDay) {

	/**
	 * @return the body's paragraphs
	 */
	public java.util.List<String> paragraphs() {
		return java.util.Arrays.stream(this.body.split("\\R\\s*\\R"))
			.map(String::strip)
			.filter(p -> !p.isEmpty())
			.toList();
	}

	/**
	 * @return true when the text still holds a marked gap «[…]»
	 */
	public boolean hasGaps() {
		return Gaps.find(this.title + "\n" + this.summary + "\n" + this.body).size() > 0;
	}

}
