package id.praja.press;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Marked gaps «[…]»: facts no record holds, left for the editor to fill. */
public final class Gaps {

	private static final Pattern GAP = Pattern.compile("«\\[[^\\]»]*\\]»");

	private Gaps() {
	}

	/**
	 * @param what what is missing, e.g. TEMPAT
	 * @return the marked gap
	 */
	public static String of(String what) {
		return "«[" + what + "]»";
	}

	/**
	 * @param text a text
	 * @return the gaps in it, in order
	 */
	public static List<String> find(String text) {
		List<String> gaps = new ArrayList<>();
		Matcher m = GAP.matcher(text);
		while (m.find()) {
			gaps.add(m.group());
		}
		return gaps;
	}

}
