package id.praja.security;

/**
 * Besides its role ({@code ROLE_…}), a logged-in user carries his scope unit
 * ({@code SCOPE_POLSEK-TEMPUREJO}) and his officer ({@code OFFICER_<nrp>}) as
 * authorities, so that services can narrow what he sees without asking the database
 * again.
 */
public final class ScopeAuthorities {

	public static final String SCOPE = "SCOPE_";

	public static final String OFFICER = "OFFICER_";

	private ScopeAuthorities() {
	}

}
