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

	/**
	 * @return the code of the Polres that records the current user creates belong to: his
	 * own Polres (a Kapolsek's is the one above his Polsek), or the only Polres of an
	 * installation that serves one; null when the user stands above several Polres (the
	 * Polda, the system scope of a Polda installation) or has no scope, and from a
	 * provider that does not know the unit tree
	 */
	default String polres() {
		return null;
	}

}
