package id.praja.deployment;

/**
 * Whether the officers of a Polres function (Bag Ops, Sat Lantas, Si Propam ...) may be
 * posted to TPS: staff functions that do not guard TPS are kept out by default, and the
 * Kabag Ops changes the rule.
 *
 * @param unitCode the function's unit code
 * @param unitName its name
 * @param officers officers in it
 * @param allowed true when its officers may be posted to TPS
 */
public record TpsDuty(String unitCode, String unitName, int officers, boolean allowed) {
}
