package id.praja.deployment.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import id.praja.deployment.planning.Terrain;
import id.praja.deployment.planning.TerrainTravelModel;
import id.praja.shared.TravelTimes;
import id.praja.territory.Kecamatan;
import id.praja.territory.TerritoryManagement;

/**
 * The travel model, configured once ({@code praja.travel.*}): a pace per terrain class,
 * the terrain of each kecamatan from its population density (see {@link Terrain}). The
 * planner, the vulnerability proposals, the command desk and the exercises all use it.
 */
@Component
public class TerrainTravel implements TravelTimes {

	private final TerritoryManagement territory;

	private final Map<Terrain, TerrainTravelModel.Pace> paces;

	private final double hillsBelow;

	private final double mountainsBelow;

	private volatile TerrainTravelModel model;

	TerrainTravel(TerritoryManagement territory, @Value("${praja.travel.datar:1.4,40}") String datar,
			@Value("${praja.travel.berbukit:1.6,30}") String berbukit,
			@Value("${praja.travel.pegunungan:1.9,20}") String pegunungan,
			@Value("${praja.travel.hills-below-density:550}") double hillsBelow,
			@Value("${praja.travel.mountains-below-density:300}") double mountainsBelow) {
		this.territory = territory;
		this.paces = new EnumMap<>(Terrain.class);
		this.paces.put(Terrain.DATAR, pace("praja.travel.datar", datar));
		this.paces.put(Terrain.BERBUKIT, pace("praja.travel.berbukit", berbukit));
		this.paces.put(Terrain.PEGUNUNGAN, pace("praja.travel.pegunungan", pegunungan));
		this.hillsBelow = hillsBelow;
		this.mountainsBelow = mountainsBelow;
	}

	private static TerrainTravelModel.Pace pace(String property, String value) {
		String[] parts = value.split(",");
		try {
			return new TerrainTravelModel.Pace(Double.parseDouble(parts[0].trim()),
					Double.parseDouble(parts[1].trim()));
		}
		catch (RuntimeException ex) {
			throw new IllegalArgumentException(
					property + " must be 'detour,km/h' with detour >= 1 and a positive speed, not '" + value + "'", ex);
		}
	}

	/**
	 * @return the model (built on first use from the kecamatan)
	 */
	public TerrainTravelModel model() {
		TerrainTravelModel m = this.model;
		if (m == null) {
			List<TerrainTravelModel.Area> areas = new ArrayList<>();
			for (Kecamatan k : this.territory.kecamatan()) {
				Terrain terrain = (k.areaKm2() != null && k.population() != null && k.areaKm2() > 0)
						? Terrain.ofDensity(k.population() / k.areaKm2(), this.hillsBelow, this.mountainsBelow)
						: Terrain.DATAR;
				areas.add(new TerrainTravelModel.Area(k.lon(), k.lat(), terrain));
			}
			if (areas.isEmpty()) {
				areas.add(new TerrainTravelModel.Area(0, 0, Terrain.DATAR));
			}
			m = new TerrainTravelModel(this.paces, areas);
			this.model = m;
		}
		return m;
	}

	@Override
	public double minutes(double lon1, double lat1, double lon2, double lat2) {
		return model().minutes(lon1, lat1, lon2, lat2);
	}

}
