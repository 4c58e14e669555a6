package id.praja.command;

import java.util.List;

/**
 * An incident with its timeline, its field reports and the units serving it.
 *
 * @param incident the incident
 * @param timeline every action, oldest first
 * @param reports its field reports, oldest first
 * @param units units dispatched to it that are not yet released
 * @param duplicates incidents merged into it
 */
public record IncidentDetail(Incident incident, List<IncidentAction> timeline, List<FieldReport> reports,
		List<DispatchUnit> units, List<Long> duplicates) {

}
