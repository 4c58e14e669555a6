package id.praja.personnel;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RankTests {

	@Test
	void theLadderRunsFromBharadaToJenderalWithOfficersFromIpda() {
		assertThat(Rank.values()).hasSize(22);
		assertThat(Rank.values()[0]).isEqualTo(Rank.BHARADA);
		assertThat(Rank.values()[21]).isEqualTo(Rank.JENDERAL);
		assertThat(Rank.BRIPKA.compareTo(Rank.BRIGPOL)).isPositive();
		assertThat(Rank.AIPTU.isOfficer()).isFalse();
		assertThat(Rank.IPDA.isOfficer()).isTrue();
		assertThat(Rank.AKBP.group()).isEqualTo(Rank.Group.PERWIRA_MENENGAH);
	}

	@Test
	void readsRanksAsPeopleWriteThem() {
		assertThat(Rank.parse("Bripka")).contains(Rank.BRIPKA);
		assertThat(Rank.parse("BRIPKA")).contains(Rank.BRIPKA);
		assertThat(Rank.parse("akp")).contains(Rank.AKP);
		assertThat(Rank.parse("Kombes Pol")).contains(Rank.KOMBES);
		assertThat(Rank.parse("Kombes")).contains(Rank.KOMBES);
		assertThat(Rank.parse("Ajun Komisaris Besar Polisi")).contains(Rank.AKBP);
		assertThat(Rank.parse("Brigadir Polisi Kepala")).contains(Rank.BRIPKA);
		assertThat(Rank.parse("Sersan")).isEmpty();
		assertThat(Rank.parse("")).isEmpty();
	}

}
