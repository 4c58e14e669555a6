package id.praja.deployment.planning;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ClusteringInstanceTests {

	@Test
	void readsThePublicFormatWithItsTabsAndTrailingBlanks() throws Exception {
		ClusteringInstance cpmp = ClusteringInstance.readCpmp(Path.of("bench/cpmp/cpmp01.txt"));
		assertThat(cpmp.n()).isEqualTo(50);
		assertThat(cpmp.p()).isEqualTo(5);
		assertThat(cpmp.x()[0]).isEqualTo(2);
		assertThat(cpmp.y()[0]).isEqualTo(62);
		assertThat(cpmp.capacity()[0]).isEqualTo(120);
		assertThat(cpmp.demand()[0]).isEqualTo(3);
		ClusteringInstance lin = ClusteringInstance.readCpmp(Path.of("bench/cpmp/lin318_005.txt"));
		assertThat(lin.n()).isEqualTo(318);
		assertThat(lin.p()).isEqualTo(5);
		assertThat(lin.demand()[0]).isEqualTo(41);
	}

	@Test
	void namesTheBadLine() throws Exception {
		Path file = Files.createTempFile("cpmp", ".txt");
		Files.writeString(file, "3 1\n0 0 10 1\n1 x 10 1\n2 2 10 1\n");
		assertThatIllegalArgumentException().isThrownBy(() -> ClusteringInstance.readCpmp(file))
			.withMessageContaining("line 3");
		Files.writeString(file, "3 1\n0 0 10 1\n");
		assertThatIllegalArgumentException().isThrownBy(() -> ClusteringInstance.readCpmp(file))
			.withMessageContaining("3 points announced, 1 found");
	}

	@Test
	void checksFeasibilityAndComputesTheObjective() {
		ClusteringInstance i = new ClusteringInstance(new double[] { 0, 3, 10, 10 }, new double[] { 0, 4, 0, 1 },
				new double[] { 2, 2, 2, 2 }, new double[] { 1, 1, 1, 1 }, 2);
		int[] good = { 0, 0, 2, 2 };
		assertThat(i.feasible(good)).isTrue();
		assertThat(i.objective(good, Metric.EUCLID)).isEqualTo(6.0);
		assertThat(i.feasible(new int[] { 0, 0, 0, 2 })).as("over capacity").isFalse();
		assertThat(i.feasible(new int[] { 1, 0, 2, 2 })).as("a centre must serve itself").isFalse();
		assertThat(i.feasible(new int[] { 0, 1, 2, 2 })).as("three centres").isFalse();
		assertThat(Metric.EUCLID_FLOOR.distance(0, 0, 1, 1)).isEqualTo(1.0);
		// Polres Jember to Mapolsek Tempurejo, about 20 km
		assertThat(Metric.HAVERSINE.distance(113.70, -8.17, 113.85, -8.30)).isBetween(21_000.0, 22_500.0);
	}

}
