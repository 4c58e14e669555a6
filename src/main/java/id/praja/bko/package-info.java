/**
 * The Polda's BKO allocation: its reserve units (Brimob companies, Samapta, directorates)
 * sent by platoon to the Polres short of their staffing pattern, fewest TPS below the
 * pattern first, then least travel. The Karoops edits (moves, pins) and publishes it; the
 * receiving Polres' planner counts the platoons as available officers on their days
 * ({@link id.praja.deployment.Reinforcements}). {@code planning} holds the CP-SAT model
 * on plain objects.
 */
@org.springframework.modulith.ApplicationModule(displayName = "BKO")
package id.praja.bko;
