package id.praja.shared;

import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scope values the unit tree gives: a Polres' staff, a Polsek, nothing, everything.
 */
class AccessScopeTests {

	static final AccessScope POLRES = AccessScope.of(Set.of("POLRES-B"), Set.of("35.10.01", "35.10.02"),
			Set.of("POLRES-B", "BAGOPS-B", "POLSEK-B1"), null, "POLRES-B");

	static final AccessScope POLSEK = AccessScope.of(Set.of("POLRES-B"), Set.of("35.10.01"), Set.of("POLSEK-B1"), null,
			"POLSEK-B1");

	@Test
	void aPolresScopeCoversItsOwnPolresOnly() {
		assertThat(POLRES.unrestricted()).isFalse();
		assertThat(POLRES.withinPolsek()).isFalse();
		assertThat(POLRES.coversPolres("POLRES-B")).isTrue();
		assertThat(POLRES.coversPolres("POLRES-A")).isFalse();
		// a record of the Polda's own (no Polres) is not a Polres' to see
		assertThat(POLRES.coversPolres(null)).isFalse();
		assertThat(POLRES.polresFilter()).isEqualTo("POLRES-B");
	}

	@Test
	void aPolsekScopeIsNarrowerThanItsPolres() {
		assertThat(POLSEK.withinPolsek()).isTrue();
		assertThat(POLSEK.coversPolres("POLRES-B")).isTrue();
		assertThat(POLSEK.coversKecamatan("35.10.02")).isFalse();
	}

	@Test
	void nothingMatchesNoPolresAndEverythingAll() {
		assertThat(AccessScope.NOTHING.coversPolres("POLRES-B")).isFalse();
		assertThat(AccessScope.NOTHING.polresFilter()).isEqualTo("-");
		assertThat(AccessScope.NOTHING.withinPolsek()).isTrue();
		assertThat(AccessScope.EVERYTHING.coversPolres(null)).isTrue();
		assertThat(AccessScope.EVERYTHING.polresFilter()).isNull();
		assertThat(AccessScope.EVERYTHING.withinPolsek()).isFalse();
	}

}
