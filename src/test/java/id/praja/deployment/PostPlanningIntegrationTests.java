package id.praja.deployment;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import id.praja.personnel.PersonnelManagement;
import id.praja.support.DatabaseTests;
import id.praja.territory.TerritoryManagement;
import id.praja.vulnerability.PoliceClass;
import id.praja.vulnerability.VulnerabilityManagement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Jember demo TPS grouped into posts: every TPS in exactly one post, posts inside one
 * Polsek's area, fixed posts for sangat rawan and khusus, no group over its capacity, and
 * better than the greedy baseline.
 */
class PostPlanningIntegrationTests extends DatabaseTests {

	@Autowired
	DeploymentManagement deployment;

	@Autowired
	TerritoryManagement territory;

	@Autowired
	PersonnelManagement personnel;

	@Autowired
	VulnerabilityManagement vulnerability;

	@Autowired
	org.springframework.test.web.servlet.assertj.MockMvcTester mvc;

	@Test
	@WithUserDetails("kabagops")
	void everyTpsIsInOnePostOfItsOwnPolsekWithinTheGroupsCapacity() {
		StaffingPattern pattern = StaffingPattern.national2020();
		PostPlan plan = this.deployment.planPosts(pattern, 0.5, 2);
		Map<String, String> kecamatanOf = new HashMap<>();
		this.territory.forEachTps(null, t -> kecamatanOf.put(t.code(), t.kecamatanCode()));
		Map<String, String> areas = this.personnel.polsekAreas();
		Map<String, PoliceClass> classes = this.vulnerability.classes();

		Set<String> seen = new HashSet<>();
		for (Post post : plan.posts()) {
			assertThat(post.tps()).contains(post.anchor());
			assertThat(post.load()).isLessThanOrEqualTo(1.0 + 1e-9);
			for (String tps : post.tps()) {
				assertThat(seen.add(tps)).as("%s in two posts", tps).isTrue();
				assertThat(areas.get(kecamatanOf.get(tps))).as("post of %s", tps).isEqualTo(post.polsek());
				PoliceClass c = classes.getOrDefault(tps, PoliceClass.KURANG_RAWAN);
				if (c == PoliceClass.KHUSUS || c == PoliceClass.SANGAT_RAWAN) {
					assertThat(post.fixed()).isTrue();
					assertThat(post.tps()).containsExactly(tps);
				}
			}
		}
		assertThat(seen).hasSize(kecamatanOf.size());
		assertThat(plan.tps()).isEqualTo(kecamatanOf.size());
		assertThat(plan.posts()).filteredOn(Post::fixed).hasSize(2);
		// 2 police per group: 4,004 kurang rawan TPS need about 400 pairs, 40 rawan 20
		// more
		assertThat(plan.police()).isEqualTo(2 * plan.posts().size()).isBetween(850, 1000);
		assertThat(plan.linmas()).isEqualTo(2 * plan.tps());
		assertThat(plan.totalDistanceMetres()).isLessThan(this.deployment.greedyDistance(pattern));
	}

	@Test
	@WithUserDetails("kabagops")
	void officersFillThePostsFromTheirOwnPolsekFirstAndNoOneTwice() {
		java.time.LocalDate day = java.time.LocalDate.of(2024, 11, 27);
		DeploymentPlan plan = this.deployment.planDeployment(StaffingPattern.national2020(), 0, 2, day,
				id.praja.personnel.Rank.BRIPDA);
		Map<String, id.praja.personnel.Officer> officers = new HashMap<>();
		this.personnel.officers(new id.praja.personnel.OfficerQuery(null, null, null, 0, 2000))
			.content()
			.forEach(o -> officers.put(o.nrp(), o));
		Set<String> posted = new HashSet<>();
		int filled = 0;
		for (StaffedPost sp : plan.staffed()) {
			assertThat(sp.officers().size() + sp.missing()).isEqualTo(sp.post().police());
			for (int i = 0; i < sp.officers().size(); i++) {
				PostedOfficer po = sp.officers().get(i);
				assertThat(posted.add(po.nrp())).as("%s posted twice", po.nrp()).isTrue();
				id.praja.personnel.Officer o = officers.get(po.nrp());
				assertThat(o.statusOn(day).available()).isTrue();
				assertThat(o.unitCode()).isNotIn("SAT-SAMAPTA", "BKO-BRIMOB");
				assertThat(o.function()).doesNotStartWith("Kapolsek").doesNotStartWith("Kabag");
				if (o.unitCode().startsWith("POLSEK-")) {
					assertThat(o.unitCode()).isEqualTo(sp.post().polsek());
				}
				if (i > 0) {
					assertThat(o.rank().compareTo(officers.get(sp.officers().get(i - 1).nrp()).rank()))
						.isLessThanOrEqualTo(0);
				}
				filled++;
			}
		}
		assertThat(filled + plan.missing()).isEqualTo(plan.posts().police());
		// every Polsek's own available officers are used before anyone else's in its area
		assertThat(plan.reserve()).isGreaterThanOrEqualTo(plan.reserveNeeded());
		assertThat(filled).isGreaterThan(plan.posts().police() * 9 / 10);
		// reserves: one team per 12 officers of the pool, at distinct bases, every rawan
		// TPS reached
		ReservePlan reserves = plan.reserves();
		assertThat(reserves.teams()).isEqualTo(plan.reserve() / 12);
		assertThat(reserves.bases()).hasSize(reserves.teams())
			.extracting(ReservePlan.Base::unitCode)
			.doesNotHaveDuplicates();
		assertThat(reserves.withinTarget().values()).allSatisfy(v -> assertThat(v).isBetween(0.0, 1.0));
		// with the terrain model a rawan TPS deep in the mountains may lie beyond an hour
		assertThat(reserves.worstMinutes().get(PoliceClass.RAWAN)).isLessThan(120);
		assertThat(reserves.withinTarget().get(PoliceClass.RAWAN)).isGreaterThanOrEqualTo(0.8);
		// terrain: Tempurejo (Meru Betiri) is mountainous, Kaliwates (the town) flat
		assertThat(this.deployment.travelModel().terrainAt(113.71, -8.39))
			.isEqualTo(id.praja.deployment.planning.Terrain.PEGUNUNGAN);
		assertThat(this.deployment.travelModel().terrainAt(113.69, -8.18))
			.isEqualTo(id.praja.deployment.planning.Terrain.DATAR);
	}

}
