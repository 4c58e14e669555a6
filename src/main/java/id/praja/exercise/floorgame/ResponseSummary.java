package id.praja.exercise.floorgame;

/**
 * Response times of a floor game, in game minutes from the incident to the first unit on
 * scene.
 *
 * @param incidents incidents fired
 * @param responded incidents reached by a unit
 * @param meanMinutes mean response time of those, or null when none
 * @param worstMinutes the longest, or null when none
 * @param withinTarget how many were reached within their class's target
 */
public record ResponseSummary(int incidents, int responded, Double meanMinutes, Double worstMinutes, int withinTarget) {
}
