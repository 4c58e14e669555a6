package id.praja.shared;

/**
 * Tells services the scope of the user they are serving. Implemented by the module that
 * knows how units map to territory (personnel); a service without an implementation at
 * hand sees nothing ({@link AccessScope#NOTHING}): scoping fails closed.
 */
public interface AccessScopes {

	/**
	 * @return the scope of the current user; {@link AccessScope#EVERYTHING} in the
	 * explicit {@link SystemScope}; {@link AccessScope#NOTHING} with no user
	 */
	AccessScope current();

}
