package id.praja.press;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.praja.deployment.DeploymentPlan;
import id.praja.deployment.DeploymentPlans;
import id.praja.deployment.StoredPlan;
import id.praja.operation.OperationManagement;
import id.praja.press.internal.DraftWriter;
import id.praja.press.internal.PressRepository;
import id.praja.press.internal.Redaction;
import id.praja.security.Role;
import id.praja.shared.Conflict;
import id.praja.shared.NotFound;

/**
 * The Humas news desk: drafts generated from templates, edits kept as versions, the
 * workflow DRAFT → REVIEW → APPROVED (Kaops) → PUBLISHED (Humas), redaction rules and
 * unfilled gaps checked before a release goes out, and the published releases for the
 * public page and feed.
 */
@Service
public class PressDesk {

	/** The press desk drafts, edits, submits and publishes. */
	static final Set<Role> WRITERS = Set.of(Role.HUMAS, Role.ADMIN);

	/** The Kaops approves. */
	static final Set<Role> APPROVERS = Set.of(Role.KAOPS, Role.ADMIN);

	static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

	private final PressRepository repository;

	private final DraftWriter writer;

	private final DeploymentPlans plans;

	private final ApplicationEventPublisher events;

	private final OperationManagement operation;

	private final String today;

	PressDesk(PressRepository repository, DraftWriter writer, DeploymentPlans plans, ApplicationEventPublisher events,
			OperationManagement operation, @Value("${praja.press.today:}") String today) {
		this.operation = operation;
		this.repository = repository;
		this.writer = writer;
		this.plans = plans;
		this.events = events;
		this.today = today;
	}

	/**
	 * @return the templates, in order
	 */
	@Transactional(readOnly = true)
	public List<PressTemplate> templates() {
		return this.repository.templates();
	}

	/**
	 * @param code a template code
	 * @return the template
	 */
	@Transactional(readOnly = true)
	public PressTemplate template(String code) {
		return this.repository.template(code).orElseThrow(() -> new NotFound("no press template " + code));
	}

	/**
	 * Changes a template.
	 * @param code the template
	 * @param name its name
	 * @param title title with placeholders
	 * @param body body with placeholders
	 * @param user who changes it
	 * @param roles the user's roles
	 * @return the template afterwards
	 */
	@Transactional
	public PressTemplate changeTemplate(String code, String name, String title, String body, String user,
			Collection<Role> roles) {
		require(roles, WRITERS, "only the Humas desk edits templates");
		PressTemplate before = template(code);
		if (blank(name) || blank(title) || blank(body)) {
			throw new IllegalArgumentException("a template needs a name, a title and a body");
		}
		if (title.length() > 400 || body.length() > 20000) {
			throw new IllegalArgumentException("a template title is limited to 400 and a body to 20000 characters");
		}
		this.repository.updateTemplate(code, name.strip(), title.strip(), body.strip(), user);
		this.events.publishEvent(new PressReleaseChanged("press.template-changed", "template", code,
				Map.of("title", before.title()), Map.of("title", title.strip())));
		return template(code);
	}

	/**
	 * @param eventCode an event (template) code, or null for all
	 * @return the desk's own facts
	 */
	@Transactional(readOnly = true)
	public List<Fact> facts(String eventCode) {
		return this.repository.facts(eventCode);
	}

	/**
	 * Records or replaces a fact no other record carries.
	 * @param fact the fact, with its source
	 * @param user who records it
	 * @param roles the user's roles
	 */
	@Transactional
	public void recordFact(Fact fact, String user, Collection<Role> roles) {
		require(roles, WRITERS, "only the Humas desk records facts");
		if (fact == null || blank(fact.eventCode()) || blank(fact.key()) || blank(fact.value())
				|| blank(fact.source())) {
			throw new IllegalArgumentException("a fact needs an event, a key, a value and its source");
		}
		if (!fact.key().strip().matches("[a-z_]{2,40}")) {
			throw new IllegalArgumentException("a fact key is 2 to 40 lower-case letters or underscores");
		}
		this.repository.saveFact(
				new Fact(fact.eventCode().strip(), fact.key().strip(), fact.value().strip(), fact.source().strip()),
				user);
		this.events.publishEvent(new PressReleaseChanged("press.fact-recorded", "fact",
				fact.eventCode() + "." + fact.key(), null, Map.of("value", fact.value(), "source", fact.source())));
	}

