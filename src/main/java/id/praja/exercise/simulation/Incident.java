package id.praja.exercise.simulation;

import id.praja.command.IncidentType;

/**
 * One incident of a simulated day.
 *
 * @param tps index of the TPS it belongs to (its class and kecamatan count)
 * @param location index of the place where it happens: the TPS itself, or for a protest
 * the PPK of the TPS's kecamatan (see {@link Scenario#location})
 * @param type its kind
 * @param minute minute of the day it starts (420 = 07:00)
 */
public record Incident(int tps, int location, IncidentType type, double minute) {
}
