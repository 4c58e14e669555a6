package id.praja.deployment.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import id.praja.deployment.DeploymentPlan;
import id.praja.deployment.PlanComparison;
import id.praja.deployment.PlanExplanation;
import id.praja.deployment.PlanSummary;
import id.praja.deployment.Post;
import id.praja.deployment.PostPlan;
import id.praja.deployment.PostedOfficer;
import id.praja.deployment.ReservePlan;
import id.praja.deployment.StaffedPost;
import id.praja.deployment.StaffingPattern;
import id.praja.deployment.StoredPlan;
import id.praja.deployment.internal.PlanReadings;
import id.praja.deployment.planning.Metric;
import id.praja.personnel.PersonnelManagement;
import id.praja.personnel.Unit;
import id.praja.shared.NotFound;
import id.praja.territory.TerritoryManagement;
import id.praja.territory.Tps;
import id.praja.vulnerability.PoliceClass;
import id.praja.vulnerability.VulnerabilityManagement;

/**
 * What is read off a stored plan version, for people: its summary, why a TPS, an officer
 * or a post is where it is (and what a move would cost), what changed against another
 * version, and its map as GeoJSON. Reads only; the versions themselves are
 * {@code DeploymentPlans}'.
 */
@Component
public class PlanReadings {

	private final TerritoryManagement territory;

	private final PersonnelManagement personnel;

	private final VulnerabilityManagement vulnerability;

	private final MessageSource messages;

	PlanReadings(TerritoryManagement territory, PersonnelManagement personnel, VulnerabilityManagement vulnerability,
			MessageSource messages) {
		this.territory = territory;
		this.personnel = personnel;
		this.vulnerability = vulnerability;
		this.messages = messages;
	}

	/**
	 * @param stored a version
	 * @return its summary: shortfalls, longest travels, reserve coverage
	 */
	public PlanSummary summary(StoredPlan stored) {
		DeploymentPlan plan = stored.plan();
		Map<String, Tps> tps = tpsByCode();
		List<PlanSummary.Shortfall> below = plan.staffed()
			.stream()
			.filter(s -> s.missing() > 0)
			.sorted(Comparator.comparingInt(StaffedPost::missing).reversed().thenComparing(s -> s.post().anchor()))
			.map(s -> new PlanSummary.Shortfall(s.post().polsek(), s.post().anchor(), s.post().tps(), s.missing()))
			.toList();
		List<PlanSummary.Travel> tpsTravels = new ArrayList<>();
		List<PlanSummary.Travel> officerTravels = new ArrayList<>();
		int leaders = 0;
		int assigned = 0;
		for (StaffedPost s : plan.staffed()) {
			Tps anchor = tps.get(s.post().anchor());
			for (String code : s.post().tps()) {
				Tps t = tps.get(code);
				if (t != null && anchor != null) {
					tpsTravels.add(new PlanSummary.Travel(code, s.post().polsek(), s.post().anchor(),
							Math.round(Metric.HAVERSINE.distance(t.lon(), t.lat(), anchor.lon(), anchor.lat()))));
				}
			}
			for (PostedOfficer o : s.officers()) {
				officerTravels.add(new PlanSummary.Travel(o.nrp() + " " + o.rank() + " " + o.name(), s.post().polsek(),
						s.post().anchor(), Math.round(o.distanceMetres())));
			}
			assigned += s.officers().size();
			if (!s.leaderRankOk()) {
				leaders++;
			}
		}
		tpsTravels.sort(Comparator.comparingDouble(PlanSummary.Travel::metres).reversed());
		officerTravels.sort(Comparator.comparingDouble(PlanSummary.Travel::metres).reversed());
		int reserveShort = Math.max(0, plan.reserveNeeded() - plan.reserve());
		return new PlanSummary(stored.version().version(), plan.staffed().size(), plan.posts().tps(),
				plan.posts().police(), assigned, plan.missing(), plan.reserve(), plan.reserveNeeded(),
				plan.missing() + reserveShort, below, tpsTravels.subList(0, Math.min(10, tpsTravels.size())),
				officerTravels.subList(0, Math.min(10, officerTravels.size())), plan.reserves().withinTarget(),
				plan.reserves().worstMinutes(), leaders, plan.unmetPins(),
				Math.round(plan.posts().totalDistanceMetres() / 10) / 100.0, boundGapPercent(plan.posts()));
	}

