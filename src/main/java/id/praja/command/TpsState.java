package id.praja.command;

import java.time.Instant;

/**
 * The current state of a TPS as reported from the field.
 *
 * @param tps the TPS code
 * @param kecamatan its kecamatan
 * @param status its current stage, or null before the first status report
 * @param since when it reached that stage
 * @param checkedInAt when an officer first checked in at the post, or null
 * @param logistics the last logistics movement, or null
 * @param logisticsAt when that happened
 */
public record TpsState(String tps, String kecamatan, TpsStatus status, Instant since, Instant checkedInAt,
		Logistics logistics, Instant logisticsAt) {

}
