package id.praja.exercise;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import id.praja.command.IncidentType;
import id.praja.command.Severity;
import id.praja.vulnerability.PoliceClass;

/**
 * What drives the simulated day. The defaults ({@link #defaults()}) are assumptions for a
 * demanding rehearsal, not sourced statistics: see docs/simulation.md.
 *
 * @param dailyRate expected incidents per TPS over the day, per police class
 * @param indicatorFactor k in rate × (1 + k · Bawaslu indicators hit by the TPS)
 * @param types share of each simulated type among incidents, its on-scene handling time
 * and its severity when reported (the desk's types; those without settings do not occur)
 * @param startMinute minute of day where the profile starts (360 = 06:00)
 * @param hourlyWeights relative intensity of each hour from {@code startMinute} on; the
 * day ends after the last hour
 * @param greenToYellowMinutes minutes unattended before GREEN turns YELLOW
 * @param yellowToRedMinutes minutes unattended before YELLOW turns RED
 * @param officersPulled officers taken from a post when no reserve team is free
 * @param yellowHandlingFactor handling time multiplier for an incident that was YELLOW
 * when help arrived
 * @param redHandlingFactor the same for RED
 * @param nearestPosts posts considered (nearest first) when pulling officers
 */
public record SimulationConfig(Map<PoliceClass, Double> dailyRate, double indicatorFactor,
		Map<IncidentType, TypeSpec> types, int startMinute, double[] hourlyWeights, double greenToYellowMinutes,
		double yellowToRedMinutes, int officersPulled, double yellowHandlingFactor, double redHandlingFactor,
		int nearestPosts) {

	/**
	 * @param share relative share among incidents
	 * @param handlingMinutes minutes on scene for a GREEN incident
	 * @param initial severity when reported
	 */
	public record TypeSpec(double share, double handlingMinutes, Severity initial) {

		public TypeSpec {
			if (share < 0 || handlingMinutes < 0 || initial == null) {
				throw new IllegalArgumentException("a type needs a share >= 0, handling minutes >= 0 and a severity");
			}
		}

	}

	public SimulationConfig {
		dailyRate = Map.copyOf(dailyRate);
		types = Map.copyOf(types);
		hourlyWeights = hourlyWeights.clone();
		for (PoliceClass c : PoliceClass.values()) {
			Double r = dailyRate.get(c);
			if (r == null || r < 0 || r.isNaN()) {
				throw new IllegalArgumentException("the daily rate for " + c + " must be a number >= 0");
			}
		}
		double shares = 0;
		for (TypeSpec spec : types.values()) {
			shares += spec.share();
		}
		if (shares <= 0) {
			throw new IllegalArgumentException("the type shares must not all be zero");
		}
		if (hourlyWeights.length == 0 || Arrays.stream(hourlyWeights).anyMatch(w -> w < 0)
				|| Arrays.stream(hourlyWeights).sum() <= 0) {
			throw new IllegalArgumentException("the hourly profile needs at least one positive weight, none negative");
		}
		if (indicatorFactor < 0 || greenToYellowMinutes <= 0 || yellowToRedMinutes <= 0 || officersPulled < 1
				|| yellowHandlingFactor < 1 || redHandlingFactor < 1 || nearestPosts < 1) {
			throw new IllegalArgumentException("invalid simulation settings");
		}
	}

	/**
	 * These settings with the planner's own figures where given (null keeps the current
	 * value): the daily incident rate per TPS of each class, the weight of each Bawaslu
	 * indicator, and the minutes an unattended incident takes to escalate.
	 * @param rates incidents per TPS per day by class, or null
	 * @param indicatorFactor extra rate per indicator (0.1 = +10 % each), or null
	 * @param greenToYellow minutes from green to yellow, or null
	 * @param yellowToRed minutes from yellow to red, or null
	 * @return the adjusted settings (validated like any other)
	 */
	public SimulationConfig with(Map<PoliceClass, Double> rates, Double indicatorFactor, Double greenToYellow,
			Double yellowToRed) {
		Map<PoliceClass, Double> rate = new EnumMap<>(this.dailyRate);
		if (rates != null) {
			rates.forEach((c, r) -> {
				if (r != null) {
					rate.put(c, r);
				}
			});
		}
		return new SimulationConfig(rate, (indicatorFactor != null) ? indicatorFactor : this.indicatorFactor,
				this.types, this.startMinute, this.hourlyWeights,
				(greenToYellow != null) ? greenToYellow : this.greenToYellowMinutes,
				(yellowToRed != null) ? yellowToRed : this.yellowToRedMinutes, this.officersPulled,
				this.yellowHandlingFactor, this.redHandlingFactor, this.nearestPosts);
	}

	/**
	 * The documented defaults (assumptions, see docs/simulation.md).
	 * @return the default settings for voting day
	 */
	public static SimulationConfig defaults() {
		Map<PoliceClass, Double> rate = new EnumMap<>(PoliceClass.class);
		rate.put(PoliceClass.KURANG_RAWAN, 0.006);
		rate.put(PoliceClass.RAWAN, 0.02);
		rate.put(PoliceClass.SANGAT_RAWAN, 0.05);
		rate.put(PoliceClass.KHUSUS, 0.03);
		Map<IncidentType, TypeSpec> types = new EnumMap<>(IncidentType.class);
		types.put(IncidentType.VIOLENCE, new TypeSpec(0.15, 60, Severity.YELLOW));
		types.put(IncidentType.INTIMIDATION, new TypeSpec(0.20, 30, Severity.GREEN));
		types.put(IncidentType.MONEY_POLITICS, new TypeSpec(0.25, 20, Severity.GREEN));
		types.put(IncidentType.LOGISTICS_PROBLEM, new TypeSpec(0.20, 45, Severity.GREEN));
		types.put(IncidentType.CROWD, new TypeSpec(0.10, 90, Severity.YELLOW));
		types.put(IncidentType.DISASTER, new TypeSpec(0.10, 120, Severity.GREEN));
		// 06:00 .. 22:00: preparation, opening 07:00, voting, closing 13:00, counting,
		// results carried to the PPK
		double[] hours = { 0.6, 1.6, 1.2, 1.0, 1.0, 1.0, 1.3, 1.8, 1.6, 1.4, 1.2, 1.0, 1.0, 0.9, 0.8, 0.8 };
		return new SimulationConfig(rate, 0.25, types, 360, hours, 20, 20, 2, 1.5, 2.0, 12);
	}

	/**
	 * @param factor multiplier for every class's rate
	 * @return these settings with all rates scaled
	 */
	public SimulationConfig withRatesScaled(double factor) {
		Map<PoliceClass, Double> rate = new EnumMap<>(PoliceClass.class);
		this.dailyRate.forEach((c, r) -> rate.put(c, r * factor));
		return new SimulationConfig(rate, this.indicatorFactor, this.types, this.startMinute, this.hourlyWeights,
				this.greenToYellowMinutes, this.yellowToRedMinutes, this.officersPulled, this.yellowHandlingFactor,
				this.redHandlingFactor, this.nearestPosts);
	}

	/**
	 * @return minute of day where the simulated day ends
	 */
	public int endMinute() {
		return this.startMinute + 60 * this.hourlyWeights.length;
	}

	/**
	 * @return the incident types this day knows (those with settings), in the
	 * vocabulary's order
	 */
	public List<IncidentType> simulatedTypes() {
		return Arrays.stream(IncidentType.values()).filter(this.types::containsKey).toList();
	}

	/**
	 * @param tpsClass the TPS's police class
	 * @param indicators Bawaslu indicators it hits
	 * @return expected incidents at that TPS over the day
	 */
	public double expectedIncidents(PoliceClass tpsClass, int indicators) {
		return this.dailyRate.get(tpsClass) * (1 + this.indicatorFactor * indicators);
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof SimulationConfig c && this.dailyRate.equals(c.dailyRate)
				&& this.indicatorFactor == c.indicatorFactor && this.types.equals(c.types)
				&& this.startMinute == c.startMinute && Arrays.equals(this.hourlyWeights, c.hourlyWeights)
				&& this.greenToYellowMinutes == c.greenToYellowMinutes
				&& this.yellowToRedMinutes == c.yellowToRedMinutes && this.officersPulled == c.officersPulled
				&& this.yellowHandlingFactor == c.yellowHandlingFactor && this.redHandlingFactor == c.redHandlingFactor
				&& this.nearestPosts == c.nearestPosts;
	}

	@Override
	public int hashCode() {
		return this.dailyRate.hashCode() * 31 + Arrays.hashCode(this.hourlyWeights);
	}

}
