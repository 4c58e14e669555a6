package id.praja.deployment.internal;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

import org.springframework.stereotype.Component;

import id.praja.deployment.DeploymentManagement;
import id.praja.deployment.Post;
import id.praja.deployment.PostPlan;
import id.praja.deployment.StaffingPattern;
import id.praja.shared.PrajaCommand;

/**
 * {@code ./praja bench posts [seconds-per-polsek...]}: the Jember demo TPS grouped into
 * posts by the 2020 national pattern: time to the first complete plan, the plan after
 * improvement, the ratio to a naive greedy plan, and the peak heap.
 */
@Component
class PostsBenchmark implements PrajaCommand {

	private final DeploymentManagement deployment;

	PostsBenchmark(DeploymentManagement deployment) {
		this.deployment = deployment;
	}

	@Override
	public String name() {
		return "bench posts";
	}

	@Override
	public String usage() {
		return "bench posts [seconds-per-polsek ...] (Jember TPS into posts: first plan, improved plans, greedy baseline)";
	}

	@Override
	public int run(List<String> args, PrintStream out) {
		List<Double> budgets = args.isEmpty() ? List.of(0.0, 1.0, 4.0) : args.stream().map(Double::valueOf).toList();
		int threads = Runtime.getRuntime().availableProcessors();
		StaffingPattern pattern = StaffingPattern.national2020();
		ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
		double greedy = this.deployment.greedyDistance(pattern);
		out.printf("Benchmark: Jember TPS into posts (2020 national pattern), %d threads; greedy baseline %.1f km%n",
				threads, greedy / 1000);
		for (double budget : budgets) {
			PostPlan plan = this.deployment.planPosts(pattern, budget, threads);
			long fixed = plan.posts().stream().filter(Post::fixed).count();
			out.printf(
					"%4.1f s per Polsek: %d TPS in %d posts (%d fixed), %d police + %d reserve; first complete plan %.2f s;"
							+ " total %.2f s; total TPS-to-anchor distance %.1f km (%.3f of greedy)%n",
					budget, plan.tps(), plan.posts().size(), fixed, plan.police(), plan.reserve(),
					plan.firstPlanSeconds(), plan.seconds(), plan.totalDistanceMetres() / 1000,
					plan.totalDistanceMetres() / greedy);
			if (plan.polsekBounds() != null) {
				double bound = plan.boundMetres();
				out.printf("  proven bound %.1f km (plan within %.2f %% of it); per Polsek:%s%n", bound / 1000,
						(plan.totalDistanceMetres() - bound) / bound * 100,
						plan.polsekBounds()
							.stream()
							.map(b -> " %s %.2f %%".formatted(b.polsek(), b.gap() * 100))
							.collect(java.util.stream.Collectors.joining(",")));
			}
		}
		id.praja.deployment.DeploymentPlan deployment = this.deployment.planDeployment(pattern, 0, threads,
				java.time.LocalDate.of(2024, 11, 27), id.praja.personnel.Rank.BRIPDA);
		long weakLeaders = deployment.staffed().stream().filter(s -> !s.leaderRankOk()).count();
		out.printf(
				"officers to posts (27 Nov 2024): %.2f s; %d places empty (BKO to ask for); %d posts led below Bripda;"
						+ " reserve pool %d for %d needed%n",
				deployment.seconds(), deployment.missing(), weakLeaders, deployment.reserve(),
				deployment.reserveNeeded());
		out.printf("reserves: %d teams of %d at %s; within target %s; worst minutes %s%n",
				deployment.reserves().teams(), deployment.reserves().teamSize(),
				deployment.reserves().bases().stream().map(b -> b.name()).toList(),
				deployment.reserves().withinTarget(), deployment.reserves().worstMinutes());
		long peak = ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter(p -> p.getType() == MemoryType.HEAP)
			.mapToLong(p -> p.getPeakUsage().getUsed())
			.sum();
		out.printf("peak heap %d MB%n", peak >> 20);
		return 0;
	}

}