	/**
	 * @return how far the posts' distance is above its proven bound, in percent
	 */
	private static Double boundGapPercent(PostPlan posts) {
		double bound = posts.boundMetres();
		if (Double.isNaN(bound) || bound <= 0) {
			return null;
		}
		return Math.max(0, (posts.totalDistanceMetres() - bound) / bound * 100);
	}

	/**
	 * Explains where a TPS, an officer or a post is, and what a move would cost.
	 * @param stored a version
	 * @param subject {@code tps}, {@code officer} or {@code post}
	 * @param key a TPS code, an NRP, or a post's anchor
	 * @return the explanation
	 */
	public PlanExplanation explain(StoredPlan stored, String subject, String key) {
		Map<String, Tps> tps = tpsByCode();
		return switch (String.valueOf(subject)) {
			case "tps" -> explainTps(stored, tps, key);
			case "officer" -> explainOfficer(stored, tps, key);
			case "post" -> explainPost(stored, tps, key);
			default -> throw new IllegalArgumentException("explain a tps, an officer or a post, not " + subject);
		};
	}

	private PlanExplanation explainTps(StoredPlan stored, Map<String, Tps> tps, String code) {
		StaffedPost home = stored.plan()
			.staffed()
			.stream()
			.filter(s -> s.post().tps().contains(code))
			.findFirst()
			.orElseThrow(
					() -> new NotFound("TPS " + code + " is in no post of plan version " + stored.version().version()));
		Post post = home.post();
		Tps t = tps.get(code);
		Tps anchor = tps.get(post.anchor());
		double here = Metric.HAVERSINE.distance(t.lon(), t.lat(), anchor.lon(), anchor.lat());
		List<String> reasons = new ArrayList<>();
		boolean pinned = stored.pins().posts().contains(post.anchor()) || stored.pins().anchors().contains(code);
		if (post.fixed()) {
			reasons.add(msg("explain.tps.fixed", msg("class." + post.highestClass().name())));
		}
		else {
			reasons.add(msg("explain.tps.mobile", post.anchor(), Math.round(here), post.tps().size(),
					Math.round(post.load() * 100)));
		}
		if (pinned) {
			reasons.add(msg("explain.pinned"));
		}
		if (home.missing() > 0) {
			reasons.add(msg("explain.tps.below", home.missing()));
		}
		StaffingPattern pattern = stored.pattern();
		PoliceClass own = this.vulnerability.classes().getOrDefault(code, PoliceClass.KURANG_RAWAN);
		double weight = 1.0 / pattern.groups().get(own).tps();
		List<PlanExplanation.Alternative> alternatives = new ArrayList<>();
		if (!post.fixed()) {
			stored.plan()
				.staffed()
				.stream()
				.map(StaffedPost::post)
				.filter(p -> !p.fixed() && p.polsek().equals(post.polsek()) && !p.anchor().equals(post.anchor()))
				.map(p -> {
					Tps a = tps.get(p.anchor());
					double there = Metric.HAVERSINE.distance(t.lon(), t.lat(), a.lon(), a.lat());
					boolean room = p.load() + weight <= 1.0 + 1e-9;
					return new PlanExplanation.Alternative(p.anchor(), Math.round(there - here),
							room ? msg("explain.tps.room", Math.round((p.load() + weight) * 100))
									: msg("explain.tps.full", Math.round(p.load() * 100)));
				})
				.sorted(Comparator.comparingDouble(PlanExplanation.Alternative::deltaMetres))
				.limit(3)
				.forEach(alternatives::add);
		}
		return new PlanExplanation("tps", code, post.polsek(), post.anchor(), pinned, reasons, alternatives);
	}

