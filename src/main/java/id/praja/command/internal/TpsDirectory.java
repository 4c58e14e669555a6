package id.praja.command.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import id.praja.shared.ClusterCaches;
import id.praja.shared.SystemScope;
import id.praja.territory.TerritoryManagement;
import id.praja.territory.TpsImported;

/**
 * Every TPS code with its kecamatan, kept in memory: the ingest path checks a TPS without
 * a query. Reloaded after a TPS import on any node ({@link ClusterCaches}).
 */
@Component
public class TpsDirectory {

	static final String CACHE = "command.tps";

	private final TerritoryManagement territory;

	private final ClusterCaches caches;

	private final Supplier<Directory> directory;

	private record Directory(Map<String, String> kecamatanByTps, Map<String, double[]> places) {
	}

	TpsDirectory(TerritoryManagement territory, ClusterCaches caches) {
		this.territory = territory;
		this.caches = caches;
		this.directory = caches.cache(CACHE, this::load);
	}

	/**
	 * @param tpsCode a TPS code
	 * @return its kecamatan code, or null when no such TPS exists
	 */
	public String kecamatan(String tpsCode) {
		return codes().get(tpsCode);
	}

	/**
	 * @return TPS code to kecamatan code, for all TPS
	 */
	public Map<String, String> codes() {
		return directory().kecamatanByTps();
	}

	/**
	 * @param tpsCode a TPS code
	 * @return its latitude and longitude, or null when no such TPS exists
	 */
	public double[] place(String tpsCode) {
		return directory().places().get(tpsCode);
	}

	/** In the import's transaction: every node forgets the directory once it commits. */
	@EventListener
	void on(TpsImported event) {
		this.caches.changed(CACHE);
	}

	private Directory directory() {
		return this.directory.get();
	}

	private Directory load() {
		// the whole territory, whoever's request triggers the load (callers check scope)
		return SystemScope.call("TPS directory", () -> {
			Map<String, String> codes = new HashMap<>(8192);
			Map<String, double[]> latLon = new HashMap<>(8192);
			this.territory.forEachTps(null, tps -> {
				codes.put(tps.code(), tps.kecamatanCode());
				latLon.put(tps.code(), new double[] { tps.lat(), tps.lon() });
			});
			return new Directory(Map.copyOf(codes), Map.copyOf(latLon));
		});
	}

}
