package id.praja.deployment;

/**
 * A plan version with its content.
 *
 * @param version the version
 * @param pattern the staffing pattern it was planned with
 * @param pins the planner's pins
 * @param plan posts, officers and reserves
 */
public record StoredPlan(PlanVersion version, StaffingPattern pattern, PlanPins pins, DeploymentPlan plan) {
}
