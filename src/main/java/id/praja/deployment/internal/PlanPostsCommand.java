package id.praja.deployment.internal;

import java.io.PrintStream;
import java.util.List;

import org.springframework.stereotype.Component;

import id.praja.deployment.planning.PlanPosts;
import id.praja.shared.PrajaCommand;

/**
 * {@code ./praja plan-posts --instance FILE --format cpmp --metric euclid|euclid-floor|haversine
 * --time-limit SECONDS [--threads N] [--seed S] --out FILE.csv}: the post-clustering
 * engine on a capacitated p-median instance. Writes {@code point,centre} rows (1-based, a
 * centre serves itself) and prints {@code objective=… feasible=… seconds=…} as its last
 * line.
 */
@Component
class PlanPostsCommand implements PrajaCommand {

	@Override
	public String name() {
		return "plan-posts";
	}

	@Override
	public String usage() {
		return "plan-posts --instance FILE --format cpmp --metric euclid|euclid-floor|haversine"
				+ " --time-limit SECONDS [--threads N] [--seed S] --out FILE.csv";
	}

	@Override
	public int run(List<String> args, PrintStream out) throws Exception {
		return PlanPosts.run(args, out);
	}

}
