package id.praja.command;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.praja.command.internal.FieldReportStore;
import id.praja.command.internal.TpsDirectory;
import id.praja.deployment.DeploymentPlans;
import id.praja.deployment.PostedOfficer;
import id.praja.deployment.StaffedPost;
import id.praja.operation.OperationManagement;
import id.praja.personnel.Officer;
import id.praja.personnel.PersonnelManagement;
import id.praja.shared.AccessScope;
import id.praja.shared.AccessScopes;
import id.praja.shared.CurrentUser;

/**
 * Silence is a signal: on voting day a TPS whose expected report has not come by its time
 * (an officer checked in by 06.00, the TPS opened by 07.15, counting begun by 13.30,
 * finished by the close) and a post from whose TPS nothing has been heard for a while are
 * flagged, per Polsek, with the officers of its post and their phones to call. The times
 * are settings ({@code praja.command.silence.*}); voting day comes from the operation's
 * agenda; the post and its officers from the published plan.
 */
@Service
public class Silences {

	/** What was expected and has not come. */
	public enum Missed {

		/** No officer has checked in at the TPS. */
		CHECK_IN,
		/** The TPS has not reported that it opened. */
		OPENING,
		/** The TPS has not reported that counting began. */
		COUNTING,
		/** The TPS has not reported that it finished. */
		CLOSING,
		/** Nothing was heard from the TPS of this post for longer than allowed. */
		POST_SILENT

	}

	/** An officer to call, with his phone from the personnel records. */
	public record Contact(String nrp, String name, String rank, String phone) {
	}

	/**
	 * A TPS that is silent.
	 *
	 * @param tps its code
	 * @param kecamatan its kecamatan code
	 * @param polsek the Polsek serving it
	 * @param missed what has not come
	 * @param expectedBy when it was due
	 * @param lastHeard the last report of it that day, or null
	 * @param post the anchor of its post in the published plan, or null
	 * @param contacts the officers of its post, to call
	 */
	public record SilentTps(String tps, String kecamatan, String polsek, Missed missed, Instant expectedBy,
			Instant lastHeard, String post, List<Contact> contacts) {
	}

	/**
	 * A report every TPS owes on voting day, and the local time by which it is due (from
	 * the settings {@code praja.command.silence.*}).
	 *
	 * @param missed the report (CHECK_IN, OPENING, COUNTING, CLOSING)
	 * @param time its local time on voting day
	 */
	public record Milestone(Missed missed, LocalTime time) {
	}

	/**
	 * The silent TPS at one moment.
	 *
	 * @param votingDay voting day, or null when the agenda has none
	 * @param at the moment judged
	 * @param active true on voting day after the first milestone (otherwise the list is
	 * empty)
	 * @param tps the silent TPS, most overdue first
	 * @param perPolsek Polsek code to the number of its silent TPS
	 * @param expected the latest report due by then (the stage every TPS should have
	 * reported), or null when none is due yet
	 * @param expectedBy when that report was due, or null
	 * @param behind the number of TPS that have not made a report due by then ("belum
	 * melapor": silent posts are not counted)
	 * @param behindPerPolsek Polsek code to its TPS behind
	 */
	public record Board(LocalDate votingDay, Instant at, boolean active, List<SilentTps> tps,
			Map<String, Integer> perPolsek, Missed expected, Instant expectedBy, int behind,
			Map<String, Integer> behindPerPolsek) {

		/**
		 * A board with nothing expected (not voting day, or before its first milestone).
		 */
		static Board inactive(LocalDate votingDay, Instant at) {
			return new Board(votingDay, at, false, List.of(), Map.of(), null, null, 0, Map.of());
		}

	}

	/**
	 * @param day a day (voting day)
	 * @return the moments the reports are due that day, in the order of
	 * {@link #schedule()}, read in the Polres' zone
	 */
	public List<Instant> dueOn(LocalDate day) {
		ZoneId zone = this.personnel.timeZone();
		return schedule().stream().map(m -> day.atTime(m.time()).atZone(zone).toInstant()).toList();
	}

