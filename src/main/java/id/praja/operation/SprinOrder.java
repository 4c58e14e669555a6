package id.praja.operation;

import java.time.LocalDate;
import java.util.List;

/**
 * A numbered order (Surat Perintah).
 *
 * @param id its id
 * @param number e.g. Sprin/1234/VIII/PAM.3.3./2024
 * @param issuedOn date of issue
 * @param issuer who signs it, e.g. KEPALA KEPOLISIAN RESOR JEMBER
 * @param task the task ordered
 * @param periodFrom first day
 * @param periodTo last day
 * @param source where the personnel came from: TASK_FORCE:&lt;code&gt; or
 * UNIT:&lt;code&gt;
 * @param personnel the personnel attached, as at issue
 */
public record SprinOrder(long id, String number, LocalDate issuedOn, String issuer, String task, LocalDate periodFrom,
		LocalDate periodTo, String source, List<Member> personnel) {
}
