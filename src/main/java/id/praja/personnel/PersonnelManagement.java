package id.praja.personnel;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.praja.personnel.internal.OfficerFiles;
import id.praja.personnel.internal.OfficerImporter;
import id.praja.personnel.internal.PersonnelRepository;
import id.praja.personnel.internal.UnitScopes;
import id.praja.shared.AccessScope;
import id.praja.shared.Limits;
import id.praja.shared.NotFound;
import id.praja.territory.Desa;
import id.praja.territory.TerritoryManagement;

/**
 * Units and officers, always seen through the current user's scope: a Kapolsek sees his
 * Polsek's people, a field officer himself. Other modules read personnel only through
 * this facade.
 */
@Service
public class PersonnelManagement {

	private final PersonnelRepository repository;

	private final OfficerImporter importer;

	private final UnitScopes scopes;

	private final TerritoryManagement territory;

	private final ApplicationEventPublisher events;

	PersonnelManagement(PersonnelRepository repository, OfficerImporter importer, UnitScopes scopes,
			TerritoryManagement territory, ApplicationEventPublisher events) {
		this.repository = repository;
		this.importer = importer;
		this.scopes = scopes;
		this.territory = territory;
		this.events = events;
	}

	/**
	 * @return the units in the current user's scope, in display order: a Kapolsek sees
	 * his Polres, its functions, the Polda and his own Polsek, not his neighbours'; the
	 * staff of one Polres do not see another Polres or its units
	 */
	@Transactional(readOnly = true)
	public List<Unit> units() {
		AccessScope scope = this.scopes.current();
		List<Unit> all = this.repository.units();
		if (scope.units() == null) {
			return all;
		}
		Map<String, Unit> byCode = new java.util.HashMap<>();
		all.forEach(u -> byCode.put(u.code(), u));
		return all.stream()
			.filter(u -> scope.units().contains(u.code())
					|| (u.kind() != UnitKind.POLSEK && outsideOtherPolres(polresOf(u, byCode), scope)))
			.toList();
	}

	/** The Polda's own units and those outside the tree (TNI, Linmas) are no Polres'. */
	private static boolean outsideOtherPolres(String polres, AccessScope scope) {
		return polres == null || scope.coversPolres(polres);
	}

	/**
	 * The Polres a unit belongs to, or null for the Polda's and for units outside the
	 * tree.
	 */
	private static String polresOf(Unit unit, Map<String, Unit> byCode) {
		Unit u = unit;
		for (int depth = 0; u != null && depth < 16; depth++) {
			if (u.kind() == UnitKind.POLRES) {
				return u.code();
			}
			u = (u.parentCode() != null) ? byCode.get(u.parentCode()) : null;
		}
		return null;
	}

	/**
	 * @return the Polres and every Polsek with a base location, whatever the user's scope
	 * (where police are based is not secret, and travel times need all of them)
	 */
	@Transactional(readOnly = true)
	public List<Unit> policeBases() {
		return this.repository.units()
			.stream()
			.filter(u -> (u.kind() == UnitKind.POLRES || u.kind() == UnitKind.POLSEK) && u.baseLat() != null)
			.toList();
	}

	/**
	 * @param code a unit code
	 * @return the unit, if it exists and is in scope
	 */
	public Optional<Unit> unit(String code) {
		return units().stream().filter(u -> u.code().equals(code)).findFirst();
	}

	/**
	 * @return how the Polres heads and signs its documents, from its records (not scoped:
	 * a letterhead and the Kapolres' name are public)
	 */
	@Transactional(readOnly = true)
	public Letterhead letterhead() {
		String[] polres = this.repository.polresLetterhead().orElseThrow(() -> new NotFound("no Polres is recorded"));
		return Letterhead.of(polres[1], polres[2], polres[3], polres[4], official("Kapolres").orElse(null));
	}

