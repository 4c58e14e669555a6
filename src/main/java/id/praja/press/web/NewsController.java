package id.praja.press.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;

import id.praja.operation.OperationManagement;
import id.praja.press.PressDesk;
import id.praja.press.PressRelease;

/**
 * The public news page (no login): published releases newest first, each on its own page
 * with description and OpenGraph metadata, and an Atom feed for aggregators and the Polri
 * sites. Nothing unpublished is ever read here. Absolute links (the feed's, the canonical
 * and OpenGraph address of a release) start with {@code praja.public-base-url}, never
 * with the request's {@code Host} header, which anyone can set.
 */
@Controller
class NewsController {

	private final PressDesk desk;

	private final OperationManagement operation;

	private final String base;

	NewsController(PressDesk desk, OperationManagement operation,
			@Value("${praja.public-base-url:http://localhost:8080}") String base) {
		this.desk = desk;
		this.operation = operation;
		this.base = base.trim().replaceAll("/+$", "");
	}

	@GetMapping("/berita")
	String list(Model model) {
		List<PressRelease> releases = this.desk.published(100);
		java.util.Map<Long, String> dates = new java.util.HashMap<>();
		java.util.Map<Long, String> eventDays = new java.util.HashMap<>();
		releases.forEach(r -> dates.put(r.id(), date(r)));
		releases.stream().filter(r -> r.eventDay() != null).forEach(r -> eventDays.put(r.id(), eventDay(r)));
		model.addAttribute("releases", releases);
		model.addAttribute("dates", dates);
		model.addAttribute("eventDays", eventDays);
		model.addAttribute("op", this.operation.operation());
		return "press/news";
	}

	@GetMapping("/berita/{slug}")
	String release(@PathVariable String slug, Model model) {
		PressRelease r = this.desk.publishedRelease(slug);
		model.addAttribute("r", r);
		model.addAttribute("date", date(r));
		model.addAttribute("eventDay", (r.eventDay() != null) ? eventDay(r) : null);
		model.addAttribute("op", this.operation.operation());
		model.addAttribute("url", this.base + "/berita/" + r.slug());
		return "press/article";
	}

	static final String[] MONTHS = { "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
			"September", "Oktober", "November", "Desember" };

	/**
	 * @return the day of the event a release reports, e.g. Rabu, 14 Agustus 2024
	 */
	static String eventDay(PressRelease r) {
		return java.time.format.DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", id.praja.shared.Formats.INDONESIAN)
			.format(r.eventDay());
	}

	static String date(PressRelease r) {
		java.time.LocalDateTime t = java.time.LocalDateTime.ofInstant(r.publishedAt(),
				java.time.ZoneId.of("Asia/Jakarta"));
		return "%d %s %d %02d.%02d WIB".formatted(t.getDayOfMonth(), MONTHS[t.getMonthValue() - 1], t.getYear(),
				t.getHour(), t.getMinute());
	}

	@GetMapping("/berita/feed.atom")
	void feed(HttpServletResponse response) throws IOException {
		String base = this.base;
		List<PressRelease> releases = this.desk.published(50);
		SyndFeed feed = new SyndFeedImpl();
		feed.setFeedType("atom_1.0");
		String polres = this.operation.operation().polres();
		feed.setTitle("Berita " + polres);
		feed.setDescription("Rilis pers Humas " + polres + " — " + this.operation.operation().codeName());
		feed.setUri(base + "/berita");
		feed.setLink(base + "/berita");
		SyndLink self = new SyndLinkImpl();
		self.setRel("self");
		self.setType("application/atom+xml");
		self.setHref(base + "/berita/feed.atom");
		SyndLink alternate = new SyndLinkImpl();
		alternate.setRel("alternate");
		alternate.setType("text/html");
		alternate.setHref(base + "/berita");
		feed.setLinks(List.of(alternate, self));
		feed.setLanguage("id");
		feed.setAuthor("Humas " + polres);
		feed.setPublishedDate(releases.isEmpty() ? new Date(0) : Date.from(releases.get(0).publishedAt()));
		List<SyndEntry> entries = new ArrayList<>();
		for (PressRelease r : releases) {
			SyndEntry e = new SyndEntryImpl();
			String link = base + "/berita/" + r.slug();
			e.setUri(link);
			e.setLink(link);
			e.setTitle(r.title());
			e.setAuthor(r.author());
			e.setPublishedDate(Date.from(r.publishedAt()));
			e.setUpdatedDate(Date.from(r.publishedAt()));
			SyndContent summary = new SyndContentImpl();
			summary.setType("text");
			summary.setValue(r.summary());
			e.setDescription(summary);
			SyndContent content = new SyndContentImpl();
			content.setType("text");
			content.setValue(r.body());
			e.setContents(List.of(content));
			entries.add(e);
		}
		feed.setEntries(entries);
		response.setContentType("application/atom+xml;charset=UTF-8");
		Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		try {
			new SyndFeedOutput().output(feed, out);
		}
		catch (FeedException ex) {
			throw new IOException("the news feed cannot be written", ex);
		}
		out.flush();
	}

}
