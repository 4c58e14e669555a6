package id.praja.shared;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * How Praja writes times, dates and numbers for people, in one place: local time with its
 * zone (WIB, WITA or WIT, from the Polres), Indonesian dates ("26 November 2024") and
 * numbers ("1.955.219", "99,8 %", "2.508,0 km", "81,8 mnt"); English when the user chose
 * it. Records keep instants; only what a person reads is formatted.
 *
 * @param zone the zone of the Polres
 * @param locale the reader's language
 */
public record Formats(ZoneId zone, Locale locale) {

	/** Indonesian, the default language of Praja. */
	public static final Locale INDONESIAN = Locale.forLanguageTag("id");

	/** The zone of Western Indonesia (WIB), the default of a Polres without its own. */
	public static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

	private static final Map<String, String> ZONE_NAMES = Map.of("Asia/Jakarta", "WIB", "Asia/Pontianak", "WIB",
			"Asia/Makassar", "WITA", "Asia/Jayapura", "WIT");

	public Formats {
		zone = (zone != null) ? zone : WIB;
		locale = (locale != null && locale.getLanguage().equals("en")) ? Locale.ENGLISH : INDONESIAN;
	}

	/** Indonesian formats in the zone of Western Indonesia. */
	public static Formats indonesian() {
		return new Formats(WIB, INDONESIAN);
	}

	/**
	 * @return the zone's Indonesian name: WIB, WITA or WIT (else its offset, e.g.
	 * UTC+07:00)
	 */
	public String zoneName() {
		String name = ZONE_NAMES.get(this.zone.getId());
		return (name != null) ? name : "UTC" + this.zone.getRules().getOffset(Instant.now()).getId().replace("Z", "");
	}

	private boolean english() {
		return this.locale.getLanguage().equals("en");
	}

	/**
	 * @return e.g. "26 November 2024" (English: "26 November 2024")
	 */
	public String date(LocalDate date) {
		return (date != null) ? DateTimeFormatter.ofPattern("d MMMM yyyy", this.locale).format(date) : "";
	}

	/**
	 * @return e.g. "26 Nov 2024"
	 */
	public String shortDate(LocalDate date) {
		return (date != null) ? DateTimeFormatter.ofPattern("d MMM yyyy", this.locale).format(date) : "";
	}

	/**
	 * @return an instant as the local date and time with the zone, e.g. "26 Nov 2024
	 * 07.15 WIB" (English "26 Nov 2024 07:15 WIB")
	 */
	public String dateTime(Instant instant) {
		if (instant == null) {
			return "";
		}
		return dateTime(instant.atZone(this.zone).toLocalDateTime());
	}

	/**
	 * @return a local date and time of the Polres with the zone, e.g. "26 Nov 2024 07.15
	 * WIB"
	 */
	public String dateTime(LocalDateTime local) {
		if (local == null) {
			return "";
		}
		return shortDate(local.toLocalDate()) + " " + clock(local) + " " + zoneName();
	}

	/**
	 * @return the local time of day with the zone, e.g. "07.15 WIB"
	 */
	public String time(Instant instant) {
		if (instant == null) {
			return "";
		}
		return clock(instant.atZone(this.zone).toLocalDateTime()) + " " + zoneName();
	}

	/**
	 * @return the local time of day with seconds and the zone, e.g. "07.15.02 WIB"
	 */
	public String timeWithSeconds(Instant instant) {
		if (instant == null) {
			return "";
		}
		ZonedDateTime at = instant.atZone(this.zone);
		return DateTimeFormatter.ofPattern(english() ? "HH:mm:ss" : "HH.mm.ss").format(at) + " " + zoneName();
	}

	private String clock(LocalDateTime local) {
		return DateTimeFormatter.ofPattern(english() ? "HH:mm" : "HH.mm").format(local);
	}

	/**
	 * @return a whole number with thousands separators, e.g. "1.955.219"
	 */
	public String number(long value) {
		return decimal(value, 0);
	}

	/**
	 * @return a number with the given decimals, e.g. "2.508,0"
	 */
	public String decimal(double value, int decimals) {
		DecimalFormat format = new DecimalFormat((decimals > 0) ? "#,##0." + "0".repeat(decimals) : "#,##0",
				DecimalFormatSymbols.getInstance(this.locale));
		return format.format(value);
	}

	/**
	 * @return a share as a percentage with one decimal, e.g. 0.998 → "99,8 %"
	 */
	public String percent(double share) {
		return decimal(share * 100, 1) + " %";
	}

	/**
	 * @return metres as kilometres with one decimal, e.g. "2.508,0 km"
	 */
	public String km(double metres) {
		return decimal(metres / 1000, 1) + " km";
	}

	/**
	 * @return minutes with one decimal, e.g. "81,8 mnt" (English "81.8 min")
	 */
	public String minutes(double minutes) {
		return decimal(minutes, 1) + (english() ? " min" : " mnt");
	}

}