	private PlanExplanation explainOfficer(StoredPlan stored, Map<String, Tps> tps, String nrp) {
		StaffedPost home = stored.plan()
			.staffed()
			.stream()
			.filter(s -> s.officers().stream().anyMatch(o -> o.nrp().equals(nrp)))
			.findFirst()
			.orElseThrow(() -> new NotFound(
					"officer " + nrp + " is on no post of plan version " + stored.version().version()));
		PostedOfficer officer = home.officers().stream().filter(o -> o.nrp().equals(nrp)).findFirst().orElseThrow();
		Map<String, Unit> units = new HashMap<>();
		this.personnel.units().forEach(u -> units.put(u.code(), u));
		Unit unit = units.get(officer.unitCode());
		List<String> reasons = new ArrayList<>();
		boolean pinned = stored.pins().officers().containsKey(nrp);
		String tier = officer.unitCode().equals(home.post().polsek()) ? "own"
				: (unit != null && unit.kind() == id.praja.personnel.UnitKind.BKO) ? "bko" : "polres";
		reasons.add(msg("explain.officer." + tier, officer.unitCode(), Math.round(officer.distanceMetres())));
		if (home.officers().get(0).nrp().equals(nrp)) {
			reasons.add(msg("explain.officer.leader", officer.rank()));
		}
		if (pinned) {
			reasons.add(msg("explain.pinned"));
		}
		List<PlanExplanation.Alternative> alternatives = new ArrayList<>();
		if (unit != null && unit.baseLat() != null) {
			stored.plan()
				.staffed()
				.stream()
				.filter(s -> s != home && (s.post().polsek().equals(home.post().polsek())))
				.map(s -> {
					Tps a = tps.get(s.post().anchor());
					double there = Metric.HAVERSINE.distance(unit.baseLon(), unit.baseLat(), a.lon(), a.lat());
					return new PlanExplanation.Alternative(s.post().anchor(),
							Math.round(there - officer.distanceMetres()), (s.missing() > 0)
									? msg("explain.officer.fills", s.missing()) : msg("explain.officer.swap"));
				})
				.sorted(Comparator.comparingDouble(PlanExplanation.Alternative::deltaMetres))
				.limit(3)
				.forEach(alternatives::add);
		}
		return new PlanExplanation("officer", nrp, home.post().polsek(), home.post().anchor(), pinned, reasons,
				alternatives);
	}

	private PlanExplanation explainPost(StoredPlan stored, Map<String, Tps> tps, String anchorCode) {
		StaffedPost home = stored.plan()
			.staffed()
			.stream()
			.filter(s -> s.post().anchor().equals(anchorCode))
			.findFirst()
			.orElseThrow(() -> new NotFound(
					"no post anchored at " + anchorCode + " in plan version " + stored.version().version()));
		Post post = home.post();
		List<String> reasons = new ArrayList<>();
		boolean pinned = stored.pins().posts().contains(anchorCode) || stored.pins().anchors().contains(anchorCode);
		reasons.add(msg("explain.post.pattern", msg("class." + post.highestClass().name()), post.police(),
				post.tps().size(), Math.round(post.load() * 100)));
		reasons.add(msg("explain.post.staffed", home.officers().size(), post.police(),
				home.officers().isEmpty() ? "-" : home.officers().get(0).rank() + " " + home.officers().get(0).name()));
		if (pinned) {
			reasons.add(msg("explain.pinned"));
		}
		List<PlanExplanation.Alternative> alternatives = new ArrayList<>();
		double current = sumTo(post, tps, tps.get(anchorCode));
		for (String other : post.tps()) {
			if (!other.equals(anchorCode)) {
				alternatives.add(new PlanExplanation.Alternative(other,
						Math.round(sumTo(post, tps, tps.get(other)) - current), msg("explain.post.anchor")));
			}
		}
		alternatives.sort(Comparator.comparingDouble(PlanExplanation.Alternative::deltaMetres));
		return new PlanExplanation("post", anchorCode, post.polsek(), anchorCode, pinned, reasons,
				alternatives.subList(0, Math.min(3, alternatives.size())));
	}

	private static double sumTo(Post post, Map<String, Tps> tps, Tps anchor) {
		double sum = 0;
		for (String code : post.tps()) {
			Tps t = tps.get(code);
			sum += Metric.HAVERSINE.distance(t.lon(), t.lat(), anchor.lon(), anchor.lat());
		}
		return sum;
	}

	/**
	 * @param from the older version
	 * @param to the newer version
	 * @return what moved and how the scores changed
	 */
	public PlanComparison compare(StoredPlan from, StoredPlan to) {
		Map<String, String> tpsFrom = anchorOfTps(from.plan());
		Map<String, String> tpsTo = anchorOfTps(to.plan());
		List<PlanComparison.Move> tpsMoves = moves(tpsFrom, tpsTo);
		Map<String, String> officersFrom = anchorOfOfficers(from.plan());
		Map<String, String> officersTo = anchorOfOfficers(to.plan());
		List<PlanComparison.Move> officerMoves = moves(officersFrom, officersTo);
		Map<PoliceClass, Double> within = new EnumMap<>(PoliceClass.class);
		to.plan()
			.reserves()
			.withinTarget()
			.forEach((c, v) -> within.put(c,
					Math.round((v - from.plan().reserves().withinTarget().getOrDefault(c, 0.0)) * 1000) / 1000.0));
		return new PlanComparison(from.version().version(), to.version().version(),
				Math.round((to.plan().posts().totalDistanceMetres() - from.plan().posts().totalDistanceMetres()) / 10)
						/ 100.0,
				to.plan().missing() - from.plan().missing(), to.plan().staffed().size() - from.plan().staffed().size(),
				tpsMoves.size(), tpsMoves.subList(0, Math.min(200, tpsMoves.size())), officerMoves.size(),
				officerMoves.subList(0, Math.min(200, officerMoves.size())), within);
	}