	/**
	 * @return the reports due on voting day in their order, with their local times
	 */
	public List<Milestone> schedule() {
		return List.of(new Milestone(Missed.CHECK_IN, this.checkIn), new Milestone(Missed.OPENING, this.opening),
				new Milestone(Missed.COUNTING, this.counting), new Milestone(Missed.CLOSING, this.closing));
	}

	private final FieldReportStore store;

	private final TpsDirectory directory;

	private final OperationManagement operation;

	private final DeploymentPlans plans;

	private final PersonnelManagement personnel;

	private final ObjectProvider<AccessScopes> scopes;

	private final LocalTime checkIn;

	private final LocalTime opening;

	private final LocalTime counting;

	private final LocalTime closing;

	private final Duration postSilence;

	Silences(FieldReportStore store, TpsDirectory directory, OperationManagement operation, DeploymentPlans plans,
			PersonnelManagement personnel, ObjectProvider<AccessScopes> scopes,
			@Value("${praja.command.silence.check-in:06:00}") LocalTime checkIn,
			@Value("${praja.command.silence.opening:07:15}") LocalTime opening,
			@Value("${praja.command.silence.counting:13:30}") LocalTime counting,
			@Value("${praja.command.silence.closing:20:00}") LocalTime closing,
			@Value("${praja.command.silence.post-minutes:60}") int postMinutes) {
		this.store = store;
		this.directory = directory;
		this.operation = operation;
		this.plans = plans;
		this.personnel = personnel;
		this.scopes = scopes;
		this.checkIn = checkIn;
		this.opening = opening;
		this.counting = counting;
		this.closing = closing;
		this.postSilence = Duration.ofMinutes(postMinutes);
	}

	/**
	 * @param at the moment to judge (now, or a moment of voting day to look back)
	 * @return the silent TPS in the caller's area at that moment
	 */
	@Transactional(readOnly = true)
	public Board board(Instant at) {
		ZoneId zone = this.personnel.timeZone();
		LocalDate votingDay = this.operation.votingDay().orElse(null);
		if (votingDay == null || !at.atZone(zone).toLocalDate().equals(votingDay)
				|| at.isBefore(votingDay.atTime(this.checkIn).atZone(zone).toInstant())) {
			return Board.inactive(votingDay, at);
		}
		AccessScope scope = CurrentUser.scope(this.scopes);
		Instant dayStart = votingDay.atStartOfDay(zone).toInstant();
		Map<String, TpsState> states = new HashMap<>();
		this.store.states(scope.kecamatanFilter()).forEach(s -> states.put(s.tps(), s));
		Map<String, Instant> heard = this.store.lastHeard(dayStart);
		Map<String, String> polsekOf = this.personnel.polsekAreas();
		Map<String, StaffedPost> postOf = new HashMap<>();
		this.plans.published()
			.ifPresent(p -> p.plan().staffed().forEach(s -> s.post().tps().forEach(t -> postOf.put(t, s))));
		Map<String, Contact> contacts = new HashMap<>();
		Map<String, String> phones = new HashMap<>();
		List<SilentTps> silent = new ArrayList<>();
		for (Map.Entry<String, String> e : this.directory.codes().entrySet()) {
			if (!scope.coversKecamatan(e.getValue())) {
				continue;
			}
			String tps = e.getKey();
			TpsState state = states.get(tps);
			StaffedPost post = postOf.get(tps);
			Optional<Missed> missed = missed(state, at, votingDay, zone);
			Instant expectedBy = missed.map(m -> due(m, votingDay, zone)).orElse(null);
			Instant last = heard.get(tps);
			if (missed.isEmpty() && post != null
					&& at.isBefore(votingDay.atTime(this.closing).atZone(zone).toInstant())) {
				Instant postLast = post.post()
					.tps()
					.stream()
					.map(heard::get)
					.filter(java.util.Objects::nonNull)
					.max(Comparator.naturalOrder())
					.orElse(null);
				if (postLast != null && Duration.between(postLast, at).compareTo(this.postSilence) > 0) {
					missed = Optional.of(Missed.POST_SILENT);
					expectedBy = postLast.plus(this.postSilence);
				}
			}
			if (missed.isEmpty()) {
				continue;
			}
			List<Contact> call = (post == null) ? List.of()
					: post.officers()
						.stream()
						.map(o -> contacts.computeIfAbsent(o.nrp(), n -> contact(o, phones)))
						.toList();
			silent.add(new SilentTps(tps, e.getValue(), polsekOf.get(e.getValue()), missed.get(), expectedBy, last,
					(post != null) ? post.post().anchor() : null, call));
		}
		silent.sort(Comparator.comparing(SilentTps::expectedBy).thenComparing(SilentTps::tps));
		Map<String, Integer> perPolsek = new TreeMap<>();
		silent.forEach(s -> perPolsek.merge(String.valueOf(s.polsek()), 1, Integer::sum));
		Map<String, Integer> behindPerPolsek = new TreeMap<>();
		silent.stream()
			.filter(s -> s.missed() != Missed.POST_SILENT)
			.forEach(s -> behindPerPolsek.merge(String.valueOf(s.polsek()), 1, Integer::sum));
		int behind = behindPerPolsek.values().stream().mapToInt(Integer::intValue).sum();
		Missed expected = null;
		for (Milestone m : schedule()) {
			if (!at.isBefore(due(m.missed(), votingDay, zone))) {
				expected = m.missed();
			}
		}
		Instant expectedBy = (expected != null) ? due(expected, votingDay, zone) : null;
		return new Board(votingDay, at, true, silent, perPolsek, expected, expectedBy, behind, behindPerPolsek);
	}

