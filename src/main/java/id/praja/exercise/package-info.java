/**
 * Exercise: election day rehearsed before it happens. {@code simulation} holds a
 * Monte-Carlo discrete-event simulation of voting day against a deployment plan, in plain
 * Java (no Spring, no database); the root package runs it against the current plan.
 * Exercise data is kept apart from live operations (tables prefixed {@code exercise_}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Exercise")
package id.praja.exercise;