	private static Map<String, String> anchorOfTps(DeploymentPlan plan) {
		Map<String, String> anchors = new HashMap<>();
		plan.posts().posts().forEach(p -> p.tps().forEach(t -> anchors.put(t, p.anchor())));
		return anchors;
	}

	private static Map<String, String> anchorOfOfficers(DeploymentPlan plan) {
		Map<String, String> anchors = new HashMap<>();
		plan.staffed().forEach(s -> s.officers().forEach(o -> anchors.put(o.nrp(), s.post().anchor())));
		return anchors;
	}

	private static List<PlanComparison.Move> moves(Map<String, String> from, Map<String, String> to) {
		Set<String> keys = new TreeSet<>(from.keySet());
		keys.addAll(to.keySet());
		List<PlanComparison.Move> moves = new ArrayList<>();
		for (String k : keys) {
			String a = from.get(k);
			String b = to.get(k);
			if (a == null ? b != null : !a.equals(b)) {
				moves.add(new PlanComparison.Move(k, a, b));
			}
		}
		return moves;
	}

	/**
	 * The map of a version as GeoJSON (for GIS tools and the printed annex): each post as
	 * a point at its anchor, a line from the anchor to each of its TPS, and the reserve
	 * bases.
	 * @param stored a version
	 * @return a FeatureCollection
	 */
	public Map<String, Object> mapGeoJson(StoredPlan stored) {
		Map<String, Tps> tps = tpsByCode();
		List<Map<String, Object>> features = new ArrayList<>();
		for (StaffedPost s : stored.plan().staffed()) {
			Post post = s.post();
			Tps anchor = tps.get(post.anchor());
			if (anchor == null) {
				continue;
			}
			Map<String, Object> properties = new java.util.LinkedHashMap<>();
			properties.put("kind", "post");
			properties.put("anchor", post.anchor());
			properties.put("polsek", post.polsek());
			properties.put("class", post.highestClass().name());
			properties.put("fixed", post.fixed());
			properties.put("tps", post.tps().size());
			properties.put("police", post.police());
			properties.put("officers", s.officers().size());
			properties.put("missing", s.missing());
			properties.put("leader",
					s.officers().isEmpty() ? null : s.officers().get(0).rank() + " " + s.officers().get(0).name());
			features.add(feature("Point", List.of(anchor.lon(), anchor.lat()), properties));
			for (String code : post.tps()) {
				Tps t = tps.get(code);
				if (t != null && !code.equals(post.anchor())) {
					features.add(feature("LineString",
							List.of(List.of(anchor.lon(), anchor.lat()), List.of(t.lon(), t.lat())),
							Map.of("kind", "assignment", "tps", code, "anchor", post.anchor())));
				}
			}
		}
		for (ReservePlan.Base b : stored.plan().reserves().bases()) {
			features.add(feature("Point", List.of(b.lon(), b.lat()),
					Map.of("kind", "reserve", "unit", b.unitCode(), "name", b.name())));
		}
		Map<String, Object> collection = new java.util.LinkedHashMap<>();
		collection.put("type", "FeatureCollection");
		collection.put("name", "rencana-v" + stored.version().version());
		collection.put("features", features);
		return collection;
	}

	private static Map<String, Object> feature(String type, Object coordinates, Map<String, Object> properties) {
		Map<String, Object> feature = new java.util.LinkedHashMap<>();
		feature.put("type", "Feature");
		feature.put("geometry", Map.of("type", type, "coordinates", coordinates));
		feature.put("properties", properties);
		return feature;
	}

	private Map<String, Tps> tpsByCode() {
		Map<String, Tps> tps = new HashMap<>();
		this.territory.forEachTps(null, t -> tps.put(t.code(), t));
		return tps;
	}

	private String msg(String key, Object... args) {
		return this.messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

}
