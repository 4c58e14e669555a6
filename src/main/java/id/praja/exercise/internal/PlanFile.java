package id.praja.exercise.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.praja.deployment.DeploymentPlan;
import id.praja.deployment.ReservePlan;
import id.praja.deployment.StaffedPost;
import id.praja.exercise.simulation.Scenario;

/**
 * A plan as a small CSV file for {@code ./praja simulate --plan FILE}: lines
 * {@code post,<anchor TPS>,<officers>,<TPS;TPS;...>} and
 * {@code reserve,<name>,<lon>,<lat>,<teams>}; blank lines and lines starting with
 * {@code #} are ignored.
 */
public final class PlanFile {

	/**
	 * @param posts the posts
	 * @param bases the reserve bases
	 */
	public record Plan(List<Scenario.PostUnit> posts, List<Scenario.ReserveBase> bases) {
	}

	private PlanFile() {
	}

	/**
	 * @param lines the file's lines
	 * @param tps TPS code to index
	 * @return the plan
	 * @throws IllegalArgumentException naming the first bad line
	 */
	public static Plan read(List<String> lines, Map<String, Integer> tps) {
		List<Scenario.PostUnit> posts = new ArrayList<>();
		List<Scenario.ReserveBase> bases = new ArrayList<>();
		for (int n = 0; n < lines.size(); n++) {
			String line = lines.get(n).strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			String[] f = line.split(",", -1);
			try {
				if (f[0].equals("post") && f.length == 4) {
					int anchor = tps(tps, f[1]);
					int officers = Integer.parseInt(f[2].strip());
					if (officers < 0) {
						throw new IllegalArgumentException("officers must be >= 0");
					}
					String[] codes = f[3].split(";");
					int[] members = new int[codes.length];
					for (int i = 0; i < codes.length; i++) {
						members[i] = tps(tps, codes[i]);
					}
					posts.add(new Scenario.PostUnit(anchor, members, officers));
				}
				else if (f[0].equals("reserve") && f.length == 5) {
					int teams = Integer.parseInt(f[4].strip());
					double lon = Double.parseDouble(f[2].strip());
					double lat = Double.parseDouble(f[3].strip());
					if (teams < 0 || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
						throw new IllegalArgumentException("teams must be >= 0 and coordinates valid");
					}
					bases.add(new Scenario.ReserveBase(f[1].strip(), lon, lat, teams));
				}
				else {
					throw new IllegalArgumentException(
							"expected post,anchor,officers,tps;tps or reserve,name,lon,lat,teams");
				}
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException("plan file line %d: %s".formatted(n + 1, ex.getMessage()), ex);
			}
		}
		if (posts.isEmpty() && bases.isEmpty()) {
			throw new IllegalArgumentException("the plan file has no posts and no reserves");
		}
		return new Plan(List.copyOf(posts), List.copyOf(bases));
	}

	private static int tps(Map<String, Integer> tps, String code) {
		Integer i = tps.get(code.strip());
		if (i == null) {
			throw new IllegalArgumentException("unknown TPS " + code.strip());
		}
		return i;
	}

	/**
	 * @param plan a plan
	 * @param out where its file goes
	 * @throws IOException when writing fails
	 */
	public static void write(DeploymentPlan plan, Writer out) throws IOException {
		out.write("# Praja plan file: post,<anchor TPS>,<officers>,<TPS;...> / reserve,<name>,<lon>,<lat>,<teams>\n");
		for (StaffedPost p : plan.staffed()) {
			out.write("post," + p.post().anchor() + "," + p.officers().size() + "," + String.join(";", p.post().tps())
					+ "\n");
		}
		for (ReservePlan.Base b : plan.reserves().bases()) {
			out.write(String.format(Locale.ROOT, "reserve,%s,%.6f,%.6f,1%n", b.name().replace(",", " "), b.lon(),
					b.lat()));
		}
		out.flush();
	}

}
