package id.praja.bko.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import id.praja.bko.BkoAllocations;
import id.praja.deployment.Reinforcements;

/**
 * The platoons of the newest published BKO allocation, as the receiving Polres' planner
 * sees them: officers available on their days.
 */
@Component
class PoldaReinforcements implements Reinforcements {

	private final BkoAllocations allocations;

	PoldaReinforcements(BkoAllocations allocations) {
		this.allocations = allocations;
	}

	@Override
	public List<Platoon> on(String polresCode, LocalDate day) {
		return this.allocations.arriving(polresCode, day)
			.stream()
			.map(p -> new Platoon(p.code(), "Peleton %d %s".formatted(p.platoon(), p.unitName()), p.officers(),
					p.from(), p.to()))
			.toList();
	}

}
