package id.praja.territory.internal;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.stereotype.Component;

import id.praja.shared.table.TableFileReader;
import id.praja.shared.ImportProblem;
import id.praja.territory.TpsImportRejected;
import id.praja.territory.TpsImportResult;

/**
 * Reads, checks and stores a TPS file. The caller holds the transaction, so a failure
 * while storing rolls everything back.
 */
@Component
public class TpsImporter {

	private final TerritoryReference reference;

	private final TerritoryRepository repository;

	TpsImporter(TerritoryReference reference, TerritoryRepository repository) {
		this.reference = reference;
		this.repository = repository;
	}

	/** What an accepted file did. */
	public record Imported(TpsImportResult result, Set<String> desaCodes) {
	}

	public Imported importFile(String fileName, byte[] content) {
		List<TpsRow> rows = check(fileName, content);
		Set<String> desa = new TreeSet<>();
		long voters = 0;
		for (TpsRow row : rows) {
			desa.add(row.desaCode());
			voters += row.voters();
		}
		int replaced = this.repository.replaceTps(desa, rows);
		return new Imported(new TpsImportResult(fileName, rows.size(), desa.size(), replaced, voters), desa);
	}

	/**
	 * Reads and checks a file without storing anything.
	 * @return the rows, when the file is good
	 * @throws TpsImportRejected listing every problem
	 */
	public List<TpsRow> check(String fileName, byte[] content) {
		TableFileReader.Table table;
		try {
			table = new TableFileReader().read(fileName, content);
		}
		catch (TableFileReader.Unreadable ex) {
			throw new TpsImportRejected(fileName, ex.problems());
		}
		TpsImportValidator.Result result = new TpsImportValidator(this.reference.geometry()).validate(table);
		List<ImportProblem> problems = result.problems();
		if (!problems.isEmpty()) {
			throw new TpsImportRejected(fileName, problems);
		}
		return result.rows();
	}

}