	/**
	 * @param eventCode an event code, or null for all
	 * @return recorded quotes
	 */
	@Transactional(readOnly = true)
	public List<Quote> quotes(String eventCode) {
		return this.repository.quotes(eventCode);
	}

	/**
	 * Records a statement a named speaker actually made: only such records become quotes.
	 * @param eventCode the event
	 * @param speaker who said it (rank, name, position)
	 * @param text what was said
	 * @param user who records it
	 * @param roles the user's roles
	 * @return the quote's id
	 */
	@Transactional
	public long recordQuote(String eventCode, String speaker, String text, String user, Collection<Role> roles) {
		require(roles, WRITERS, "only the Humas desk records quotes");
		if (blank(eventCode) || blank(speaker) || blank(text)) {
			throw new IllegalArgumentException("a quote needs an event, a speaker and the words said");
		}
		if (text.length() > 2000) {
			throw new IllegalArgumentException("a quote is limited to 2000 characters");
		}
		long id = this.repository.insertQuote(eventCode.strip(), speaker.strip(), text.strip(), user);
		this.events.publishEvent(new PressReleaseChanged("press.quote-recorded", "quote", Long.toString(id), null,
				Map.of("event", eventCode, "speaker", speaker)));
		return id;
	}

	/**
	 * Drafts a release from a template and the records.
	 * @param templateCode the template
	 * @param user who drafts it
	 * @param roles the user's roles
	 * @return the new draft (version 1)
	 */
	@Transactional
	public PressRelease generate(String templateCode, String user, Collection<Role> roles) {
		require(roles, WRITERS, "only the Humas desk drafts releases");
		PressTemplate template = template(templateCode);
		DraftWriter.Draft draft = this.writer.write(template);
		long id = this.repository.insertRelease(template.code(), draft.eventDay(), user);
		this.repository.insertVersion(id, draft.title(), draft.summary(), draft.body(), author(), user);
		this.events.publishEvent(new PressReleaseChanged("press.drafted", "release", Long.toString(id), null,
				Map.of("template", template.code(), "gaps", draft.gaps().size())));
		return release(id);
	}

	/**
	 * @param templateCode a template
	 * @return the facts a draft from it would use, by placeholder
	 */
	@Transactional(readOnly = true)
	public Map<String, String> factsFor(String templateCode) {
		template(templateCode);
		Map<String, String> facts = new java.util.LinkedHashMap<>(this.writer.facts(templateCode));
		facts.keySet().removeIf(k -> k.startsWith("_"));
		return facts;
	}

	/**
	 * Saves an edit as a new version; an edit of a submitted or approved release sends it
	 * back to draft (it needs approval again). A published release no longer changes.
	 * @param id the release
	 * @param title title
	 * @param summary summary
	 * @param body text
	 * @param author byline
	 * @param user who edits
	 * @param roles the user's roles
	 * @return the release afterwards
	 */
	@Transactional
	public PressRelease edit(long id, String title, String summary, String body, String author, String user,
			Collection<Role> roles) {
		require(roles, WRITERS, "only the Humas desk edits releases");
		PressRelease before = release(id);
		if (before.status() == ReleaseStatus.PUBLISHED) {
			throw new Conflict("release " + id + " is published and no longer changes");
		}
		if (blank(title) || blank(body)) {
			throw new IllegalArgumentException("a release needs a title and a text");
		}
		if (title.length() > 400 || (summary != null && summary.length() > 1000) || body.length() > 50000) {
			throw new IllegalArgumentException(
					"a title is limited to 400, a summary to 1000 and a text to 50000 characters");
		}
		String cleanSummary = blank(summary) ? DraftWriter.summaryOf(body) : summary.strip();
		int version = this.repository.insertVersion(id, title.strip(), cleanSummary, body.strip().replace("\r\n", "\n"),
				blank(author) ? before.author() : author.strip(), user);
		if (before.status() != ReleaseStatus.DRAFT) {
			this.repository.setStatus(id, ReleaseStatus.DRAFT, user, "diubah setelah diajukan");
		}
		this.events.publishEvent(new PressReleaseChanged("press.edited", "release", Long.toString(id),
				Map.of("version", before.version(), "status", before.status().name()), Map.of("version", version)));
		return release(id);
	}

