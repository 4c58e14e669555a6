package id.praja.territory.internal;

import java.io.StringWriter;

import org.locationtech.jts.geom.Coordinate;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

import id.praja.shared.AccessScope;
import id.praja.territory.Tps;

/**
 * Writes the territory as GeoJSON FeatureCollections ([lon, lat] order, WGS84).
 */
@Component
public class TerritoryGeoJson {

	private final TerritoryRepository repository;

	private final JsonMapper json = JsonMapper.builder().build();

	private final TerritoryReference reference;

	TerritoryGeoJson(TerritoryRepository repository, TerritoryReference reference) {
		this.repository = repository;
		this.reference = reference;
	}

	/**
	 * @param level kabupaten, kecamatan or desa
	 * @param scope the user's scope: kecamatan and desa outside it are left out (the
	 * kabupaten outline is always drawn)
	 * @return a FeatureCollection
	 */
	public String boundaries(String level, AccessScope scope) {
		StringWriter out = new StringWriter();
		try (JsonGenerator g = this.json.createGenerator(out)) {
			g.writeStartObject();
			g.writeStringProperty("type", "FeatureCollection");
			g.writeArrayPropertyStart("features");
			for (TerritoryRepository.Boundary b : this.repository.boundaries(level)) {
				String kecamatan = switch (level) {
					case "kecamatan" -> b.code();
					case "desa" -> b.parentCode();
					default -> null;
				};
				if (kecamatan != null && !scope.coversKecamatan(kecamatan)) {
					continue;
				}
				g.writeStartObject();
				g.writeStringProperty("type", "Feature");
				g.writeObjectPropertyStart("properties");
				g.writeStringProperty("code", b.code());
				g.writeStringProperty("name", b.name());
				g.writeStringProperty("level", level);
				if (b.parentCode() != null) {
					g.writeStringProperty("parent", b.parentCode());
				}
				if (!"kabupaten".equals(level)) {
					g.writeStringProperty("type", b.type());
					g.writeNumberProperty("lat", b.lat());
					g.writeNumberProperty("lon", b.lon());
					// where a map writes the name: inside the main part, never on an
					// island
					Coordinate label = this.reference.geometry().labelPoint(b.code());
					if (label != null) {
						g.writeNumberProperty("labelLat", round6(label.y));
						g.writeNumberProperty("labelLon", round6(label.x));
					}
				}
				g.writeEndObject();
				g.writeName("geometry");
				g.writeRawValue(b.geometry());
				g.writeEndObject();
			}
			g.writeEndArray();
			g.writeEndObject();
		}
		return out.toString();
	}

	private static double round6(double value) {
		return Math.round(value * 1e6) / 1e6;
	}

	public String tps(String kecamatanCode, AccessScope scope) {
		StringWriter out = new StringWriter(1 << 20);
		try (JsonGenerator g = this.json.createGenerator(out)) {
			g.writeStartObject();
			g.writeStringProperty("type", "FeatureCollection");
			g.writeArrayPropertyStart("features");
			this.repository.forEachTps(kecamatanCode, scope.kecamatanFilter(), (Tps t) -> {
				g.writeStartObject();
				g.writeStringProperty("type", "Feature");
				g.writeStringProperty("id", t.code());
				g.writeObjectPropertyStart("properties");
				g.writeStringProperty("code", t.code());
				g.writeNumberProperty("number", t.number());
				g.writeStringProperty("desa", t.desaName());
				g.writeStringProperty("desaCode", t.desaCode());
				g.writeStringProperty("kecamatan", t.kecamatanName());
				g.writeStringProperty("kecamatanCode", t.kecamatanCode());
				g.writeStringProperty("address", t.address());
				g.writeNumberProperty("votersMale", t.votersMale());
				g.writeNumberProperty("votersFemale", t.votersFemale());
				g.writeNumberProperty("voters", t.voters());
				if (t.specialSite() != null) {
					g.writeStringProperty("specialSite", t.specialSite());
				}
				g.writeBooleanProperty("generated", t.generated());
				g.writeEndObject();
				g.writeObjectPropertyStart("geometry");
				g.writeStringProperty("type", "Point");
				g.writeArrayPropertyStart("coordinates");
				g.writeNumber(t.lon());
				g.writeNumber(t.lat());
				g.writeEndArray();
				g.writeEndObject();
				g.writeEndObject();
			});
			g.writeEndArray();
			g.writeEndObject();
		}
		return out.toString();
	}

}
