package id.praja.deployment.planning;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

/**
 * Travel by terrain class: each end takes the terrain of its nearest area centre, and a
 * trip goes at the pace of the harder end.
 */
class TerrainTravelModelTests {

	static final List<TerrainTravelModel.Area> AREAS = List.of(
			new TerrainTravelModel.Area(113.70, -8.17, Terrain.DATAR),
			new TerrainTravelModel.Area(113.85, -8.30, Terrain.PEGUNUNGAN));

	@Test
	void onThePlainsItIsTheGreatCircleModel() {
		TerrainTravelModel model = new TerrainTravelModel(TerrainTravelModel.defaultPaces(), AREAS);
		double expected = TravelModel.greatCircle(1.4, 40).minutes(113.69, -8.16, 113.71, -8.18);
		assertThat(model.terrainAt(113.69, -8.16)).isEqualTo(Terrain.DATAR);
		assertThat(model.minutes(113.69, -8.16, 113.71, -8.18)).isCloseTo(expected, offset(1e-9));
	}

	@Test
	void aTripIntoTheMountainsGoesAtTheMountainPace() {
		TerrainTravelModel model = new TerrainTravelModel(TerrainTravelModel.defaultPaces(), AREAS);
		double km = Metric.HAVERSINE.distance(113.70, -8.17, 113.86, -8.31) / 1000;
		assertThat(model.terrainAt(113.86, -8.31)).isEqualTo(Terrain.PEGUNUNGAN);
		// 1.9 × the straight line at 20 km/h, both ways
		assertThat(model.minutes(113.70, -8.17, 113.86, -8.31)).isCloseTo(km * 1.9 / 20 * 60, offset(1e-9));
		assertThat(model.minutes(113.86, -8.31, 113.70, -8.17)).isCloseTo(km * 1.9 / 20 * 60, offset(1e-9));
	}

	@Test
	void densityClassifiesTerrainAndPacesAreValidated() {
		assertThat(Terrain.ofDensity(157, 550, 300)).isEqualTo(Terrain.PEGUNUNGAN);
		assertThat(Terrain.ofDensity(421, 550, 300)).isEqualTo(Terrain.BERBUKIT);
		assertThat(Terrain.ofDensity(2500, 550, 300)).isEqualTo(Terrain.DATAR);
		assertThatThrownBy(() -> new TerrainTravelModel.Pace(0.9, 40)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new TerrainTravelModel(java.util.Map.of(), AREAS))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
