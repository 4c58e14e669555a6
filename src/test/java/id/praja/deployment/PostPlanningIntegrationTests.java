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

}
