package id.praja.command;

/**
 * One hour of a day (Asia/Jakarta) in the command center's counters.
 *
 * @param hour 0..23
 * @param opened TPS whose first DIBUKA report falls in that hour
 * @param finished TPS whose first SELESAI report falls in that hour
 * @param incidents incident reports that happened in that hour
 */
public record HourCounts(int hour, int opened, int finished, int incidents) {
}
