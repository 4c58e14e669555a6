package id.praja.command.web;

import java.util.Map;
import java.util.TreeMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.databind.json.JsonMapper;

import id.praja.command.IncidentType;
import id.praja.command.Logistics;
import id.praja.command.Severity;
import id.praja.command.TpsStatus;
import id.praja.personnel.PersonnelManagement;
import id.praja.personnel.Unit;
import id.praja.shared.CurrentUser;

/**
 * The command-center page (live map, counters, incidents) and the field app for officers
 * at their post.
 */
@Controller
class CommandController {

	private final PersonnelManagement personnel;

	private final String tileUrl;

	private final JsonMapper json = JsonMapper.builder().build();

	private final id.praja.deployment.DeploymentPlans plans;

	private final id.praja.territory.TerritoryManagement territory;

	CommandController(PersonnelManagement personnel, id.praja.deployment.DeploymentPlans plans,
			id.praja.territory.TerritoryManagement territory, @Value("${praja.map.tile-url:}") String tileUrl) {
		this.plans = plans;
		this.territory = territory;
		this.personnel = personnel;
		this.tileUrl = tileUrl;
	}

	@GetMapping("/komando")
	@PreAuthorize(FieldReportApiController.VIEWERS)
	String commandCenter(Model model) {
		model.addAttribute("polsekAreas", polsekAreas());
		model.addAttribute("statuses", TpsStatus.values());
		model.addAttribute("severities", Severity.values());
		model.addAttribute("incidentTypes", IncidentType.values());
		model.addAttribute("incidentStatuses", id.praja.command.IncidentStatus.values());
		model.addAttribute("missed", id.praja.command.Silences.Missed.values());
		model.addAttribute("tileUrl", this.tileUrl);
		return "command/center";
	}

	/**
	 * The wall display of the command post: large counters, TPS opened and finished per
	 * hour, open incidents and the Polsek table, refreshed live; no navigation.
	 */
	@GetMapping("/komando/dinding")
	@PreAuthorize(FieldReportApiController.VIEWERS)
	String wall(Model model) {
		model.addAttribute("polsekAreas", polsekAreas());
		model.addAttribute("severities", Severity.values());
		model.addAttribute("incidentStatuses", id.praja.command.IncidentStatus.values());
		model.addAttribute("missed", id.praja.command.Silences.Missed.values());
		model.addAttribute("statuses", TpsStatus.values());
		model.addAttribute("tileUrl", this.tileUrl);
		return "command/wall";
	}

	/**
	 * @return kecamatan code to the name of the Polsek serving it, as JSON for the pages
	 */
	private String polsekAreas() {
		Map<String, String> names = new TreeMap<>();
		for (Unit unit : this.personnel.units()) {
			names.put(unit.code(), unit.name());
		}
		Map<String, String> polsekByKecamatan = new TreeMap<>();
		this.personnel.polsekAreas()
			.forEach((kecamatan, polsek) -> polsekByKecamatan.put(kecamatan, names.getOrDefault(polsek, polsek)));
		return this.json.writeValueAsString(polsekByKecamatan);
	}

	@GetMapping("/lapangan")
	@PreAuthorize(FieldReportApiController.POSTERS)
	String fieldApp(Model model) {
		model.addAttribute("assigned", assignedTps());
		model.addAttribute("statuses", TpsStatus.values());
		model.addAttribute("logistics", Logistics.values());
		model.addAttribute("severities", Severity.values());
		model.addAttribute("incidentTypes", IncidentType.values());
		return "command/field";
	}

	/** A TPS the officer is posted to: its code and where it is. */
	record AssignedTps(String code, String place) {
	}

	/**
	 * @return the TPS of the officer's post in the published plan (none without a
	 * published plan, or for an account not linked to an officer)
	 */
	private java.util.List<AssignedTps> assignedTps() {
		String nrp = CurrentUser.authority(id.praja.security.ScopeAuthorities.OFFICER).orElse(null);
		if (nrp == null) {
			return java.util.List.of();
		}
		return this.plans.published()
			.map(p -> p.plan().staffed())
			.orElse(java.util.List.of())
			.stream()
			.filter(s -> s.officers().stream().anyMatch(o -> nrp.equals(o.nrp())))
			.flatMap(s -> s.post().tps().stream())
			.distinct()
			.map(code -> new AssignedTps(code,
					this.territory.tps(code).map(t -> t.desaName() + ", " + t.kecamatanName()).orElse("")))
			.toList();
	}

}
