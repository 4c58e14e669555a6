package id.praja.exercise.floorgame;

/**
 * A unit players can dispatch: a reserve team of the plan rehearsed, waiting at its base.
 *
 * @param code short code, e.g. {@code TIM-03}
 * @param name its base
 * @param lon longitude of the base
 * @param lat latitude of the base
 */
public record GameUnit(String code, String name, double lon, double lat) {
}
