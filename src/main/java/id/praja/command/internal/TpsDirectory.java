package id.praja.command.internal;

import java.util.HashMap;
import java.util.Map;

import id.praja.shared.SystemScope;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import id.praja.territory.TerritoryManagement;
import id.praja.territory.TpsImported;

/**
 * Every TPS code with its kecamatan, kept in memory: the ingest path checks a TPS without
 * a query. Reloaded after a TPS import.
 */
@Component
public class TpsDirectory {

	private final TerritoryManagement territory;

	private volatile Map<String, String> kecamatanByTps;

	private volatile Map<String, double[]> places;

	TpsDirectory(TerritoryManagement territory) {
		this.territory = territory;
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
		Map<String, String> codes = this.kecamatanByTps;
		if (codes == null) {
			codes = load();
			this.kecamatanByTps = codes;
		}
		return codes;
	}

	/**
	 * @param tpsCode a TPS code
	 * @return its latitude and longitude, or null when no such TPS exists
	 */
	public double[] place(String tpsCode) {
		Map<String, double[]> p = this.places;
		if (p == null) {
			codes();
			p = this.places;
		}
		return p.get(tpsCode);
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(TpsImported event) {
		this.kecamatanByTps = null;
	}

	private synchronized Map<String, String> load() {
		// the whole territory, whoever's request triggers the load (callers check scope)
		return SystemScope.call("TPS directory", () -> {
			Map<String, String> codes = new HashMap<>(8192);
			Map<String, double[]> latLon = new HashMap<>(8192);
			this.territory.forEachTps(null, tps -> {
				codes.put(tps.code(), tps.kecamatanCode());
				latLon.put(tps.code(), new double[] { tps.lat(), tps.lon() });
			});
			this.places = Map.copyOf(latLon);
			return Map.copyOf(codes);
		});
	}

}
