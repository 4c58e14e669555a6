package id.praja.exercise.floorgame;

/**
 * An inject as the facilitator writes it.
 *
 * @param at game time: {@code HH:mm} on the game's day (WIB), or an ISO date-time with
 * offset
 * @param tps TPS code
 * @param type incident type, one of the desk's (VIOLENCE, INTIMIDATION, MONEY_POLITICS,
 * LOGISTICS_PROBLEM, CROWD, DISASTER)
 * @param severity GREEN, YELLOW or RED; blank for the type's usual severity
 * @param description note for the players (up to 500 characters)
 */
public record NewInject(String at, String tps, String type, String severity, String description) {
}
