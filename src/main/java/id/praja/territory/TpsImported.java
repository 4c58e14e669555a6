package id.praja.territory;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import id.praja.shared.AuditableEvent;

/**
 * Published after a TPS file has been imported and committed: the TPS lists of the named
 * desa were replaced.
 *
 * @param fileName the imported file's name
 * @param desaCodes the desa whose TPS were replaced
 * @param replaced TPS removed (the earlier lists of those desa)
 * @param rows TPS stored
 * @param at when the import was committed
 */
public record TpsImported(String fileName, Set<String> desaCodes, int replaced, int rows,
		Instant at) implements AuditableEvent {

	@Override
	public String action() {
		return "tps.imported";
	}

	@Override
	public String subjectType() {
		return "tps";
	}

	@Override
	public String subjectId() {
		return this.fileName;
	}

	@Override
	public Object before() {
		return Map.of("tps", this.replaced, "desa", new TreeSet<>(this.desaCodes));
	}

	@Override
	public Object after() {
		return Map.of("tps", this.rows, "desa", new TreeSet<>(this.desaCodes));
	}

}
