package id.praja.personnel.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.DependsOn;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.context.annotation.Lazy;

import id.praja.security.Role;
import id.praja.security.UserAccount;
import id.praja.security.UserAccounts;
import id.praja.territory.Desa;
import id.praja.territory.Kecamatan;
import id.praja.territory.TerritoryManagement;

/**
 * Loads the unit structure on an empty database and, in demo mode, the generated roster;
 * links the demo accounts to their officers (the Kapolsek account to the Kapolsek, the
 * field account to a Bhabinkamtibmas of his Polsek). Runs after the territory and the
 * demo accounts exist.
 */
@Component
// made at start-up even for a command (whose other beans are lazy): it prepares the data
@Lazy(false)
@DependsOn({ "territoryInitializer", "demoAccounts" })
class PersonnelInitializer implements InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(PersonnelInitializer.class);

	private final PersonnelRepository repository;

	private final TerritoryManagement territory;

	private final UserAccounts accounts;

	private final TransactionTemplate transaction;

	private final boolean demo;

	private final long seed;

	private final UnitScopes scopes;

	private final String dataset;

	PersonnelInitializer(PersonnelRepository repository, TerritoryManagement territory, UserAccounts accounts,
			TransactionTemplate transaction, @Value("${praja.demo.enabled:false}") boolean demo,
			@Value("${praja.demo.seed:2024}") long seed, @Value("${praja.territory.dataset:jatim}") String dataset,
			UnitScopes scopes) {
		this.dataset = dataset;
		this.repository = repository;
		this.scopes = scopes;
		this.territory = territory;
		this.accounts = accounts;
		this.transaction = transaction;
		this.demo = demo;
		this.seed = seed;
	}

	@Override
	public void afterPropertiesSet() {
		id.praja.shared.SystemScope.run("start-up", this::initialize);
	}

	private void initialize() {
		this.transaction.executeWithoutResult(status -> {
			if (this.repository.hasUnits()) {
				return;
			}
			List<Kecamatan> kecamatan = this.territory.kecamatan();
			List<Desa> desa = this.territory.desa(null);
			// the scopes walk the unit tree: whatever a node read before is gone once
			// this commits
			this.scopes.forget();
			UnitStructure structure = new UnitStructure(kecamatan, desa, Organisation.read(this.dataset));
			Map<String, String> areas = new LinkedHashMap<>();
			structure.polsek().forEach(p -> p.area().forEach(k -> areas.put(k, p.code())));
			if (!this.demo) {
				this.repository.insertUnits(structure.units());
				this.repository.insertPolsekAreas(areas);
				log.info("Loaded the unit structure: {} units", structure.units().size());
				return;
			}
			RosterGenerator.Roster roster = new RosterGenerator(this.seed).generate(structure, kecamatan, desa);
			this.repository.insertUnits(roster.units());
			this.repository.insertPolsekAreas(areas);
			this.repository.upsertOfficers(roster.officers());
			log.info("Generated the demo roster: {} units, {} officers (seed {})", roster.units().size(),
					roster.officers().size(), this.seed);
			linkDemoAccounts(roster);
		});
	}

	private void linkDemoAccounts(RosterGenerator.Roster roster) {
		for (UserAccount account : this.accounts.all()) {
			if (!account.demo() || account.officerNrp() != null) {
				continue;
			}
			String prefix = null;
			String unit = account.scope();
			if (account.role() == Role.KAPOLSEK) {
				prefix = "Kapolsek ";
			}
			else if (account.role() == Role.LAPANGAN) {
				prefix = "Bhabinkamtibmas ";
			}
			else if (account.role() == Role.KAOPS) {
				prefix = "Kapolres";
			}
			else if (account.role() == Role.PERENCANA) {
				prefix = "Kabag Ops";
				unit = "BAG-OPS";
			}
			else if (account.role() == Role.HUMAS) {
				prefix = "Kasi Humas";
				unit = "SI-HUMAS";
			}
			String p = prefix;
			String u = unit;
			if (p == null) {
				continue;
			}
			roster.officers()
				.stream()
				.filter(o -> o.function().startsWith(p) && (u == null || u.equals(o.unitCode())
						|| (account.role() == Role.KAOPS && o.unitCode().equals(UnitStructure.POLRES))))
				.findFirst()
				.ifPresent(o -> this.accounts.linkOfficer(account.username(), o.nrp()));
		}
	}

}
