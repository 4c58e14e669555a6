package id.praja.territory.web;

import java.io.IOException;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.beans.factory.ObjectProvider;
import java.util.LinkedHashMap;
import java.util.Map;
import id.praja.shared.web.SheetDownload;
import id.praja.shared.TpsDetails;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import id.praja.territory.Desa;
import id.praja.territory.Kecamatan;
import id.praja.territory.TerritoryManagement;
import id.praja.territory.TerritorySummary;
import id.praja.territory.Tps;
import id.praja.territory.TpsImportResult;
import id.praja.territory.TpsPage;
import id.praja.territory.TpsQuery;

/**
 * The territory as JSON and GeoJSON, and TPS import/export, for scripts and the map page.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Territory", description = "Kecamatan, desa and TPS (polling stations)")
class TerritoryApiController {

	static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

	private final TerritoryManagement territory;

	private final ObjectProvider<TpsDetails> details;

	TerritoryApiController(TerritoryManagement territory, ObjectProvider<TpsDetails> details) {
		this.details = details;
		this.territory = territory;
	}

	/** A page of TPS in the API: the content, the page asked for and the totals. */
	record TpsPageResponse(List<Tps> content, int page, int size, long totalElements, int totalPages) {

		static TpsPageResponse of(TpsPage page) {
			return new TpsPageResponse(page.content(), page.page(), page.size(), page.totalElements(),
					page.totalPages());
		}

	}

	@GetMapping("/territory/summary")
	@Operation(summary = "Counts of kecamatan, desa, TPS and voters; generatedTps counts demo TPS")
	TerritorySummary summary() {
		return this.territory.summary();
	}

	@GetMapping("/kecamatan")
	@Operation(summary = "All kecamatan with their desa, TPS and voter counts")
	List<Kecamatan> kecamatan() {
		return this.territory.kecamatan();
	}

	@GetMapping("/desa")
	@Operation(summary = "The desa/kelurahan of one kecamatan, or all")
	List<Desa> desa(@RequestParam(required = false) String kecamatan) {
		return this.territory.desa(kecamatan);
	}

	@GetMapping("/tps")
	@Operation(summary = "TPS, paged; filter by kecamatan code, desa code and free text q (code, desa, address)")
	TpsPageResponse tps(@RequestParam(required = false) String kecamatan, @RequestParam(required = false) String desa,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return TpsPageResponse.of(this.territory.findTps(new TpsQuery(kecamatan, desa, q, page, size)));
	}

	@GetMapping("/tps/{code}")
	@Operation(summary = "One TPS by its code, e.g. 35.09.01.2001-TPS-003, with what other modules know of it "
			+ "(policeClass, indicators)")
	Map<String, Object> tps(@PathVariable String code) {
		Tps t = this.territory.tps(code)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no TPS with code " + code));
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("code", t.code());
		json.put("number", t.number());
		json.put("desaCode", t.desaCode());
		json.put("desaName", t.desaName());
		json.put("kecamatanCode", t.kecamatanCode());
		json.put("kecamatanName", t.kecamatanName());
		json.put("address", t.address());
		json.put("lat", t.lat());
		json.put("lon", t.lon());
		json.put("votersMale", t.votersMale());
		json.put("votersFemale", t.votersFemale());
		json.put("voters", t.voters());
		json.put("specialSite", t.specialSite());
		json.put("generated", t.generated());
		this.details.orderedStream().forEach(d -> json.putAll(d.details(t.code())));
		return json;
	}

	@GetMapping(path = "/geo/{level:kabupaten|kecamatan|desa}", produces = "application/geo+json")
	@Operation(summary = "Boundaries as a GeoJSON FeatureCollection: kabupaten, kecamatan or desa")
	ResponseEntity<String> boundaries(@PathVariable String level, WebRequest request) {
		// boundaries do not change while running, but differ per scope and between
		// releases: revalidate with an ETag naming level, scope and content, so a browser
		// shared by two users never mixes them and an upgrade redraws them
		String body = this.territory.boundariesGeoJson(level);
		String etag = "\"" + level + "-" + Integer.toHexString(this.territory.scopeKey().hashCode()) + "-"
				+ Integer.toHexString(body.hashCode()) + "\"";
		if (request.checkNotModified(etag)) {
			return null;
		}
		return ResponseEntity.ok()
			.contentType(GEO_JSON)
			.header(HttpHeaders.CACHE_CONTROL, "private, no-cache")
			.eTag(etag)
			.body(body);
	}

	@GetMapping(path = "/geo/tps", produces = "application/geo+json")
	@Operation(summary = "TPS as GeoJSON points, optionally of one kecamatan")
	ResponseEntity<String> tpsPoints(@RequestParam(required = false) String kecamatan) {
		return ResponseEntity.ok().contentType(GEO_JSON).body(this.territory.tpsGeoJson(kecamatan));
	}

	@PostMapping(path = "/tps/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAnyRole('ADMIN', 'PERENCANA')")
	@Operation(summary = "Import a TPS list (CSV or XLSX, multipart field 'file'); all or nothing; replaces the "
			+ "TPS of every desa in the file. A rejected file answers 422 with every problem.")
	TpsImportResult importTps(@RequestParam("file") MultipartFile file) throws IOException {
		return this.territory.importTps(file.getOriginalFilename(), file.getBytes());
	}

	@GetMapping("/tps/export")
	@Operation(summary = "Export TPS as csv or xlsx (the import columns first), optionally of one kecamatan")
	ResponseEntity<StreamingResponseBody> export(@RequestParam(defaultValue = "csv") String format,
			@RequestParam(required = false) String kecamatan) {
		return SheetDownload.of(format, "tps-" + ((kecamatan != null) ? kecamatan : territoryName()), (xlsx, out) -> {
			if (xlsx) {
				this.territory.exportXlsx(kecamatan, out);
			}
			else {
				this.territory.exportCsv(kecamatan, out);
			}
		});
	}

	/** The file name part for the whole territory: the kabupaten's name, or "semua". */
	private String territoryName() {
		var kabupaten = this.territory.kabupaten();
		return (kabupaten.size() == 1) ? kabupaten.get(0).slug() : "semua";
	}

}
