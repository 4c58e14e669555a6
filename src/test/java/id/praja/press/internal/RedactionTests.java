package id.praja.press.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import id.praja.press.RedactionViolation;

import static org.assertj.core.api.Assertions.assertThat;

class RedactionTests {

	static final LocalDate VOTING = LocalDate.of(2024, 11, 27);

	final Redaction rules = new Redaction(Set.of("Agus Santoso", "Dimas"), Set.of("35.09.18.2001-TPS-001"),
			Set.of("Koramil Tempurejo"), VOTING);

	@Test
	void refusesTheNameOfAnOfficerOnAPost() {
		List<RedactionViolation> v = this.rules.check("Bripka Agus Santoso berjaga sejak pagi.", VOTING.minusDays(3));
		assertThat(v).extracting(RedactionViolation::rule).containsExactly("OFFICER_AT_POST");
		assertThat(v.get(0).message()).contains("Agus Santoso");
		// a single-word name is too common to refuse, another full name passes
		assertThat(this.rules.check("Dimas dan Budi Hartono hadir.", VOTING.minusDays(3))).isEmpty();
		// part of a longer word is not the name
		assertThat(this.rules.check("Agus Santosono hadir.", VOTING.minusDays(3))).isEmpty();
	}

	@Test
	void refusesPostLocationsOnlyBeforeVotingDay() {
		String text = "Pos pengamanan di TPS 35.09.18.2001-TPS-001 dan 35.09.02.2001-TPS-004 dijaga dua personel.";
		List<RedactionViolation> before = this.rules.check(text, VOTING.minusDays(1));
		assertThat(before).extracting(RedactionViolation::offending)
			.containsExactlyInAnyOrder("35.09.18.2001-TPS-001", "35.09.02.2001-TPS-004");
		assertThat(before).extracting(RedactionViolation::rule).containsOnly("POST_LOCATION");
		assertThat(this.rules.check(text, VOTING)).isEmpty();
	}

	@Test
	void refusesReservePositionsBeforeVotingDay() {
		String text = "Pasukan cadangan disiagakan di Koramil Tempurejo. Kapolsek mengunjungi Koramil Tempurejo.";
		List<RedactionViolation> v = this.rules.check(text, VOTING.minusDays(2));
		assertThat(v).hasSize(1);
		assertThat(v.get(0).rule()).isEqualTo("RESERVE_POSITION");
		assertThat(v.get(0).message()).contains("Pasukan cadangan disiagakan di Koramil Tempurejo.");
		assertThat(this.rules.check(text, VOTING.plusDays(1))).isEmpty();
	}

	@Test
	void refusesSuspectNamesAndSuggestsInitials() {
		List<RedactionViolation> v = Redaction.NO_PLAN.check("Polisi mengamankan tersangka Budi Santoso bin Slamet.",
				VOTING.plusDays(5));
		assertThat(v).extracting(RedactionViolation::rule).containsExactly("SUSPECT_IDENTITY");
		assertThat(v.get(0).offending()).isEqualTo("tersangka Budi Santoso bin Slamet");
		assertThat(v.get(0).message()).contains("tersangka BSS");
		assertThat(Redaction.NO_PLAN.check("Terduga pelaku Sugeng ditangkap.", VOTING)).hasSize(1);
		assertThat(Redaction.NO_PLAN.check("Polisi mengamankan tersangka BS (45) beserta uang Rp 2 juta.", VOTING))
			.isEmpty();
	}

}
