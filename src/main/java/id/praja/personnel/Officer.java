package id.praja.personnel;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A police officer.
 *
 * @param nrp Nomor Registrasi Pokok: 8 digits, unique (the first four are usually the
 * birth year and month)
 * @param name full name
 * @param rank rank
 * @param function position, e.g. {@code Kapolsek}, {@code Bhabinkamtibmas},
 * {@code Anggota Sat Samapta}
 * @param unitCode the unit he belongs to
 * @param unitName that unit's name
 * @param homeBase where he reports for duty
 * @param phone phone number, if known
 * @param statuses periods of non-availability
 * @param qualifications skills
 * @param generated true when made by the demo roster generator
 */
public record Officer(String nrp, String name, Rank rank, String function, String unitCode, String unitName,
		String homeBase, String phone, List<StatusPeriod> statuses, Set<Qualification> qualifications,
		boolean generated) {

	/**
	 * @param day a day
	 * @return the officer's status that day ({@link OfficerStatus#AKTIF} when none
	 * recorded)
	 */
	public OfficerStatus statusOn(LocalDate day) {
		return this.statuses.stream()
			.filter(p -> p.covers(day))
			.map(StatusPeriod::status)
			.findFirst()
			.orElse(OfficerStatus.AKTIF);
	}

	/**
	 * @return rank abbreviation and name, as officers are addressed:
	 * {@code Bripka Agus Santoso}
	 */
	public String displayName() {
		return this.rank.abbreviation() + " " + this.name;
	}

}
