package id.praja.territory.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.context.annotation.Lazy;

/**
 * Loads the shipped reference territory into an empty database and, in demo mode, the
 * generated demo TPS. Runs before the web server accepts requests, so a healthy Praja
 * always has its territory.
 */
@Component
// made at start-up even for a command (whose other beans are lazy): it prepares the data
@Lazy(false)
class TerritoryInitializer implements InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(TerritoryInitializer.class);

	private final TerritoryRepository repository;

	private final TerritoryReference reference;

	private final TransactionTemplate transaction;

	private final boolean demo;

	private final long seed;

	TerritoryInitializer(TerritoryRepository repository, TerritoryReference reference, TransactionTemplate transaction,
			@Value("${praja.demo.enabled:false}") boolean demo, @Value("${praja.demo.seed:2024}") long seed) {
		this.repository = repository;
		this.reference = reference;
		this.transaction = transaction;
		this.demo = demo;
		this.seed = seed;
	}

	@Override
	public void afterPropertiesSet() {
		id.praja.shared.SystemScope.run("start-up", this::initialize);
	}

	private void initialize() {
		String fingerprint = this.reference.fingerprint();
		this.transaction.executeWithoutResult(status -> {
			if (!this.repository.hasReferenceData()) {
				this.repository.insertReferenceData(this.reference.data());
				this.repository.saveReferenceFingerprint(fingerprint);
				log.info("Loaded the reference territory: {} kabupaten/kota, {} kecamatan, {} desa",
						this.reference.data().kabupaten().size(), this.reference.data().kecamatan().size(),
						this.reference.data().desa().size());
			}
			else if (!this.repository.referenceFingerprint().filter(fingerprint::equals).isPresent()) {
				// written by an older Praja (or never recorded): derive the outlines
				// again;
				// when the fingerprint matches, nothing is parsed (seconds saved per
				// start)
				int updated = this.repository.updateKecamatanBoundaries(this.reference.data().kecamatan());
				this.repository.saveReferenceFingerprint(fingerprint);
				if (updated > 0) {
					log.info("Redrew {} kecamatan outlines as the union of their desa", updated);
				}
			}
			if (this.demo && this.repository.tpsCount() == 0) {
				var tps = DemoTps.generate(this.reference, this.seed);
				this.repository.insertTps(tps);
				log.info("Generated {} demo TPS (seed {})", tps.size(), this.seed);
			}
		});
	}

}
