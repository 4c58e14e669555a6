package id.praja.press;

import java.util.List;

/**
 * A submission or publication refused because of unfilled gaps or redaction rules
 * (answered 422 by the API).
 */
public class ReleaseRefused extends RuntimeException {

	private final transient List<String> problems;

	/**
	 * @param summary what was refused
	 * @param problems each problem with the offending text
	 */
	public ReleaseRefused(String summary, List<String> problems) {
		super(summary + ": " + String.join("; ", problems));
		this.problems = List.copyOf(problems);
	}

	/**
	 * @return each problem, with the offending text
	 */
	public List<String> problems() {
		return this.problems;
	}

}
