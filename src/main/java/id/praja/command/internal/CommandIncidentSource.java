package id.praja.command.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import id.praja.command.GakkumduManagement;
import id.praja.command.IncidentManagement;
import id.praja.command.IncidentType;
import id.praja.command.Severity;
import id.praja.command.CommandManagement;
import id.praja.command.TpsState;
import id.praja.personnel.PersonnelManagement;
import id.praja.report.EventCategory;
import id.praja.report.IncidentSource;

/**
 * The command center's records for the daily report: the day's incidents (by creation
 * day, in the Polres' time zone) in the Laphar's categories, the TPS statuses reached by
 * that day, and the Gakkumdu cases with the deadline of their current stage. Units are
 * Polsek codes, from the kecamatan each Polsek serves.
 */
@Component
class CommandIncidentSource implements IncidentSource {

	private final IncidentManagement incidents;

	private final GakkumduManagement gakkumdu;

	private final CommandManagement command;

	private final PersonnelManagement personnel;

	private final id.praja.command.Silences silences;

	CommandIncidentSource(IncidentManagement incidents, GakkumduManagement gakkumdu, CommandManagement command,
			PersonnelManagement personnel, id.praja.command.Silences silences) {
		this.silences = silences;
		this.incidents = incidents;
		this.gakkumdu = gakkumdu;
		this.command = command;
		this.personnel = personnel;
	}

	/**
	 * How an incident type counts in the Laphar: money politics and intimidation are
	 * election violations, violence a crime, crowds and outages disturbances, disasters
	 * disasters.
	 */
	static EventCategory category(IncidentType type) {
		return switch (type) {
			case VIOLENCE -> EventCategory.KEJAHATAN;
			case INTIMIDATION, MONEY_POLITICS -> EventCategory.PELANGGARAN;
			case CROWD -> EventCategory.UNJUK_RASA;
			case DISASTER -> EventCategory.BENCANA;
			case LOGISTICS_PROBLEM, OUTAGE, OTHER -> EventCategory.GANGGUAN;
		};
	}

	@Override
	public List<IncidentSource.Incident> incidents(LocalDate day, Set<String> units) {
		Map<String, String> polsekOf = this.personnel.polsekAreas();
		ZoneId zone = zone();
		List<IncidentSource.Incident> result = new ArrayList<>();
		for (id.praja.command.Incident i : this.incidents.createdBetween(day.atStartOfDay(zone).toInstant(),
				day.plusDays(1).atStartOfDay(zone).toInstant())) {
			String polsek = polsekOf(polsekOf, i.kecamatan());
			if (units != null && !units.contains(polsek)) {
				continue;
			}
			result.add(new IncidentSource.Incident("INS-" + i.id(), i.createdAt().atZone(zone).toLocalDateTime(),
					polsek, category(i.type()), i.severity() == Severity.RED, i.title() + " (TPS " + i.tps() + ")",
					open(i.status())));
		}
		return result;
	}

	@Override
	public List<TpsReport> tpsReports(LocalDate day, Set<String> units) {
		Map<String, String> polsekOf = this.personnel.polsekAreas();
		ZoneId zone = zone();
		List<TpsReport> result = new ArrayList<>();
		for (TpsState s : this.command.states()) {
			String polsek = polsekOf(polsekOf, s.kecamatan());
			if (s.status() == null || s.since() == null || s.since().atZone(zone).toLocalDate().isAfter(day)
					|| (units != null && !units.contains(polsek))) {
				continue;
			}
			result.add(new TpsReport(s.tps(), polsek, s.status().name()));
		}
		return result;
	}

	/**
	 * The TPS behind the report due by the moment, as the desk and the wall count them
	 * ({@link id.praja.command.Silences}); a day after voting day is judged at the end of
	 * voting day (every TPS should have finished), a day before it expects nothing.
	 */
	@Override
	public TpsBehind tpsBehind(LocalDate day, java.time.Instant at, Set<String> units) {
		ZoneId zone = zone();
		id.praja.command.Silences.Board board = this.silences.board(at);
		if (!board.active() && board.votingDay() != null && day.isAfter(board.votingDay())) {
			board = this.silences.board(board.votingDay().plusDays(1).atStartOfDay(zone).toInstant().minusSeconds(1));
		}
		if (!board.active() || board.expected() == null) {
			return new TpsBehind(null, null, 0);
		}
		int count = board.behindPerPolsek()
			.entrySet()
			.stream()
			.filter(e -> units == null || units.contains(e.getKey()))
			.mapToInt(Map.Entry::getValue)
			.sum();
		return new TpsBehind(board.expected().name(), board.expectedBy().atZone(zone).toLocalTime(), count);
	}

	@Override
	public List<IncidentSource.GakkumduCase> gakkumduCases(LocalDate day, Set<String> units) {
		Map<String, String> polsekOf = this.personnel.polsekAreas();
		List<IncidentSource.GakkumduCase> result = new ArrayList<>();
		for (id.praja.command.GakkumduCase c : this.gakkumdu.cases(day)) {
			String polsek = polsekOf(polsekOf, c.kecamatan());
			if ((units != null && !units.contains(polsek)) || c.discoveredOn().isAfter(day)) {
				continue;
			}
			id.praja.command.GakkumduCase.Clock clock = c.current();
			String offence = (c.offence() != null && !c.offence().isBlank()) ? c.offence() : c.title();
			result.add(new IncidentSource.GakkumduCase("GKD-" + c.id(), polsek, offence, "", String.valueOf(c.stage()),
					(clock != null) ? clock.deadline() : null));
		}
		return result;
	}

	/**
	 * @return true while the command center still handles an incident in this state
	 */
	static boolean open(id.praja.command.IncidentStatus status) {
		return switch (status) {
			case REPORTED, VERIFIED, DISPATCHED, ON_SCENE -> true;
			case RESOLVED, REFERRED, DUPLICATE -> false;
		};
	}

	/**
	 * @return the Polsek serving a kecamatan, or null for a record without a place (a
	 * Gakkumdu case entered without a TPS belongs to the Polres, not to a Polsek)
	 */
	private static String polsekOf(Map<String, String> areas, String kecamatan) {
		return (kecamatan != null) ? areas.get(kecamatan) : null;
	}

	/** The Polres' zone (WIB, WITA or WIT), in which a day and its times are read. */
	private ZoneId zone() {
		return this.personnel.timeZone();
	}

}
