package id.praja.territory;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.DependsOn;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.praja.shared.AccessScope;
import id.praja.shared.AccessScopes;
import id.praja.shared.CurrentUser;
import id.praja.shared.ImportProblem;
import id.praja.territory.internal.TerritoryGeoJson;
import id.praja.territory.internal.TerritoryRepository;
import id.praja.territory.internal.TpsFileWriter;
import id.praja.territory.internal.TpsImporter;

/**
 * The territory of the operation: kecamatan, desa and TPS, always seen through the
 * current user's {@link AccessScope} (a Kapolsek sees his sector only). Other modules
 * read the territory only through this facade.
 */
@Service
@DependsOn("territoryInitializer")
public class TerritoryManagement {

	private final TerritoryRepository repository;

	private final TpsImporter importer;

	private final TerritoryGeoJson geoJson;

	private final ApplicationEventPublisher events;

	private final Map<String, String> boundaryCache = new ConcurrentHashMap<>();

	private final ObjectProvider<AccessScopes> scopes;

	TerritoryManagement(TerritoryRepository repository, TpsImporter importer, TerritoryGeoJson geoJson,
			ApplicationEventPublisher events, ObjectProvider<AccessScopes> scopes) {
		this.scopes = scopes;
		this.repository = repository;
		this.importer = importer;
		this.geoJson = geoJson;
		this.events = events;
	}

	/**
	 * @return counts over the territory in the current user's scope
	 */
	public TerritorySummary summary() {
		return this.repository.summary(CurrentUser.scope(this.scopes).kecamatanFilter());
	}

	/**
	 * @return the kabupaten/kota of the installation's territory, ordered by code (not
	 * scoped: names and codes only)
	 */
	public List<Kabupaten> kabupaten() {
		return this.repository.kabupaten();
	}

	/**
	 * @return all kecamatan ordered by code, with their desa, TPS and voter counts
	 */
	public List<Kecamatan> kecamatan() {
		return this.repository.kecamatan(CurrentUser.scope(this.scopes).kecamatanFilter());
	}

	/**
	 * @param kecamatanCode a kecamatan code, or null for all
	 * @return the desa of that kecamatan ordered by code
	 */
	public List<Desa> desa(String kecamatanCode) {
		return this.repository.desa(kecamatanCode, CurrentUser.scope(this.scopes).kecamatanFilter());
	}

	/**
	 * Searches the TPS registry.
	 * @param query filters and page
	 * @return one page of TPS ordered by code, with the total count
	 */
	@Transactional(readOnly = true)
	public TpsPage findTps(TpsQuery query) {
		String scope = CurrentUser.scope(this.scopes).kecamatanFilter();
		return new TpsPage(this.repository.tps(query, scope), query.page(), query.size(),
				this.repository.countTps(query, scope));
	}

	/**
	 * @param code a TPS code such as {@code 35.09.01.2001-TPS-003}
	 * @return the TPS, if it exists
	 */
	public Optional<Tps> tps(String code) {
		return this.repository.tps(code, CurrentUser.scope(this.scopes).kecamatanFilter());
	}

	/**
	 * Streams every TPS (of one kecamatan, or all), ordered by code.
	 * @param kecamatanCode a kecamatan code, or null for all
	 * @param action receives each TPS
	 */
	@Transactional(readOnly = true)
	public void forEachTps(String kecamatanCode, Consumer<Tps> action) {
		this.repository.forEachTps(kecamatanCode, CurrentUser.scope(this.scopes).kecamatanFilter(), action);
	}

	/**
	 * Imports a TPS list (CSV or XLSX). The list replaces the TPS of every desa it names;
	 * other desa keep theirs. All or nothing: any bad row rejects the whole file and
	 * changes nothing.
	 * @param fileName the file's name; its extension selects the format
	 * @param content the file's bytes
	 * @return what was stored
	 * @throws TpsImportRejected listing every problem, when the file is rejected
	 */
	@Transactional
	public TpsImportResult importTps(String fileName, byte[] content) {
		TpsImporter.Imported imported = this.importer.importFile(fileName, content);
		// a Polres imports its own TPS only: a desa of another Polres rejects the file
		// (and
		// the transaction takes back what the importer wrote)
		AccessScope scope = CurrentUser.scope(this.scopes);
		List<ImportProblem> outside = imported.desaCodes()
			.stream()
			.sorted()
			.filter(desa -> desa.length() < 8 || !scope.coversKecamatan(desa.substring(0, 8)))
			.map(desa -> ImportProblem.of(0, "desa_code", desa, "tps.desaOutsideScope"))
			.toList();
		if (!outside.isEmpty()) {
			throw new TpsImportRejected(fileName, outside);
		}
		this.events.publishEvent(new TpsImported(fileName, imported.desaCodes(), imported.result().replaced(),
				imported.result().rows(), Instant.now()));
		return imported.result();
	}

	/**
	 * Writes TPS as CSV (UTF-8) in the import format plus reading columns.
	 * @param kecamatanCode a kecamatan code, or null for all
	 * @param out where to write
	 * @throws IOException when writing fails
	 */
	@Transactional(readOnly = true)
	public void exportCsv(String kecamatanCode, OutputStream out) throws IOException {
		TpsFileWriter.csv(action -> forEachTps(kecamatanCode, action), out);
	}

	/**
	 * Writes TPS as an XLSX workbook in the import format plus reading columns.
	 * @param kecamatanCode a kecamatan code, or null for all
	 * @param out where to write
	 * @throws IOException when writing fails
	 */
	@Transactional(readOnly = true)
	public void exportXlsx(String kecamatanCode, OutputStream out) throws IOException {
		TpsFileWriter.xlsx(action -> forEachTps(kecamatanCode, action), out);
	}

	/**
	 * @param level {@code kabupaten}, {@code kecamatan} or {@code desa}
	 * @return the boundaries of that level as a GeoJSON FeatureCollection
	 */
	public String boundariesGeoJson(String level) {
		AccessScope scope = CurrentUser.scope(this.scopes);
		if (scope.kecamatan() != null) {
			return this.geoJson.boundaries(level, scope);
		}
		return this.boundaryCache.computeIfAbsent(level, l -> this.geoJson.boundaries(l, scope));
	}

	/**
	 * @return a key that differs between users who see different parts of the territory
	 * (for HTTP caching of scope-dependent answers)
	 */
	public String scopeKey() {
		AccessScope scope = CurrentUser.scope(this.scopes);
		return (scope.kecamatan() == null) ? "ALL" : String.join(",", new java.util.TreeSet<>(scope.kecamatan()));
	}

	/**
	 * @param kecamatanCode a kecamatan code, or null for all
	 * @return the TPS as a GeoJSON FeatureCollection of points
	 */
	@Transactional(readOnly = true)
	public String tpsGeoJson(String kecamatanCode) {
		return this.geoJson.tps(kecamatanCode, CurrentUser.scope(this.scopes));
	}

	/**
	 * @return the current user's scope (everything when no scope provider is present)
	 */

}
