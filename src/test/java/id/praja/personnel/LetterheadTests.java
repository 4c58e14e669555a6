package id.praja.personnel;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Polres' letterhead and signature come from its records: derived from the names of the
 * Polres and its Polda for any district, recorded where the name does not say it, signed
 * by the Kapolres of the roster.
 */
class LetterheadTests {

	static final Officer KAPOLRES = new Officer("75020123", "Bayu Pratama", Rank.AKBP, "Kapolres", "POLRES-X",
			"Polres X", null, null, List.of(), Set.of(), false);

	@Test
	void derivesTheHeadingAndPlaceFromTheNamesOfAnyPolres() {
		Letterhead jember = Letterhead.of("Polres Jember", "Polda Jawa Timur", null, null, KAPOLRES);
		assertThat(jember.heading()).containsExactly("KEPOLISIAN NEGARA REPUBLIK INDONESIA", "DAERAH JAWA TIMUR",
				"RESOR JEMBER");
		assertThat(jember.place()).isEqualTo("Jember");
		assertThat(jember.signatoryTitle()).isEqualTo("KEPALA KEPOLISIAN RESOR JEMBER");
		Letterhead kota = Letterhead.of("Polresta Banyuwangi", "Polda Jawa Timur", null, null, null);
		assertThat(kota.heading()).last().isEqualTo("RESOR KOTA BANYUWANGI");
		assertThat(kota.place()).isEqualTo("Banyuwangi");
		Letterhead besar = Letterhead.of("Polrestabes Surabaya", "Polda Jawa Timur", null, null, null);
		assertThat(besar.signatoryTitle()).isEqualTo("KEPALA KEPOLISIAN RESOR KOTA BESAR SURABAYA");
		Letterhead papua = Letterhead.of("Polres Jayapura", "Polda Papua", null, null, null);
		assertThat(papua.heading()).containsExactly("KEPOLISIAN NEGARA REPUBLIK INDONESIA", "DAERAH PAPUA",
				"RESOR JAYAPURA");
	}

	@Test
	void recordedLetterheadAndSeatWinOverTheDerivedOnes() {
		Letterhead recorded = Letterhead.of("Polres Pelabuhan Tanjung Perak", "Polda Jawa Timur",
				"RESOR PELABUHAN TANJUNG PERAK", "Surabaya", null);
		assertThat(recorded.heading()).last().isEqualTo("RESOR PELABUHAN TANJUNG PERAK");
		assertThat(recorded.place()).isEqualTo("Surabaya");
	}

	@Test
	void theSignatureNamesTheKapolresWithRankAndNrpOrLeavesDots() {
		assertThat(Letterhead.of("Polres Jember", "Polda Jawa Timur", null, null, KAPOLRES).signatureBlock())
			.isEqualTo("KEPALA KEPOLISIAN RESOR JEMBER\n\n\n\nBAYU PRATAMA\nAKBP NRP 75020123");
		assertThat(Letterhead.of("Polres Jember", "Polda Jawa Timur", null, null, null).signatureBlock())
			.contains("(....")
			.contains("NRP ....");
	}

}
