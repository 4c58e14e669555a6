package id.praja.territory;

import java.time.Instant;
import java.util.Set;

/**
 * Published after a TPS file has been imported and committed: the TPS lists of the named
 * desa were replaced.
 *
 * @param fileName the imported file's name
 * @param desaCodes the desa whose TPS were replaced
 * @param rows TPS stored
 * @param at when the import was committed
 */
public record TpsImported(String fileName, Set<String> desaCodes, int rows, Instant at) {
}
