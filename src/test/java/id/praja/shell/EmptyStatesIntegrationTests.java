package id.praja.shell;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import id.praja.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Empty states say what to do next: on a database without the demo data (no TPS, no
 * personnel, no plan, no incident, no release, no exercise) or behind a filter that
 * matches nothing, the pages reachable from the navigation answer with a hint in
 * Indonesian (and a link where one helps), not an empty table.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EmptyStatesIntegrationTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		Map<String, String> properties = TestDatabase.freshProperties(false);
		properties.put("praja.demo.enabled", "false");
		properties.forEach((key, value) -> registry.add(key, () -> value));
	}

	@Autowired
	MockMvc mvc;

	static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

	String page(String path, RequestPostProcessor as) throws Exception {
		var response = this.mvc.perform(get(path).with(as)).andReturn().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return response.getContentAsString();
	}

	@Test
	void listsWithoutRecordsSayWhatToDoNext() throws Exception {
		assertThat(page("/rencana", ADMIN)).contains("id=\"plan-empty\"")
			.contains("Belum ada rencana. Buat konsep rencana dengan tombol «Buat konsep baru» di atas")
			.doesNotContain("id=\"plan-versions\"");
		assertThat(page("/latihan", ADMIN)).contains("Belum ada rencana untuk disimulasikan")
			.contains("Belum ada simulasi tersimpan. Jalankan simulasi");
		assertThat(page("/latihan/tfg", ADMIN)).contains("Belum ada sesi latihan. Buat sesi");
		assertThat(page("/komando/insiden", ADMIN))
			.contains("Tidak ada insiden yang cocok. Insiden dibuka dari laporan lapangan");
		assertThat(page("/komando/gakkumdu", ADMIN))
			.contains("Belum ada perkara. Buka perkara dengan formulir «Perkara baru»");
		assertThat(page("/humas", ADMIN)).contains("Belum ada rilis. Buat konsep dari catatan operasi");
		assertThat(page("/laporan/kejadian", ADMIN))
			.contains("Belum ada kejadian tercatat pada hari ini. Catat kejadian");
		assertThat(page("/operasi/satgas", ADMIN)).contains("Belum ada kegiatan satgas tercatat");
		assertThat(page("/satuan", ADMIN))
			.contains("Belum ada satuan. Satuan dan personelnya dimuat dengan impor personel")
			.doesNotContain("id=\"unit-table\"");
		assertThat(page("/humas/templat", ADMIN)).contains("Belum ada fakta tercatat")
			.contains("Belum ada kutipan. Tambahkan pernyataan pejabat");
		assertThat(page("/kerawanan", ADMIN)).contains("Belum ada TPS untuk dinilai kerawanannya")
			.doesNotContain("id=\"kecamatan-table\"");
		assertThat(page("/kerawanan/usulan", ADMIN)).contains("Tidak ada usulan: kelas setiap TPS sudah sesuai")
			.doesNotContain("id=\"proposal-table\"");
	}

	@Test
	void filtersThatMatchNothingOfferToClearThem() throws Exception {
		assertThat(page("/tps?q=tidak-ada", ADMIN)).contains("Tidak ada TPS yang cocok dengan saringan ini")
			.contains("Hapus saringan")
			.contains("Impor TPS")
			.doesNotContain("id=\"tps-table\"");
		assertThat(page("/personel?q=tidak-ada", ADMIN)).contains("Tidak ada personel yang cocok dengan saringan ini")
			.contains("Impor personel")
			.doesNotContain("id=\"officer-table\"");
		assertThat(page("/audit?actor=tidak-ada", ADMIN)).contains("Tidak ada catatan audit yang cocok")
			.doesNotContain("id=\"audit-table\"");
	}

	@Test
	void aReaderOfPublishedPlansIsToldWhoPublishesThem() throws Exception {
		assertThat(page("/rencana", user("polda").roles("PENGAMAT")))
			.contains("Belum ada rencana yang diterbitkan. Kabag Ops membuat dan menerbitkan rencana");
	}

}
