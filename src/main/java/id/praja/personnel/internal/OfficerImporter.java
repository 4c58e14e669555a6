package id.praja.personnel.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import id.praja.personnel.OfficerImportRejected;
import id.praja.personnel.Unit;
import id.praja.shared.ImportProblem;
import id.praja.shared.table.TableFileReader;

/**
 * Reads, checks and stores an officer file, all or nothing.
 */
@Component
public class OfficerImporter {

	/** The NRPs created and updated, and what the user should check. */
	public record Imported(List<String> created, List<String> updated, List<ImportProblem> warnings) {
	}

	private final PersonnelRepository repository;

	OfficerImporter(PersonnelRepository repository) {
		this.repository = repository;
	}

	public Imported importFile(String fileName, byte[] content) {
		TableFileReader.Table table;
		try {
			table = new TableFileReader().read(fileName, content);
		}
		catch (TableFileReader.Unreadable ex) {
			throw new OfficerImportRejected(fileName, ex.problems());
		}
		Set<String> policeUnits = this.repository.units()
			.stream()
			.filter(u -> u.kind().isPolice())
			.map(Unit::code)
			.collect(Collectors.toSet());
		OfficerImportValidator.Result result = new OfficerImportValidator(policeUnits).validate(table);
		if (!result.problems().isEmpty()) {
			throw new OfficerImportRejected(fileName, result.problems());
		}
		Set<String> existing = this.repository.existingNrps(result.rows().stream().map(OfficerRow::nrp).toList());
		List<String> created = new ArrayList<>();
		List<String> updated = new ArrayList<>();
		result.rows().forEach(r -> (existing.contains(r.nrp()) ? updated : created).add(r.nrp()));
		this.repository.upsertOfficers(result.rows(), result.fields());
		return new Imported(created, updated, result.warnings());
	}

}