	/**
	 * Submits a draft for review; refused while it breaks a redaction rule.
	 * @param id the release
	 * @param user who submits
	 * @param roles the user's roles
	 * @return the release afterwards
	 */
	@Transactional
	public PressRelease submit(long id, String user, Collection<Role> roles) {
		require(roles, WRITERS, "only the Humas desk submits releases");
		PressRelease r = inState(id, ReleaseStatus.DRAFT, "only a draft can be submitted");
		List<String> problems = redactionProblems(r);
		if (!problems.isEmpty()) {
			throw new ReleaseRefused("Rilis tidak dapat diajukan", problems);
		}
		return transition(r, ReleaseStatus.REVIEW, user, null, "press.submitted");
	}

	/**
	 * Approves a release under review (Kaops or admin only).
	 * @param id the release
	 * @param user who approves
	 * @param roles the user's roles
	 * @return the release afterwards
	 */
	@Transactional
	public PressRelease approve(long id, String user, Collection<Role> roles) {
		require(roles, APPROVERS, "only the Kaops approves releases");
		PressRelease r = inState(id, ReleaseStatus.REVIEW, "only a release under review can be approved");
		return transition(r, ReleaseStatus.APPROVED, user, null, "press.approved");
	}

	/**
	 * Sends a release under review back to the desk with a note.
	 * @param id the release
	 * @param note what to change
	 * @param user who sends it back
	 * @param roles the user's roles
	 * @return the release afterwards
	 */
	@Transactional
	public PressRelease sendBack(long id, String note, String user, Collection<Role> roles) {
		require(roles, APPROVERS, "only the Kaops sends releases back");
		PressRelease r = inState(id, ReleaseStatus.REVIEW, "only a release under review can be sent back");
		if (blank(note)) {
			throw new IllegalArgumentException("say what should change");
		}
		return transition(r, ReleaseStatus.DRAFT, user, note.strip(), "press.sent-back");
	}

	/**
	 * Publishes an approved release on the public page and feed; refused with unfilled
	 * gaps or a redaction problem.
	 * @param id the release
	 * @param user who publishes
	 * @param roles the user's roles
	 * @return the release afterwards
	 */
	@Transactional
	public PressRelease publish(long id, String user, Collection<Role> roles) {
		require(roles, WRITERS, "only the Humas desk publishes releases");
		PressRelease r = inState(id, ReleaseStatus.APPROVED, "only an approved release can be published");
		List<String> problems = problems(r);
		if (!problems.isEmpty()) {
			throw new ReleaseRefused("Rilis tidak dapat diterbitkan", problems);
		}
		return transition(r, ReleaseStatus.PUBLISHED, user, slug(r), "press.published");
	}

	/**
	 * @param id a release
	 * @return what stops it from going out: unfilled gaps and redaction problems
	 */
	@Transactional(readOnly = true)
	public List<String> problems(long id) {
		return problems(release(id));
	}

	private List<String> problems(PressRelease r) {
		List<String> problems = new ArrayList<>();
		Set<String> gaps = new LinkedHashSet<>(Gaps.find(r.title() + "\n" + r.summary() + "\n" + r.body()));
		for (String gap : gaps) {
			problems.add("Celah belum diisi: " + gap);
		}
		problems.addAll(redactionProblems(r));
		return problems;
	}

