package id.praja.territory;

/**
 * The outcome of an accepted TPS file.
 *
 * @param fileName the file's name
 * @param rows TPS rows read and stored
 * @param desa desa whose TPS list the file replaced
 * @param replaced TPS that existed in those desa before and were replaced
 * @param voters registered voters in the file
 */
public record TpsImportResult(String fileName, int rows, int desa, int replaced, long voters) {
}
