package id.praja.deployment;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import id.praja.personnel.PersonnelManagement;
import id.praja.personnel.Unit;
import id.praja.support.TestDatabase;
import id.praja.territory.TerritoryManagement;
import id.praja.territory.Tps;
import id.praja.territory.TpsQuery;
import id.praja.vulnerability.Proposal;
import id.praja.vulnerability.VulnerabilityManagement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One travel model: the travel time a vulnerability proposal shows for a TPS is the
 * planner's (terrain model, configured once), not a second estimate.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@WithMockUser(roles = "PERENCANA")
class OneTravelModelIntegrationTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.freshProperties(false).forEach((key, value) -> registry.add(key, () -> value));
	}

	@Autowired
	VulnerabilityManagement vulnerability;

	@Autowired
	DeploymentManagement deployment;

	@Autowired
	PersonnelManagement personnel;

	@Autowired
	TerritoryManagement territory;

	@Test
	void aProposalsTravelTimeIsThePlannersTravelTimeFromTheNearestBase() {
		List<Unit> units = this.personnel.units();
		List<Tps> sample = this.territory.findTps(new TpsQuery(null, null, null, 0, 1000)).content();
		int checked = 0;
		int differsFromTheOldEstimate = 0;
		for (int i = 0; i < sample.size(); i += 61) {
			Tps tps = sample.get(i);
			Proposal p = this.vulnerability.assessment(tps.code()).orElseThrow().proposal();
			Unit base = units.stream().filter(u -> u.name().equals(p.nearestUnit())).findFirst().orElseThrow();
			double planner = this.deployment.travelModel()
				.minutes(base.baseLon(), base.baseLat(), tps.lon(), tps.lat());
			assertThat(p.travelMinutes()).as(tps.code()).isEqualTo((int) Math.round(planner));
			// no Polres/Polsek base is nearer by the planner's model
			for (Unit u : units) {
				if (u.baseLat() != null && (u.kind().name().equals("POLRES") || u.kind().name().equals("POLSEK"))) {
					assertThat(this.deployment.travelModel().minutes(u.baseLon(), u.baseLat(), tps.lon(), tps.lat()))
						.isGreaterThanOrEqualTo(planner - 1e-9);
				}
			}
			// the former second model: straight line × 1.4 at 30 km/h
			double km = new id.praja.shared.GeoPoint(tps.lat(), tps.lon())
				.distanceMetres(new id.praja.shared.GeoPoint(base.baseLat(), base.baseLon())) / 1000;
			if (Math.round(km * 1.4 / 30 * 60) != p.travelMinutes()) {
				differsFromTheOldEstimate++;
			}
			checked++;
		}
		assertThat(checked).isGreaterThan(5);
		assertThat(differsFromTheOldEstimate).as("the proposals no longer use 1.4 × at 30 km/h").isPositive();
	}

}
