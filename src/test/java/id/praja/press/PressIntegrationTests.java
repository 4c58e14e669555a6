package id.praja.press;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;

import id.praja.personnel.Officer;
import id.praja.personnel.PersonnelManagement;
import id.praja.security.Role;
import id.praja.shared.Conflict;
import id.praja.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The Humas desk on a database of its own: the Latpraops draft against the real release
 * of 15 Aug 2024, the workflow with its roles and kept versions, refusals, and the public
 * page and Atom feed (read back with Rome's parser) showing only what is published.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PressIntegrationTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.freshProperties(false).forEach((key, value) -> registry.add(key, () -> value));
	}

	static final Set<Role> HUMAS = Set.of(Role.HUMAS);

	static final Set<Role> KAOPS = Set.of(Role.KAOPS);

	@Autowired
	PressDesk desk;

	@Autowired
	MockMvc mvc;

	@Autowired
	PersonnelManagement personnel;

	@Test
	void theLatpraopsDraftCarriesTheFactsOfTheExampleWithoutCopyingItsSentences() throws IOException {
		PressRelease draft = this.desk.generate("LATPRAOPS", "humas", HUMAS);
		String text = draft.title() + "\n" + draft.body();
		assertThat(draft.status()).isEqualTo(ReleaseStatus.DRAFT);
		assertThat(draft.version()).isEqualTo(1);
		assertThat(draft.body()).startsWith("JEMBER — ").endsWith("(*)");
		Officer kapolres = this.personnel.official("Kapolres").orElseThrow();
		Officer kabagOps = this.personnel.official("Kabag Ops").orElseThrow();
		assertThat(text).contains("Rabu (14/8/2024)") // date, in the house style
			.contains("Aula PB. Sudirman, Pemkab Jember") // place
			.contains("Polres Jember Polda Jatim") // Polres and the short name of its
													// Polda
			// the Kapolres through his Kabag Ops, named from the same roster as every
			// page
			.contains("Kapolres Jember " + kapolres.displayName() + " melalui Kabag Ops " + kabagOps.displayName())
			.doesNotContain("Istono")
			.doesNotContain("Gubunagi")
			.contains("Mantap Praja Semeru 2024") // the operation
			.contains("Gubernur dan Wakil Gubernur Jawa Timur")
			.contains("Bupati dan Wakil Bupati Jember") // the two contests
			.contains("preemtif dan preventif") // the emphasis
			.contains("Polres Jember");
		// no quote record: the quote is a marked gap, never an invented sentence
		assertThat(draft.body()).contains("«[KUTIPAN:").doesNotContain("“");
		assertThat(draft.summary()).doesNotStartWith("JEMBER").contains("Rabu (14/8/2024)");
		assertThat(draft.eventDay()).isEqualTo(java.time.LocalDate.of(2024, 8, 14));
		// a closing paragraph after the quote
		List<String> paragraphs = draft.paragraphs();
		assertThat(paragraphs.get(paragraphs.size() - 1)).contains("aman, damai, dan lancar").endsWith("(*)");

		Set<String> example = ngrams(example(), 8);
		List<String> copied = new ArrayList<>();
		for (String sentence : text.split("(?<=[.!?])\\s+|\\R")) {
			for (String gram : ngrams(sentence, 8)) {
				if (example.contains(gram)) {
					copied.add(gram);
				}
			}
		}
		assertThat(example).hasSizeGreaterThan(200);
		assertThat(copied).as("runs of 8 words copied from the example release").isEmpty();
	}

	@Test
	void aRecordedQuoteIsAttributedToItsSpeaker() {
		this.desk.recordQuote("APEL-GELAR", "Kapolres Jember AKBP Bayu Pratama Gubunagi",
				"Seluruh personel harus netral dan humanis.", "humas", HUMAS);
		PressRelease draft = this.desk.generate("APEL-GELAR", "humas", HUMAS);
		assertThat(draft.body()).contains("“Seluruh personel harus netral dan humanis,” kata Kapolres Jember AKBP")
			.doesNotContain("KUTIPAN")
			.contains("Mapolres Jember")
			.contains("Senin (19/8/2024)");
		assertThatThrownBy(() -> this.desk.recordQuote("APEL-GELAR", "x", "y", "kapolres", KAOPS))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void severalQuotesAreAttributedInTurnAndOfficesAreNamedFromTheRoster() {
		Officer kapolres = this.personnel.official("Kapolres").orElseThrow();
		Officer kabagOps = this.personnel.official("Kabag Ops").orElseThrow();
		this.desk.recordQuote("AKHIR-OPERASI", "Kabag Ops", "Seluruh tahapan terkawal tanpa gangguan berarti.", "humas",
				HUMAS);
		this.desk.recordQuote("AKHIR-OPERASI", "Kasat Samapta Polres Jember AKP Joko",
				"Patroli tetap berjalan setelah operasi.", "humas", HUMAS);
		this.desk.recordQuote("AKHIR-OPERASI", "Kapolres", "Terima kasih kepada masyarakat Jember.", "humas", HUMAS);
		PressRelease draft = this.desk.generate("AKHIR-OPERASI", "humas", HUMAS);
		assertThat(draft.body())
			.contains(
					"“Seluruh tahapan terkawal tanpa gangguan berarti,” kata Kabag Ops " + kabagOps.displayName() + ".")
			.contains("“Patroli tetap berjalan setelah operasi,” ujar Kasat Samapta Polres Jember AKP Joko.")
			.contains("“Terima kasih kepada masyarakat Jember,” pungkas Kapolres " + kapolres.displayName() + ".")
			.contains("Polres Jember Polda Jatim")
			.doesNotContain("KUTIPAN");
		List<String> paragraphs = draft.paragraphs();
		assertThat(paragraphs.get(paragraphs.size() - 1)).startsWith("Polres Jember").endsWith("(*)");
	}

	@Test
	void theWorkflowNeedsTheKaopsApprovalKeepsEveryVersionAndRefusesGaps() throws Exception {
		PressRelease r = this.desk.generate("LATPRAOPS", "humas", HUMAS);
		long id = r.id();
		assertThatThrownBy(() -> this.desk.publish(id, "humas", HUMAS)).isInstanceOf(Conflict.class)
			.hasMessageContaining("only an approved release can be published");
		this.desk.submit(id, "humas", HUMAS);
		assertThatThrownBy(() -> this.desk.approve(id, "humas", HUMAS)).isInstanceOf(AccessDeniedException.class);
		assertThat(this.desk.approve(id, "kapolres", KAOPS).status()).isEqualTo(ReleaseStatus.APPROVED);
		// still holds the quote gap: publication refused with the gap named
		assertThatThrownBy(() -> this.desk.publish(id, "humas", HUMAS)).isInstanceOf(ReleaseRefused.class)
			.hasMessageContaining("Celah belum diisi: «[KUTIPAN:");
		assertThat(this.desk.release(id).status()).isEqualTo(ReleaseStatus.APPROVED);

		// the editor fills the gap: a new version, back to draft, approval needed again
		String filled = r.body()
			.replaceAll("«\\[KUTIPAN:[^\\]]*\\]»",
					"Kompol Istono menegaskan seluruh Satgas siap menjalankan tugas pokoknya.");
		PressRelease edited = this.desk.edit(id, r.title(), null, filled, null, "humas", HUMAS);
		assertThat(edited.version()).isEqualTo(2);
		assertThat(edited.status()).isEqualTo(ReleaseStatus.DRAFT);
		assertThat(edited.approvedBy()).isNull();
		assertThat(this.desk.versions(id)).extracting(ReleaseVersion::version).containsExactly(1, 2);
		assertThat(this.desk.versions(id).get(0).body()).contains("«[KUTIPAN:");

		// a suspect's full name is refused at submission with the initials suggested
		PressRelease named = this.desk.edit(id, r.title(), null, filled + "\n\nPolisi menahan tersangka Joko Susilo.",
				null, "humas", HUMAS);
		assertThatThrownBy(() -> this.desk.submit(id, "humas", HUMAS)).isInstanceOf(ReleaseRefused.class)
			.hasMessageContaining("tersangka Joko Susilo")
			.hasMessageContaining("tersangka JS");
		assertThat(named.version()).isEqualTo(3);
		this.desk.edit(id, r.title(), null, filled, null, "humas", HUMAS);
		this.desk.submit(id, "humas", HUMAS);
		this.desk.approve(id, "kapolres", KAOPS);
		assertThatThrownBy(() -> this.desk.publish(id, "kapolres", KAOPS)).isInstanceOf(AccessDeniedException.class);
		PressRelease published = this.desk.publish(id, "humas", HUMAS);
		assertThat(published.status()).isEqualTo(ReleaseStatus.PUBLISHED);
		assertThat(published.slug()).contains("latpraops-mantap-praja-semeru-2024");
		assertThat(this.desk.versions(id)).hasSize(4);
		assertThatThrownBy(() -> this.desk.edit(id, "x", null, "y", null, "humas", HUMAS)).isInstanceOf(Conflict.class);

		// another draft, never published, must stay invisible
		PressRelease hidden = this.desk.generate("APEL-GELAR", "humas", HUMAS);
		String hiddenTitle = this.desk
			.edit(hidden.id(), "RAHASIA belum terbit", null, hidden.body(), null, "humas", HUMAS)
			.title();

		// the public page, without login
		String page = this.mvc.perform(get("/berita")).andReturn().getResponse().getContentAsString();
		assertThat(page).contains(published.title()).doesNotContain(hiddenTitle).contains("feed.atom");
		MvcResult article = this.mvc.perform(get("/berita/" + published.slug())).andReturn();
		assertThat(article.getResponse().getStatus()).isEqualTo(200);
		assertThat(article.getResponse().getContentAsString())
			.contains("<meta property=\"og:title\" content=\"" + published.title() + "\"")
			.contains("<meta name=\"description\"")
			.contains("Humas Polres Jember")
			.contains("article:published_time")
			// the day of the event, not only the day of publication
			.contains("Tanggal kegiatan")
			.contains("Rabu, 14 Agustus 2024");
		assertThat(page).contains("Rabu, 14 Agustus 2024");
		assertThat(article.getResponse().getHeader("Content-Security-Policy")).contains("script-src 'self'");

		// the feed, read by a real feed parser
		MvcResult feedResult = this.mvc.perform(get("/berita/feed.atom")).andReturn();
		assertThat(feedResult.getResponse().getContentType()).startsWith("application/atom+xml");
		SyndFeed feed = new SyndFeedInput()
			.build(new StringReader(feedResult.getResponse().getContentAsString(StandardCharsets.UTF_8)));
		assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
		assertThat(feed.getEntries()).hasSize(1);
		SyndEntry entry = feed.getEntries().get(0);
		assertThat(entry.getTitle()).isEqualTo(published.title());
		assertThat(entry.getLink()).endsWith("/berita/" + published.slug());
		assertThat(entry.getAuthor()).isEqualTo("Humas Polres Jember");
		assertThat(entry.getPublishedDate()).isNotNull();
		assertThat(entry.getDescription().getValue()).isEqualTo(published.summary());
		assertThat(feedResult.getResponse().getContentAsString()).doesNotContain(hiddenTitle);

		// an unpublished release has no public address
		assertThat(this.mvc.perform(get("/berita/" + hidden.id())).andReturn().getResponse().getStatus())
			.isEqualTo(404);
	}

	static String example() throws IOException {
		try (InputStream in = PressIntegrationTests.class
			.getResourceAsStream("/press/press-release-latpraops-2024.txt")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^#.*$", "");
		}
	}

	static Set<String> ngrams(String text, int n) {
		String[] words = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip().split(" +");
		Set<String> grams = new HashSet<>();
		for (int i = 0; i + n <= words.length; i++) {
			grams.add(String.join(" ", java.util.Arrays.copyOfRange(words, i, i + n)));
		}
		return grams;
	}

}
