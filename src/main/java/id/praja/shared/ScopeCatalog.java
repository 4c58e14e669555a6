package id.praja.shared;

import java.util.Map;

/**
 * The scopes an account can be limited to (unit codes and names), offered by the module
 * that knows the units (personnel) to the one that manages accounts (security).
 */
public interface ScopeCatalog {

	/**
	 * @return unit code to display name, in display order
	 */
	Map<String, String> scopes();

}
