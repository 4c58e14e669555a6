package id.praja.bko.internal;

import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import id.praja.bko.ReserveUnit;
import id.praja.operation.OperationManagement;
import id.praja.shared.SystemScope;

/**
 * Demo reserve units of Polda Jatim (marked demo): Sat Brimob companies at plausible home
 * bases across the province, a Samapta company and two directorate contingents, available
 * from a week before voting day to a few days after; one company is held elsewhere until
 * the day before voting day (so the page shows a unit that cannot be sent). Strengths and
 * bases are illustrative, not the Polda's real order of battle.
 */
@Component
class DemoReserveUnits {

	private static final Logger log = LoggerFactory.getLogger(DemoReserveUnits.class);

	/** Used when the operation has no voting day (the reference Pilkada's). */
	private static final LocalDate REFERENCE_VOTING_DAY = LocalDate.of(2024, 11, 27);

	private final BkoRepository repository;

	private final OperationManagement operation;

	private final boolean demo;

	DemoReserveUnits(BkoRepository repository, OperationManagement operation,
			@Value("${praja.demo.enabled:false}") boolean demo) {
		this.repository = repository;
		this.operation = operation;
		this.demo = demo;
	}

	@EventListener(ApplicationReadyEvent.class)
	void load() {
		if (this.demo) {
			SystemScope.run("demo-bko", this::loadIfEmpty);
		}
	}

	private void loadIfEmpty() {
		if (!this.repository.units().isEmpty()) {
			return;
		}
		LocalDate day = this.operation.votingDay().orElse(REFERENCE_VOTING_DAY);
		units(day).forEach(this.repository::insert);
		log.info("Loaded {} demo reserve units of the Polda for BKO", units(day).size());
	}

	static List<ReserveUnit> units(LocalDate votingDay) {
		LocalDate from = votingDay.minusDays(7);
		LocalDate to = votingDay.plusDays(4);
		return List.of(
				new ReserveUnit("BRIMOB-K1", "Kompi 1 Sat Brimob Polda Jatim", "BRIMOB", "Surabaya", -7.2906, 112.7344,
						120, 3, from, to, true),
				new ReserveUnit("BRIMOB-K2", "Kompi 2 Sat Brimob Polda Jatim", "BRIMOB", "Malang", -7.9666, 112.6326,
						120, 3, from, to, true),
				new ReserveUnit("BRIMOB-K3", "Kompi 3 Sat Brimob Polda Jatim", "BRIMOB", "Madiun", -7.6298, 111.5239,
						110, 3, from, to, true),
				new ReserveUnit("BRIMOB-K4", "Kompi 4 Sat Brimob Polda Jatim", "BRIMOB", "Bojonegoro", -7.1502,
						111.8817, 110, 3, from, votingDay.minusDays(1), true),
				new ReserveUnit("SAMAPTA-K1", "Kompi Dalmas Ditsamapta Polda Jatim", "SAMAPTA", "Surabaya", -7.3305,
						112.7290, 100, 3, from, to, true),
				new ReserveUnit("DITLANTAS", "Kontingen Ditlantas Polda Jatim", "DIREKTORAT", "Surabaya", -7.2865,
						112.7440, 60, 2, from, to, true),
				new ReserveUnit("DITRESKRIMUM", "Kontingen Ditreskrimum Polda Jatim", "DIREKTORAT", "Surabaya", -7.3356,
						112.7289, 30, 1, from, to, true));
	}

}
