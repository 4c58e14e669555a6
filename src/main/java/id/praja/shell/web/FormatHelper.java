package id.praja.shell.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import id.praja.personnel.PersonnelManagement;
import id.praja.shared.Formats;

/**
 * The one formatter of the pages, as {@code ${@fmt.dateTime(x)}} in every template: local
 * time with the Polres' zone (WIB, WITA, WIT) and Indonesian (or English) dates and
 * numbers. See {@link Formats}.
 */
@Component("fmt")
public class FormatHelper {

	private static final String ZONE = FormatHelper.class.getName() + ".zone";

	private final PersonnelManagement personnel;

	FormatHelper(PersonnelManagement personnel) {
		this.personnel = personnel;
	}

	/**
	 * @return the formats of the current request: the Polres' zone (read once a request)
	 * and the user's language
	 */
	public Formats current() {
		return new Formats(zone(), LocaleContextHolder.getLocale());
	}

	private ZoneId zone() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request == null) {
			return this.personnel.timeZone();
		}
		Object cached = request.getAttribute(ZONE, RequestAttributes.SCOPE_REQUEST);
		if (cached instanceof ZoneId zone) {
			return zone;
		}
		ZoneId zone = this.personnel.timeZone();
		request.setAttribute(ZONE, zone, RequestAttributes.SCOPE_REQUEST);
		return zone;
	}

	public String date(LocalDate date) {
		return current().date(date);
	}

	public String shortDate(LocalDate date) {
		return current().shortDate(date);
	}

	public String dateTime(Object value) {
		if (value instanceof Instant instant) {
			return current().dateTime(instant);
		}
		if (value instanceof LocalDateTime local) {
			return current().dateTime(local);
		}
		if (value instanceof java.time.OffsetDateTime offset) {
			return current().dateTime(offset.toInstant());
		}
		if (value instanceof java.time.ZonedDateTime zoned) {
			return current().dateTime(zoned.toInstant());
		}
		return (value != null) ? String.valueOf(value) : "";
	}

	public String time(Instant instant) {
		return current().time(instant);
	}

	public String timeWithSeconds(Instant instant) {
		return current().timeWithSeconds(instant);
	}

	public String zoneName() {
		return current().zoneName();
	}

	public String number(Number value) {
		return (value != null) ? current().number(value.longValue()) : "–";
	}

	public String decimal(Number value, int decimals) {
		return (value != null) ? current().decimal(value.doubleValue(), decimals) : "–";
	}

	public String percent(Number share) {
		return (share != null) ? current().percent(share.doubleValue()) : "–";
	}

	public String km(Number metres) {
		return (metres != null) ? current().km(metres.doubleValue()) : "–";
	}

	public String minutes(Number minutes) {
		return (minutes != null) ? current().minutes(minutes.doubleValue()) : "–";
	}

}
