package id.praja.shared;

import java.util.Map;

/**
 * Adds facts owned by other modules to a TPS as the territory API shows it (e.g. its
 * police class), without the territory module knowing those modules.
 */
public interface TpsDetails {

	/**
	 * @param tpsCode a TPS in the current user's scope
	 * @return properties to add to the TPS's JSON (may be empty)
	 */
	Map<String, Object> details(String tpsCode);

}