	/**
	 * @param function the first words of a function at the Polres, e.g. {@code Kapolres}
	 * or {@code Kabag Ops}
	 * @return the officer holding it (who signs documents: not scoped), if the roster has
	 * one
	 */
	@Transactional(readOnly = true)
	public Optional<Officer> official(String function) {
		return this.repository.polresLetterhead()
			.flatMap(polres -> this.repository.officialNrp(polres[0], function))
			.flatMap(nrp -> this.repository.officer(nrp, AccessScope.EVERYTHING));
	}

	/**
	 * @return the time zone of the Polres (WIB, WITA or WIT), in which people read times;
	 * not a secret, so not scoped
	 */
	@Transactional(readOnly = true)
	public java.time.ZoneId timeZone() {
		String zone = this.repository.polresTimeZone();
		return (zone != null) ? java.time.ZoneId.of(zone) : id.praja.shared.Formats.WIB;
	}

	/**
	 * @return kecamatan code to the code of the Polsek serving it
	 */
	public Map<String, String> polsekAreas() {
		return this.repository.polsekAreas();
	}

	/**
	 * Gives a kecamatan to another Polsek (administrators: e.g. when Polsek Ajung opens).
	 * @param kecamatanCode the kecamatan
	 * @param polsekCode the Polsek that will serve it
	 */
	@Transactional
	public void assignKecamatan(String kecamatanCode, String polsekCode) {
		Unit polsek = this.repository.units()
			.stream()
			.filter(u -> u.code().equals(polsekCode) && u.kind() == UnitKind.POLSEK)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("unknown Polsek '%s'".formatted(polsekCode)));
		if (this.territory.kecamatan().stream().noneMatch(k -> k.code().equals(kecamatanCode))) {
			throw new IllegalArgumentException("unknown kecamatan '%s'".formatted(kecamatanCode));
		}
		String before = this.repository.setPolsekArea(kecamatanCode, polsek.code());
		this.scopes.forget();
		if (!polsek.code().equals(before)) {
			this.events.publishEvent(new PolsekAreaChanged(kecamatanCode, before, polsek.code()));
		}
	}

	/**
	 * Every officer in scope, with no limit (a Polda has tens of thousands).
	 * @param unit a unit code (its sub-units included), or null for all
	 * @return the officers, ordered by unit, rank (highest first) and name
	 */
	@Transactional(readOnly = true)
	public List<Officer> allOfficers(String unit) {
		List<Officer> all = new java.util.ArrayList<>();
		this.repository.forEachOfficer(unit, this.scopes.current(), all::add);
		return all;
	}

	/**
	 * Searches officers in scope.
	 * @param query filters and page
	 * @return one page, ordered by unit, rank (highest first) and name
	 */
	@Transactional(readOnly = true)
	public OfficerPage officers(OfficerQuery query) {
		AccessScope scope = this.scopes.current();
		return new OfficerPage(this.repository.officers(query, scope), query.page(), query.size(),
				this.repository.countOfficers(query, scope));
	}

	/**
	 * @param nrp an NRP
	 * @return the officer, if he exists and is in scope
	 */
	@Transactional(readOnly = true)
	public Optional<Officer> officer(String nrp) {
		return this.repository.officer(nrp, this.scopes.current());
	}

	/**
	 * @return officers in scope per rank, lowest first
	 */
	@Transactional(readOnly = true)
	public Map<Rank, Long> rankCounts() {
		return this.repository.rankCounts(this.scopes.current());
	}

	/**
	 * @param day a day
	 * @return officers in scope per status that day
	 */
	@Transactional(readOnly = true)
	public Map<OfficerStatus, Long> statusCounts(LocalDate day) {
		Map<OfficerStatus, Long> counts = new EnumMap<>(OfficerStatus.class);
		for (OfficerStatus s : OfficerStatus.values()) {
			counts.put(s, 0L);
		}
		this.repository.forEachOfficer(this.scopes.current(), o -> counts.merge(o.statusOn(day), 1L, Long::sum));
		return counts;
	}

	/**
	 * Records a period in which an officer is not available (or, with AKTIF, nothing).
	 * @param nrp the officer, who must be in scope
	 * @param period the period
	 * @return the officer afterwards
	 */
	@Transactional
	public Officer recordStatus(String nrp, StatusPeriod period) {
		Officer before = officer(nrp).orElseThrow(() -> new NotFound("no officer with NRP " + nrp));
		if (period.to().isBefore(period.from())) {
			throw new IllegalArgumentException("the period ends before it starts");
		}
		Limits.date("from", period.from());
		Limits.date("to", period.to());
		if (period.status() == OfficerStatus.AKTIF) {
			throw new IllegalArgumentException("record CUTI, SAKIT, DIKLAT or SKORSING; AKTIF is the default");
		}
		this.repository.addStatus(nrp, period);
		Officer after = officer(nrp).orElseThrow();
		this.events.publishEvent(new OfficerStatusRecorded(nrp, before.statuses(), after.statuses()));
		return after;
	}

	/**
	 * Imports officers from CSV or XLSX: all or nothing. Officers are matched by NRP:
	 * existing ones are replaced, new ones created, others untouched. An optional column
	 * the file does not have (home base, phone, status, qualifications) leaves that field
	 * of existing officers unchanged.
	 * @param fileName the file's name (its extension selects the format)
	 * @param content the bytes
	 * @return what was stored
	 * @throws OfficerImportRejected listing every problem
	 */
	@Transactional
	public OfficerImportResult importOfficers(String fileName, byte[] content) {
		OfficerImporter.Imported imported = this.importer.importFile(fileName, content);
		this.events.publishEvent(new OfficersImported(fileName, imported.created(), imported.updated()));
		return new OfficerImportResult(fileName, imported.created().size() + imported.updated().size(),
				imported.created().size(), imported.updated().size(), imported.warnings());
	}

	@Transactional(readOnly = true)
	public void exportCsv(OutputStream out) throws IOException {
		OfficerFiles.csv(action -> this.repository.forEachOfficer(this.scopes.current(), action), LocalDate.now(), out);
	}

	@Transactional(readOnly = true)
	public void exportXlsx(OutputStream out) throws IOException {
		OfficerFiles.xlsx(action -> this.repository.forEachOfficer(this.scopes.current(), action), LocalDate.now(),
				out);
	}

	/**
	 * @return Linmas per desa in scope: 2 per TPS unless set otherwise
	 */
	public List<LinmasDesa> linmas() {
		Map<String, Integer> overrides = this.repository.linmasOverrides();
		List<LinmasDesa> result = new ArrayList<>();
		for (Desa d : this.territory.desa(null)) {
			Integer set = overrides.get(d.code());
			result.add(new LinmasDesa(d.code(), d.name(), d.kecamatanCode(), d.tpsCount(),
					(set != null) ? set : LinmasDesa.PER_TPS * d.tpsCount(), set == null));
		}
		return result;
	}

	/**
	 * Sets the Linmas strength of a desa in scope; null returns it to 2 per TPS.
	 * @param desaCode the desa
	 * @param strength Linmas, 0 to 200, or null for the default
	 * @return the desa's Linmas afterwards
	 */
	@Transactional
	public LinmasDesa setLinmas(String desaCode, Integer strength) {
		if (strength != null && (strength < 0 || strength > 200)) {
			throw new IllegalArgumentException("Linmas per desa must be between 0 and 200");
		}
		LinmasDesa before = linmas().stream()
			.filter(l -> l.desaCode().equals(desaCode))
			.findFirst()
			.orElseThrow(() -> new NotFound("no desa " + desaCode));
		this.repository.setLinmas(desaCode, strength);
		LinmasDesa after = linmas().stream().filter(l -> l.desaCode().equals(desaCode)).findFirst().orElseThrow();
		if (before.strength() != after.strength()) {
			this.events.publishEvent(new LinmasChanged(desaCode, before.strength(), after.strength()));
		}
		return after;
	}

	/**
	 * @return codes of the units whose people are in the current user's scope, or null
	 * for all
	 */
	public Set<String> scopeUnits() {
		Set<String> units = this.scopes.current().units();
		return (units != null) ? units.stream().collect(Collectors.toUnmodifiableSet()) : null;
	}

}
