package id.praja.personnel.internal;

import java.util.List;
import java.util.Set;

import id.praja.personnel.Qualification;
import id.praja.personnel.Rank;
import id.praja.personnel.StatusPeriod;

/**
 * An officer as stored (or as read from an import file).
 */
public record OfficerRow(String nrp, String name, Rank rank, String function, String unitCode, String homeBase,
		String phone, List<StatusPeriod> statuses, Set<Qualification> qualifications, boolean generated) {
}
