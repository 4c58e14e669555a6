package id.praja.operation;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import id.praja.personnel.Letterhead;
import id.praja.shared.Formats;

/**
 * A numbered order (Surat Perintah, Sprin): who signs it, its grounds ("Dasar"), the
 * personnel ordered ("Kepada"), what they are to do ("Untuk") and who receives a copy
 * ("Tembusan"). A draft (KONSEP) has no number yet; issuing it takes the next number of
 * the operation's {@link SprinRegister}.
 *
 * @param id its id
 * @param number e.g. Sprin/1234/VIII/OPS.1.3./2024, or null for a draft
 * @param issuedOn date of issue (for a draft, the date it is meant for)
 * @param issuer who signs it, e.g. KEPALA KEPOLISIAN RESOR JEMBER
 * @param task the task ordered, one "Untuk" item per line
 * @param periodFrom first day
 * @param periodTo last day
 * @param source where the personnel came from: TASK_FORCE:&lt;code&gt;, UNIT:&lt;code&gt;
 * or PLAN:&lt;version&gt;
 * @param personnel the personnel attached, as at issue
 * @param draft true while it is a draft without a number
 * @param considering the "Pertimbangan", or null
 * @param basis the "Dasar", numbered in this order
 * @param copies the "Tembusan", numbered in this order
 * @param planVersion the deployment plan version (id) whose posts it orders, or null
 */
public record SprinOrder(long id, String number, LocalDate issuedOn, String issuer, String task, LocalDate periodFrom,
		LocalDate periodTo, String source, List<Member> personnel, boolean draft, String considering,
		List<String> basis, List<String> copies, Long planVersion) {

	/** What a draft shows where its number will be. */
	public static final String NOT_ISSUED = "(belum diterbitkan — konsep)";

	/**
	 * @return the heading of this Sprin's attachment, e.g. {@code LAMPIRAN SURAT PERINTAH
	 * KAPOLRES JEMBER / NOMOR: Sprin/1234/XI/OPS.1.3./2024 / TANGGAL: 20 NOVEMBER 2024}
	 * @param letterhead the Polres that issues it
	 */
	public String attachmentHeading(Letterhead letterhead) {
		return attachmentHeading(letterhead, this.draft ? NOT_ISSUED : this.number,
				this.draft ? "(BELUM DITERBITKAN)" : Formats.indonesian().date(this.issuedOn).toUpperCase(Locale.ROOT));
	}

	/**
	 * @param letterhead the Polres
	 * @param number the Sprin's number as written
	 * @param date its date as written
	 * @return the heading of a Sprin attachment
	 */
	public static String attachmentHeading(Letterhead letterhead, String number, String date) {
		return "LAMPIRAN SURAT PERINTAH " + commander(letterhead).toUpperCase(Locale.ROOT) + "\nNOMOR: " + number
				+ "\nTANGGAL: " + date;
	}

	/**
	 * @param letterhead the Polres
	 * @return its commander as a title: "Kapolres Jember" for Polres Jember, "Kapolresta
	 * Malang Kota" for Polresta Malang Kota
	 */
	public static String commander(Letterhead letterhead) {
		String unit = letterhead.unitName();
		return "Ka" + unit.substring(0, 1).toLowerCase(Locale.ROOT) + unit.substring(1);
	}

	/**
	 * @return the task's lines that are not blank: the first "Untuk" items
	 */
	public List<String> taskItems() {
		return this.task.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
	}

}
