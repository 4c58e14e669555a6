package id.praja.press;

/**
 * A passage a release may not carry.
 *
 * @param rule OFFICER_AT_POST, POST_LOCATION, RESERVE_POSITION or SUSPECT_IDENTITY
 * @param offending the offending text
 * @param message what is wrong and what to do
 */
public record RedactionViolation(String rule, String offending, String message) {
}
