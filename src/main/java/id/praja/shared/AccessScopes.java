package id.praja.shared;

/**
 * Tells services the scope of the user they are serving. Implemented by the module that
 * knows how units map to territory (personnel); a service without an implementation at
 * hand treats everything as in scope (command-line tools, the system itself).
 */
public interface AccessScopes {

	/**
	 * @return the scope of the current user, or {@link AccessScope#EVERYTHING} when no
	 * user is logged in (command-line tools, start-up)
	 */
	AccessScope current();

}
