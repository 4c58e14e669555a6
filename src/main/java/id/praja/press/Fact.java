package id.praja.press;

/**
 * A fact about an event kept by the press desk because no other record carries it.
 *
 * @param eventCode the event
 * @param key e.g. pemimpin
 * @param value the fact
 * @param source where it comes from
 */
public record Fact(String eventCode, String key, String value, String source) {
}
