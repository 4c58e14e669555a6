package id.praja.press.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.praja.press.RedactionViolation;

/**
 * What a press release may not carry, checked at submission and at publication:
 * <ul>
 * <li>no names of officers on posts (the roster names of the published plan's
 * posts);</li>
 * <li>before voting day, no post locations (TPS codes, the anchors of posts) and no
 * reserve positions (a reserve base named in a sentence about the reserve);</li>
 * <li>no suspect identities beyond initials ("tersangka Budi Santoso" is refused,
 * "tersangka BS" passes).</li>
 * </ul>
 *
 * @param officerNames full names of officers on posts
 * @param postCodes TPS codes of the posts (anchors and covered TPS)
 * @param reserveBases names of the reserve bases
 * @param votingDay the voting day of the plan, or null when there is no plan
 */
public record Redaction(Set<String> officerNames, Set<String> postCodes, Set<String> reserveBases,
		LocalDate votingDay) {

	/** No plan: only the suspect rule and the TPS-code pattern apply. */
	public static final Redaction NO_PLAN = new Redaction(Set.of(), Set.of(), Set.of(), null);

	static final Pattern TPS_CODE = Pattern.compile("\\b\\d{2}\\.\\d{2}\\.\\d{2}\\.\\d{4}-TPS-\\d{3}\\b");

	static final Pattern SUSPECT = Pattern.compile(
			"(?iu)\\b(tersangka|terduga pelaku|terduga|pelaku|terlapor)\\s+(?-i)((?:\\p{Lu}\\p{Ll}+)(?:\\s+(?:bin|binti)?\\s*\\p{Lu}\\p{Ll}+)*)");

	static final Pattern RESERVE_WORDS = Pattern.compile("(?iu)\\b(cadangan|pasukan siaga|tim siaga)\\b");

	/**
	 * @param text the release (title, summary and body)
	 * @param on the day of the check
	 * @return every violation, each with the offending text
	 */
	public List<RedactionViolation> check(String text, LocalDate on) {
		List<RedactionViolation> found = new ArrayList<>();
		String lower = text.toLowerCase(Locale.ROOT);
		for (String name : this.officerNames) {
			if (name.strip().contains(" ") && containsWord(lower, name.toLowerCase(Locale.ROOT).strip())) {
				found.add(new RedactionViolation("OFFICER_AT_POST", name,
						"Nama personel yang bertugas di pos pengamanan tidak boleh dimuat: \"" + name
								+ "\". Sebut jumlah atau satuannya saja."));
			}
		}
		boolean beforeVoting = this.votingDay == null || on.isBefore(this.votingDay);
		if (beforeVoting) {
			Set<String> codes = new LinkedHashSet<>();
			Matcher m = TPS_CODE.matcher(text);
			while (m.find()) {
				codes.add(m.group());
			}
			for (String code : this.postCodes) {
				if (text.contains(code)) {
					codes.add(code);
				}
			}
			for (String code : codes) {
				found.add(new RedactionViolation("POST_LOCATION", code,
						"Lokasi pos/TPS yang dijaga tidak boleh dimuat sebelum hari pemungutan suara: \"" + code
								+ "\"."));
			}
			for (String sentence : text.split("(?<=[.!?])\\s+|\\R")) {
				if (!RESERVE_WORDS.matcher(sentence).find()) {
					continue;
				}
				String s = sentence.toLowerCase(Locale.ROOT);
				for (String base : this.reserveBases) {
					if (containsWord(s, base.toLowerCase(Locale.ROOT))) {
						found.add(new RedactionViolation("RESERVE_POSITION", base,
								"Posisi pasukan cadangan tidak boleh dimuat sebelum hari pemungutan suara: \"" + base
										+ "\" dalam \"" + sentence.strip() + "\"."));
					}
				}
			}
		}
		Matcher s = SUSPECT.matcher(text);
		while (s.find()) {
			String name = s.group(2).strip();
			found.add(new RedactionViolation("SUSPECT_IDENTITY", s.group().strip(),
					"Identitas tersangka hanya boleh ditulis dengan inisial: \"" + s.group().strip() + "\" → tulis \""
							+ s.group(1) + " " + initials(name) + "\"."));
		}
		return found;
	}

	/**
	 * @param name a full name
	 * @return its initials, e.g. {@code BS} for Budi Santoso
	 */
	public static String initials(String name) {
		StringBuilder b = new StringBuilder();
		for (String word : name.split("\\s+")) {
			if (!word.isEmpty() && !word.equalsIgnoreCase("bin") && !word.equalsIgnoreCase("binti")) {
				b.append(Character.toUpperCase(word.charAt(0)));
			}
		}
		return b.toString();
	}

	private static boolean containsWord(String haystack, String needle) {
		int from = 0;
		while (true) {
			int i = haystack.indexOf(needle, from);
			if (i < 0) {
				return false;
			}
			boolean startOk = i == 0 || !Character.isLetterOrDigit(haystack.charAt(i - 1));
			int end = i + needle.length();
			boolean endOk = end >= haystack.length() || !Character.isLetterOrDigit(haystack.charAt(end));
			if (startOk && endOk) {
				return true;
			}
			from = i + 1;
		}
	}

	/**
	 * @param names names
	 * @return them without blanks
	 */
	static Set<String> clean(Collection<String> names) {
		Set<String> out = new LinkedHashSet<>();
		names.stream().filter(n -> n != null && !n.isBlank()).map(String::strip).forEach(out::add);
		return out;
	}

}