	/**
	 * @return the latest milestone due by then that the TPS has not reached
	 */
	private Optional<Missed> missed(TpsState state, Instant at, LocalDate day, ZoneId zone) {
		int rank = (state != null && state.status() != null) ? state.status().rank() : 0;
		if (!at.isBefore(due(Missed.CLOSING, day, zone)) && rank < TpsStatus.SELESAI.rank()) {
			return Optional.of(Missed.CLOSING);
		}
		if (!at.isBefore(due(Missed.COUNTING, day, zone)) && rank < TpsStatus.PENGHITUNGAN.rank()) {
			return Optional.of(Missed.COUNTING);
		}
		if (!at.isBefore(due(Missed.OPENING, day, zone)) && rank < TpsStatus.DIBUKA.rank()) {
			return Optional.of(Missed.OPENING);
		}
		if (!at.isBefore(due(Missed.CHECK_IN, day, zone)) && (state == null || state.checkedInAt() == null)
				&& rank == 0) {
			return Optional.of(Missed.CHECK_IN);
		}
		return Optional.empty();
	}

	private Instant due(Missed missed, LocalDate day, ZoneId zone) {
		LocalTime time = switch (missed) {
			case CHECK_IN -> this.checkIn;
			case OPENING -> this.opening;
			case COUNTING -> this.counting;
			case CLOSING, POST_SILENT -> this.closing;
		};
		return day.atTime(time).atZone(zone).toInstant();
	}

	/**
	 * The phones of every officer in scope, read once per board when the first is needed.
	 */
	private Contact contact(PostedOfficer o, Map<String, String> phones) {
		if (phones.isEmpty()) {
			for (Officer officer : this.personnel.allOfficers(null)) {
				phones.put(officer.nrp(), (officer.phone() != null) ? officer.phone() : "");
			}
			phones.putIfAbsent("", "");
		}
		String phone = phones.get(o.nrp());
		return new Contact(o.nrp(), o.name(), o.rank(), (phone == null || phone.isEmpty()) ? null : phone);
	}

}
