package id.praja.deployment.planning;

/**
 * Terrain classes of the travel model: how winding the roads are and how fast a vehicle
 * goes.
 */
public enum Terrain {

	/** Plains and towns. */
	DATAR,

	/** Hills and plantations. */
	BERBUKIT,

	/** Mountains and forest (e.g. Meru Betiri, the Argopuro and Raung slopes). */
	PEGUNUNGAN;

	/**
	 * Jember has no terrain layer of its own yet; population density is the proxy the
	 * planner uses: the sparsely settled kecamatan are the mountain and forest ones
	 * (Tempurejo 157 people/km², Silo 361, Panti 421 …; the plains are above 700).
	 * @param peoplePerKm2 a kecamatan's population density
	 * @param hillsBelow density below which a kecamatan counts as hilly
	 * @param mountainsBelow density below which it counts as mountainous
	 * @return its terrain class
	 */
	public static Terrain ofDensity(double peoplePerKm2, double hillsBelow, double mountainsBelow) {
		if (peoplePerKm2 < mountainsBelow) {
			return PEGUNUNGAN;
		}
		return (peoplePerKm2 < hillsBelow) ? BERBUKIT : DATAR;
	}

}
