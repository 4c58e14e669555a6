package id.praja.personnel.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import id.praja.shared.web.SheetDownload;
import id.praja.personnel.LinmasDesa;
import id.praja.personnel.Officer;
import id.praja.personnel.OfficerImportResult;
import id.praja.personnel.OfficerPage;
import id.praja.personnel.OfficerQuery;
import id.praja.personnel.OfficerStatus;
import id.praja.personnel.PersonnelManagement;
import id.praja.personnel.Rank;
import id.praja.personnel.StatusPeriod;
import id.praja.personnel.Unit;
import id.praja.shared.NotFound;

/**
 * Units and officers as JSON. Everything is limited to the caller's scope: an officer or
 * unit outside it answers 404, lists leave it out. The Humas desk has no access.
 */
@RestController
@RequestMapping("/api/v1")
@PreAuthorize("!hasRole('HUMAS')")
@Tag(name = "Personnel", description = "Units (Polda, Polres, Polsek, BKO, TNI, Linmas) and officers")
class PersonnelApiController {

	private final PersonnelManagement personnel;

	PersonnelApiController(PersonnelManagement personnel) {
		this.personnel = personnel;
	}

	/** A rank as listed by {@code GET /ranks}. */
	record RankView(String code, String abbreviation, String title, String group, int order) {
	}

	/** Body of {@code POST /officers/{nrp}/status}. */
	record StatusRequest(OfficerStatus status, LocalDate from, LocalDate to) {
	}

	/** Body of {@code PUT /polsek-areas/{kecamatan}}. */
	record AreaRequest(String polsek) {
	}

	@GetMapping("/units")
	@Operation(summary = "Units in the caller's scope, in display order, with officer counts or counted strength")
	List<Unit> units() {
		return this.personnel.units();
	}

	@GetMapping("/units/{code}")
	@Operation(summary = "One unit; 404 when unknown or outside the caller's scope")
	Unit unit(@PathVariable String code) {
		return this.personnel.unit(code).orElseThrow(() -> new NotFound("no unit " + code));
	}

	@GetMapping("/polsek-areas")
	@Operation(summary = "Kecamatan code to the Polsek serving it")
	Map<String, String> polsekAreas() {
		return this.personnel.polsekAreas();
	}

	@PutMapping("/polsek-areas/{kecamatan}")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Give a kecamatan to another Polsek (administrators)")
	Map<String, String> assign(@PathVariable String kecamatan, @RequestBody AreaRequest request) {
		this.personnel.assignKecamatan(kecamatan, request.polsek());
		return this.personnel.polsekAreas();
	}

	@GetMapping("/officers")
	@Operation(summary = "Officers in scope, paged; filters: q (NRP, name, function), unit (with its sub-units), rank")
	OfficerPage officers(@RequestParam(required = false) String q, @RequestParam(required = false) String unit,
			@RequestParam(required = false) String rank, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "100") int size) {
		Rank r = null;
		if (rank != null && !rank.isBlank()) {
			r = Rank.parse(rank).orElseThrow(() -> new IllegalArgumentException("unknown rank '%s'".formatted(rank)));
		}
		return this.personnel.officers(new OfficerQuery(q, unit, r, page, size));
	}

	@GetMapping("/officers/{nrp}")
	@Operation(summary = "One officer; 404 when unknown or outside the caller's scope")
	Officer officer(@PathVariable String nrp) {
		return this.personnel.officer(nrp).orElseThrow(() -> new NotFound("no officer with NRP " + nrp));
	}

	@PostMapping("/officers/{nrp}/status")
	@PreAuthorize("hasAnyRole('ADMIN', 'PERENCANA', 'KAPOLSEK')")
	@Operation(summary = "Record leave, sickness, training or suspension for a period")
	Officer recordStatus(@PathVariable String nrp, @RequestBody StatusRequest request) {
		if (request == null || request.status() == null || request.from() == null || request.to() == null) {
			throw new IllegalArgumentException("status, from and to are required");
		}
		return this.personnel.recordStatus(nrp, new StatusPeriod(request.status(), request.from(), request.to()));
	}

	@PostMapping(path = "/officers/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAnyRole('ADMIN', 'PERENCANA')")
	@Operation(summary = "Import officers (CSV or XLSX, multipart field 'file'); all or nothing; matched by NRP. "
			+ "A rejected file answers 422 with every problem.")
	OfficerImportResult importOfficers(@RequestParam("file") MultipartFile file) throws IOException {
		return this.personnel.importOfficers(file.getOriginalFilename(), file.getBytes());
	}

	@GetMapping("/officers/export")
	@Operation(summary = "Export the officers in scope as csv or xlsx (the import columns first)")
	ResponseEntity<StreamingResponseBody> export(@RequestParam(defaultValue = "csv") String format) {
		return SheetDownload.of(format, "personel-" + LocalDate.now(), (xlsx, out) -> {
			if (xlsx) {
				this.personnel.exportXlsx(out);
			}
			else {
				this.personnel.exportCsv(out);
			}
		});
	}

	@GetMapping("/ranks")
	@Operation(summary = "The Polri rank ladder, lowest first")
	List<RankView> ranks() {
		return Arrays.stream(Rank.values())
			.map(r -> new RankView(r.name(), r.abbreviation(), r.title(), r.group().name(), r.ordinal()))
			.toList();
	}

	@GetMapping("/linmas")
	@Operation(summary = "Linmas per desa in scope (2 per TPS unless set otherwise)")
	List<LinmasDesa> linmas() {
		return this.personnel.linmas();
	}

	@PutMapping("/linmas/{desa}")
	@PreAuthorize("hasAnyRole('ADMIN', 'PERENCANA', 'KAPOLSEK')")
	@Operation(summary = "Set the Linmas strength of a desa in scope (null: back to 2 per TPS)")
	LinmasDesa setLinmas(@PathVariable String desa, @RequestBody tools.jackson.databind.JsonNode request) {
		// "strength" must be sent: a number, or null for the default; an empty body
		// changes nothing
		if (request == null || !request.isObject() || !request.has("strength")) {
			throw new IllegalArgumentException("strength is required: a whole number, or null for 2 per TPS");
		}
		request.propertyNames().forEach(name -> {
			if (!name.equals("strength")) {
				throw new IllegalArgumentException("unknown field '" + name + "'");
			}
		});
		tools.jackson.databind.JsonNode strength = request.get("strength");
		if (!strength.isNull() && !strength.isInt()) {
			throw new IllegalArgumentException("strength must be a whole number, or null for 2 per TPS");
		}
		return this.personnel.setLinmas(desa, strength.isNull() ? null : strength.intValue());
	}

}