	private List<String> redactionProblems(PressRelease r) {
		return redaction().check(r.title() + "\n" + r.summary() + "\n" + r.body(), today())
			.stream()
			.map(RedactionViolation::message)
			.toList();
	}

	/**
	 * @return the redaction rules as of the published plan
	 */
	@Transactional(readOnly = true)
	Redaction redaction() {
		return this.plans.published().map(PressDesk::redaction).orElse(Redaction.NO_PLAN);
	}

	static Redaction redaction(StoredPlan stored) {
		DeploymentPlan plan = stored.plan();
		Set<String> names = new LinkedHashSet<>();
		Set<String> codes = new LinkedHashSet<>();
		plan.staffed().forEach(s -> {
			s.officers().forEach(o -> names.add(o.name()));
			codes.add(s.post().anchor());
			codes.addAll(s.post().tps());
		});
		Set<String> bases = new LinkedHashSet<>();
		plan.reserves().bases().forEach(b -> bases.add(b.name()));
		return new Redaction(names, codes, bases, stored.version().electionDay());
	}

	/**
	 * @return the day the rules are checked for (set {@code praja.press.today} to replay
	 * the operation)
	 */
	public LocalDate today() {
		return blank(this.today) ? LocalDate.now(JAKARTA) : LocalDate.parse(this.today.strip());
	}

	/**
	 * @param status a state, or null for all
	 * @return releases, newest first
	 */
	@Transactional(readOnly = true)
	public List<PressRelease> releases(ReleaseStatus status) {
		return this.repository.releases(status, 500);
	}

	/**
	 * @param id a release
	 * @return it
	 */
	@Transactional(readOnly = true)
	public PressRelease release(long id) {
		return this.repository.release(id).orElseThrow(() -> new NotFound("no press release " + id));
	}

	/**
	 * @param id a release
	 * @return every version, oldest first
	 */
	@Transactional(readOnly = true)
	public List<ReleaseVersion> versions(long id) {
		release(id);
		return this.repository.versions(id);
	}

	/**
	 * @param limit at most this many
	 * @return published releases, newest first: all the public ever sees
	 */
	@Transactional(readOnly = true)
	public List<PressRelease> published(int limit) {
		return this.repository.releases(ReleaseStatus.PUBLISHED, Math.max(1, Math.min(limit, 500)));
	}

	/**
	 * @param slug a public address
	 * @return the published release there
	 * @throws NotFound when nothing is published there
	 */
	@Transactional(readOnly = true)
	public PressRelease publishedRelease(String slug) {
		return this.repository.published(slug).orElseThrow(() -> new NotFound("no published release " + slug));
	}

	private PressRelease inState(long id, ReleaseStatus status, String message) {
		PressRelease r = release(id);
		if (r.status() != status) {
			throw new Conflict(message + " (release " + id + " is " + r.status() + ")");
		}
		return r;
	}

	private PressRelease transition(PressRelease before, ReleaseStatus to, String user, String note, String action) {
		this.repository.setStatus(before.id(), to, user, note);
		this.events.publishEvent(new PressReleaseChanged(action, "release", Long.toString(before.id()),
				Map.of("status", before.status().name(), "version", before.version()),
				Map.of("status", to.name(), "version", before.version())));
		return release(before.id());
	}

	private String slug(PressRelease r) {
		String ascii = Normalizer.normalize(r.title(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		String words = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
		if (words.length() > 80) {
			words = words.substring(0, 80).replaceAll("-[^-]*$", "");
		}
		String slug = today() + "-" + words;
		return this.repository.slugTaken(slug) ? slug + "-" + r.id() : slug;
	}

	private String author() {
		return "Humas " + this.operation.operation().polres();
	}

	private static void require(Collection<Role> roles, Set<Role> allowed, String message) {
		if (roles == null || roles.stream().noneMatch(allowed::contains)) {
			throw new AccessDeniedException(message);
		}
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

}
