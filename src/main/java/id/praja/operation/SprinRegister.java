package id.praja.operation;

import java.time.LocalDate;
import java.util.List;

/**
 * The register of Sprin numbers of an operation and the texts every Sprin cites: the
 * pattern of the numbers ({@code {nomor}} the serial, {@code {bulan}} the month of the
 * date in roman numerals, {@code {tahun}} its year), the next serial, the grounds
 * ("Dasar": laws and the Renops) and the copies ("Tembusan").
 *
 * @param pattern e.g. {@code Sprin/{nomor}/{bulan}/OPS.1.3./{tahun}}
 * @param nextSerial the serial the next Sprin gets
 * @param basis the "Dasar", in order
 * @param copies the "Tembusan", in order
 */
public record SprinRegister(String pattern, int nextSerial, List<String> basis, List<String> copies) {

	private static final String[] ROMAN = { "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII" };

	/**
	 * @param pattern a number pattern
	 * @param serial the serial
	 * @param date the date of the Sprin
	 * @return the number, e.g. {@code Sprin/1234/VIII/OPS.1.3./2024}
	 */
	public static String number(String pattern, int serial, LocalDate date) {
		return pattern.replace("{nomor}", Integer.toString(serial))
			.replace("{bulan}", ROMAN[date.getMonthValue() - 1])
			.replace("{tahun}", Integer.toString(date.getYear()));
	}

}
