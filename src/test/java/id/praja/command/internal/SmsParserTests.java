package id.praja.command.internal;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import id.praja.command.internal.SmsParser.Candidate;
import id.praja.command.internal.SmsParser.Parsed;
import id.praja.command.internal.SmsParser.Result;
import id.praja.command.internal.SmsParser.Unparsed;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The parser's table: real-looking messages from officers in Tempurejo (Jember), typos
 * included, and what each must become. A report reads "TYPE TPS what [time]"; a message
 * for the operator queue reads "ANTRE reason".
 */
class SmsParserTests {

	/** Kecamatan Tempurejo: eight desa, each with its TPS numbered from 1. */
	static final List<Candidate> SECTOR = sector();

	private static List<Candidate> sector() {
		String[] desa = { "Sanenrejo", "Andongrejo", "Curahnongko", "Wonoasri", "Sidodadi", "Pondokrejo", "Curahtakir",
				"Tempurejo" };
		int[] count = { 12, 8, 10, 15, 9, 6, 11, 14 };
		List<Candidate> sector = new ArrayList<>();
		for (int d = 0; d < desa.length; d++) {
			for (int n = 1; n <= count[d]; n++) {
				sector.add(new Candidate("35.09.18.%d-TPS-%03d".formatted(2001 + d, n), n, desa[d]));
			}
		}
		// only Wonoasri has a TPS 15: the number alone is enough there
		return List.copyOf(sector);
	}

	@ParameterizedTest(name = "[{index}] {0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"',
			textBlock = """
							LAP 35.09.18.2001-001 BUKA 07.05                      | STATUS 35.09.18.2001-TPS-001 DIBUKA 07:05
							lap 35.09.18.2001-001 buka 07.05                      | STATUS 35.09.18.2001-TPS-001 DIBUKA 07:05
							Lap 35.09.18.2001-1 dibuka jam 7.05                   | STATUS 35.09.18.2001-TPS-001 DIBUKA 07:05
							LAP 3509182001001 BUKA 0705                           | STATUS 35.09.18.2001-TPS-001 DIBUKA
							LAP 35 09 18 2001 001 BUKA 07:05                      | STATUS 35.09.18.2001-TPS-001 DIBUKA 07:05
							LAP 35.09.18.2001-TPS-001 BUKA 07.05                  | STATUS 35.09.18.2001-TPS-001 DIBUKA 07:05
					lap 35.09.18.2001 tps 1 buka                          | STATUS 35.09.18.2001-TPS-001 DIBUKA
					LAP 35.09.18.2001/001 BUKA 07.05 WIB                  | STATUS 35.09.18.2001-TPS-001 DIBUKA 07:05
							LAP,35.09.18.2001-001,BUKA,07.05                      | STATUS 35.09.18.2001-TPS-001 DIBUKA 07:05
							LAP 35.09.18.2001-001 DIBUKA PKL 07.10 WIB            | STATUS 35.09.18.2001-TPS-001 DIBUKA 07:10
							LAP 35.09.18.2001-001 BUKA                            | STATUS 35.09.18.2001-TPS-001 DIBUKA
							LAP TPS 001 SANENREJO BUKA                            | STATUS 35.09.18.2001-TPS-001 DIBUKA
							lap tps 1 sanenrejo buka                              | STATUS 35.09.18.2001-TPS-001 DIBUKA
							LAP TPS01 SANENREJO BUKA 07.00                        | STATUS 35.09.18.2001-TPS-001 DIBUKA 07:00
							LAP TPS 1 SANENREJ0 BUKA                              | STATUS 35.09.18.2001-TPS-001 DIBUKA
							LAP TPS 1 SANENREJO DIBUKA                            | STATUS 35.09.18.2001-TPS-001 DIBUKA
							LAP TPS 1 SANEREJO BUKA                               | STATUS 35.09.18.2001-TPS-001 DIBUKA
							LAP TPS 1 SANENERJO BUKA                              | STATUS 35.09.18.2001-TPS-001 DIBUKA
							LAP TPS 1 SNENREJO BUKA                               | STATUS 35.09.18.2001-TPS-001 DIBUKA
							LAP TPS 1 SANENREJOO BUKA                             | STATUS 35.09.18.2001-TPS-001 DIBUKA
							LAP TPS 1 SANEN REJO BUKA                             | STATUS 35.09.18.2001-TPS-001 DIBUKA
							LAP TPS 1 DS SANENREJO BUKA                           | STATUS 35.09.18.2001-TPS-001 DIBUKA
							LAP TPS 1 DESA SANENREJO BUKA                         | STATUS 35.09.18.2001-TPS-001 DIBUKA
							LAP SANENREJO TPS 1 BUKA                              | STATUS 35.09.18.2001-TPS-001 DIBUKA
							LAP SANENREJO 1 BUKA 07.02                            | STATUS 35.09.18.2001-TPS-001 DIBUKA 07:02
							LAP TPS NO 1 SANENREJO BUKA                           | STATUS 35.09.18.2001-TPS-001 DIBUKA
							LAP TPS NOMOR 01 SANENREJO DIBUKA                     | STATUS 35.09.18.2001-TPS-001 DIBUKA
							LAP TPS 1 SANENREJO DBUKA                             | STATUS 35.09.18.2001-TPS-001 DIBUKA
							LAP TPS 1 SANENREJO DIBKUA                            | STATUS 35.09.18.2001-TPS-001 DIBUKA
							LAPOR TPS 1 SANENREJO BUKA                            | STATUS 35.09.18.2001-TPS-001 DIBUKA
							LAPORAN TPS 1 SANENREJO BUKA                          | STATUS 35.09.18.2001-TPS-001 DIBUKA
							LAPRAN TPS 1 SANENREJO BUKA                           | STATUS 35.09.18.2001-TPS-001 DIBUKA
							LPR TPS 1 SANENREJO BUKA                              | STATUS 35.09.18.2001-TPS-001 DIBUKA
							TPS 1 SANENREJO BUKA 07.00                            | STATUS 35.09.18.2001-TPS-001 DIBUKA 07:00
							"  LAP   TPS  1   SANENREJO   BUKA  "                 | STATUS 35.09.18.2001-TPS-001 DIBUKA
							LAP. TPS.1. SANENREJO. BUKA.                          | STATUS 35.09.18.2001-TPS-001 DIBUKA
							LAP TPS 1 SANENREJO BUKA 7:05                         | STATUS 35.09.18.2001-TPS-001 DIBUKA 07:05
							LAP TPS 1 SANENREJO BUKA JAM 07.05                    | STATUS 35.09.18.2001-TPS-001 DIBUKA 07:05
							LAP TPS 1 SANENREJO BUKA PUKUL 07.05 WIB              | STATUS 35.09.18.2001-TPS-001 DIBUKA 07:05
							LAP TPS 1 SANENREJO BUKA 07,05                        | STATUS 35.09.18.2001-TPS-001 DIBUKA 07:05
							LAP TPS 1 SANENREJO PERSIAPAN 06.00                   | STATUS 35.09.18.2001-TPS-001 PERSIAPAN 06:00
							LAP TPS 1 SANENREJO PERSIAPN                          | STATUS 35.09.18.2001-TPS-001 PERSIAPAN
							LAP TPS 1 SANENREJO SIAP                              | STATUS 35.09.18.2001-TPS-001 PERSIAPAN
							LAP TPS 1 SANENREJO PEMUNGUTAN                        | STATUS 35.09.18.2001-TPS-001 PEMUNGUTAN
							LAP TPS 1 SANENREJO PEMUNGUTN                         | STATUS 35.09.18.2001-TPS-001 PEMUNGUTAN
							LAP TPS 1 SANENREJO COBLOS                            | STATUS 35.09.18.2001-TPS-001 PEMUNGUTAN
							LAP TPS 1 SANENREJO MULAI COBLOS 07.30                | STATUS 35.09.18.2001-TPS-001 PEMUNGUTAN 07:30
							LAP TPS 1 SANENREJO PENCOBLOSAN                       | STATUS 35.09.18.2001-TPS-001 PEMUNGUTAN
							LAP TPS 1 SANENREJO TUTUP 13.00                       | STATUS 35.09.18.2001-TPS-001 PENGHITUNGAN 13:00
							LAP TPS 1 SANENREJO DITUTUP                           | STATUS 35.09.18.2001-TPS-001 PENGHITUNGAN
							LAP TPS 1 SANENREJO HITUNG                            | STATUS 35.09.18.2001-TPS-001 PENGHITUNGAN
							LAP TPS 1 SANENREJO HITUNG 13.15                      | STATUS 35.09.18.2001-TPS-001 PENGHITUNGAN 13:15
							LAP TPS 1 SANENREJO PENGHITUNGAN                      | STATUS 35.09.18.2001-TPS-001 PENGHITUNGAN
							LAP TPS 1 SANENREJO PENGHITUNGN                       | STATUS 35.09.18.2001-TPS-001 PENGHITUNGAN
							LAP TPS 1 SANENREJO PERHITUNGAN                       | STATUS 35.09.18.2001-TPS-001 PENGHITUNGAN
							LAP TPS 1 SANENREJO DIHITUNG                          | STATUS 35.09.18.2001-TPS-001 PENGHITUNGAN
							LAP TPS 1 SANENREJO SELESAI 15.40                     | STATUS 35.09.18.2001-TPS-001 SELESAI 15:40
							LAP TPS 1 SANENREJO SLESAI                            | STATUS 35.09.18.2001-TPS-001 SELESAI
							LAP TPS 1 SANENREJO SELSAI                            | STATUS 35.09.18.2001-TPS-001 SELESAI
							LAP TPS 1 SANENREJO SELESAII                          | STATUS 35.09.18.2001-TPS-001 SELESAI
							LAP TPS 1 SANENREJO RAMPUNG                           | STATUS 35.09.18.2001-TPS-001 SELESAI
							LAP TPS 1 SANENREJO BERES                             | STATUS 35.09.18.2001-TPS-001 SELESAI
							LAP TPS 2 ANDONGREJO BUKA                             | STATUS 35.09.18.2002-TPS-002 DIBUKA
							LAP TPS 2 ANDONGREJ BUKA                              | STATUS 35.09.18.2002-TPS-002 DIBUKA
							LAP TPS 2 ANDONG REJO BUKA                            | STATUS 35.09.18.2002-TPS-002 DIBUKA
							LAP TPS 2 ADONGREJO BUKA                              | STATUS 35.09.18.2002-TPS-002 DIBUKA
							LAP TPS 10 CURAHNONGKO HITUNG                         | STATUS 35.09.18.2003-TPS-010 PENGHITUNGAN
							LAP TPS 10 CURAH NONGKO HITUNG                        | STATUS 35.09.18.2003-TPS-010 PENGHITUNGAN
							LAP TPS 10 CRHNONGKO HITUNG                           | STATUS 35.09.18.2003-TPS-010 PENGHITUNGAN
							LAP TPS 10 CURAHNONKO HITUNG                          | STATUS 35.09.18.2003-TPS-010 PENGHITUNGAN
							LAP TPS 15 WONOASRI SELESAI                           | STATUS 35.09.18.2004-TPS-015 SELESAI
							LAP TPS 15 WONOASARI SELESAI                          | STATUS 35.09.18.2004-TPS-015 SELESAI
							LAP TPS 15 WONOSARI SELESAI                           | STATUS 35.09.18.2004-TPS-015 SELESAI
							LAP TPS 3 SIDODADI BUKA                               | STATUS 35.09.18.2005-TPS-003 DIBUKA
							LAP TPS 3 SIDODASI BUKA                               | STATUS 35.09.18.2005-TPS-003 DIBUKA
							LAP TPS 6 PONDOKREJO TUTUP                            | STATUS 35.09.18.2006-TPS-006 PENGHITUNGAN
							LAP TPS 6 PONDOK REJO TUTUP                           | STATUS 35.09.18.2006-TPS-006 PENGHITUNGAN
							LAP TPS 11 CURAHTAKIR SELESAI                         | STATUS 35.09.18.2007-TPS-011 SELESAI
							LAP TPS 11 CURAH TAKIR SELESAI                        | STATUS 35.09.18.2007-TPS-011 SELESAI
							LAP TPS 15 BUKA                                       | STATUS 35.09.18.2004-TPS-015 DIBUKA
							LAP TPS 13 TEMPUREJO BUKA                             | STATUS 35.09.18.2008-TPS-013 DIBUKA
							LAP TPS 13 TEMPUREJ BUKA                              | STATUS 35.09.18.2008-TPS-013 DIBUKA
							LAP TPS 1 SANENREJO TIBA                              | CHECK_IN 35.09.18.2001-TPS-001
							LAP TPS 1 SANENREJO TIBA 05.45                        | CHECK_IN 35.09.18.2001-TPS-001 05:45
							LAP TPS 1 SANENREJO HADIR                             | CHECK_IN 35.09.18.2001-TPS-001
							LAP TPS 1 SANENREJO SUDAH SAMPAI                      | CHECK_IN 35.09.18.2001-TPS-001
							LAP TPS 1 SANENREJO SIAGA DI TPS                      | CHECK_IN 35.09.18.2001-TPS-001
							LAP 35.09.18.2001-001 TIBA 05.30                      | CHECK_IN 35.09.18.2001-TPS-001 05:30
							LAP TPS 1 SANENREJO LOGISTIK TIBA                     | LOGISTICS 35.09.18.2001-TPS-001 ARRIVED
							LAP TPS 1 SANENREJO LOGISTIK TIBA 06.10               | LOGISTICS 35.09.18.2001-TPS-001 ARRIVED 06:10
							LAP TPS 1 SANENREJO LOGSTIK DATANG                    | LOGISTICS 35.09.18.2001-TPS-001 ARRIVED
							LAP TPS 1 SANENREJO KOTAK SUARA TIBA                  | LOGISTICS 35.09.18.2001-TPS-001 ARRIVED
							LAP TPS 1 SANENREJO LOGISTIK DIKAWAL KE PPS           | LOGISTICS 35.09.18.2001-TPS-001 ESCORTED_AWAY
							LAP TPS 1 SANENREJO LOGISTIK KAWAL 17.20              | LOGISTICS 35.09.18.2001-TPS-001 ESCORTED_AWAY 17:20
							INS TPS 001 SANENREJO POLITIK UANG KUNING             | INCIDENT 35.09.18.2001-TPS-001 MONEY_POLITICS YELLOW
							INS TPS 001 SANENREJO POLITIK UANG KUNING bagi amplop | INCIDENT 35.09.18.2001-TPS-001 MONEY_POLITICS YELLOW bagi amplop
							ins tps 1 sanenrejo politik uang merah                | INCIDENT 35.09.18.2001-TPS-001 MONEY_POLITICS RED
							INS TPS 1 SANENREJO POLITK UANG                       | INCIDENT 35.09.18.2001-TPS-001 MONEY_POLITICS YELLOW
							INS TPS 1 SANENREJO MONEY POLITIK HIJAU               | INCIDENT 35.09.18.2001-TPS-001 MONEY_POLITICS GREEN
							INS TPS 1 SANENREJO SERANGAN FAJAR                    | INCIDENT 35.09.18.2001-TPS-001 MONEY_POLITICS YELLOW
							INS TPS 2 ANDONGREJO KERIBUTAN MERAH massa 50 org     | INCIDENT 35.09.18.2002-TPS-002 CROWD RED massa 50 org
							INS TPS 2 ANDONGREJO RICUH                            | INCIDENT 35.09.18.2002-TPS-002 CROWD YELLOW
							INS TPS 2 ANDONGREJO KERUMUNAN KUNING                 | INCIDENT 35.09.18.2002-TPS-002 CROWD YELLOW
							INS TPS 3 SIDODADI KEKERASAN MERAH                    | INCIDENT 35.09.18.2005-TPS-003 VIOLENCE RED
							INS TPS 3 SIDODADI BENTROK                            | INCIDENT 35.09.18.2005-TPS-003 VIOLENCE YELLOW
							INS TPS 3 SIDODADI INTIMIDASI KUNING saksi diancam    | INCIDENT 35.09.18.2005-TPS-003 INTIMIDATION YELLOW saksi diancam
							INS TPS 3 SIDODADI INTIMIDSI                          | INCIDENT 35.09.18.2005-TPS-003 INTIMIDATION YELLOW
							INS TPS 4 WONOASRI BANJIR MERAH                       | INCIDENT 35.09.18.2004-TPS-004 DISASTER RED
							INS TPS 4 WONOASRI LONGSOR                            | INCIDENT 35.09.18.2004-TPS-004 DISASTER YELLOW
							INS TPS 4 WONOASRI LISTRIK PADAM                      | INCIDENT 35.09.18.2004-TPS-004 OUTAGE YELLOW
							INS TPS 4 WONOASRI MATI LAMPU HIJAU                   | INCIDENT 35.09.18.2004-TPS-004 OUTAGE GREEN
							INS TPS 5 PONDOKREJO LOGISTIK KUNING surat suara kurang | INCIDENT 35.09.18.2006-TPS-005 LOGISTICS_PROBLEM YELLOW surat suara kurang
							INS TPS 5 PONDOKREJO LAIN HIJAU                       | INCIDENT 35.09.18.2006-TPS-005 OTHER GREEN
							INSIDEN TPS 5 PONDOKREJO BENTROK MERAH                | INCIDENT 35.09.18.2006-TPS-005 VIOLENCE RED
							KEJADIAN TPS 5 PONDOKREJO BANJIR                      | INCIDENT 35.09.18.2006-TPS-005 DISASTER YELLOW
							INS 35.09.18.2001-001 POLITIK UANG MERAH 10.15        | INCIDENT 35.09.18.2001-TPS-001 MONEY_POLITICS RED 10:15
							TPS 1 SANENREJO POLITIK UANG MERAH                    | INCIDENT 35.09.18.2001-TPS-001 MONEY_POLITICS RED
							INS TPS 1 SANENREJO                                   | ANTRE NO_STATUS
							INS TPS 1 SANENREJO MERAH                             | ANTRE NO_STATUS
							LAP TPS 1 BUKA                                        | ANTRE AMBIGUOUS_TPS
							LAP TPS 3 HITUNG                                      | ANTRE AMBIGUOUS_TPS
							LAP TPS 20 SANENREJO BUKA                             | ANTRE UNKNOWN_TPS
							LAP TPS 99 BUKA                                       | ANTRE UNKNOWN_TPS
							LAP TPS 1 KALISAT BUKA                                | ANTRE UNKNOWN_TPS
							LAP TPS 1 JATIROTO BUKA                               | ANTRE UNKNOWN_TPS
							LAP 35.09.01.2001-001 BUKA 07.05                      | ANTRE UNKNOWN_TPS
							LAP 35.09.18.2001-040 BUKA                            | ANTRE UNKNOWN_TPS
							LAP SANENREJO BUKA                                    | ANTRE NO_TPS
							LAP BUKA 07.05                                        | ANTRE NO_TPS
							TPS aman terkendali                                   | ANTRE NO_TPS
							Selamat pagi komandan                                 | ANTRE NO_TPS
							Ndan sinyal susah                                     | ANTRE NO_TPS
							LAP TPS 1 SANENREJO                                   | ANTRE NO_STATUS
							LAP TPS 1 SANENREJO AMAN                              | ANTRE NO_STATUS
							LAP TPS 1 SANENREJO BUKU                              | ANTRE NO_STATUS
							LAP TPS 1 SANENREJO BUKA 25.10                        | ANTRE BAD_TIME
							LAP TPS 1 SANENREJO BUKA 07.75                        | ANTRE BAD_TIME
							"..."                                                 | ANTRE EMPTY
							"   "                                                 | ANTRE EMPTY
							"?!"                                                  | ANTRE EMPTY
							""                                                    | ANTRE EMPTY
							""")
	void eachMessageBecomesWhatTheTableSays(String message, String expected) {
		assertThat(render(SmsParser.parse(message, SECTOR))).isEqualTo(expected);
	}

	@Test
	void nullAndNoiseNeverThrow() {
		assertThat(render(SmsParser.parse(null, SECTOR))).isEqualTo("ANTRE EMPTY");
		assertThat(SmsParser.parse("LAP ".repeat(2000) + "\u0000\uFFFF", SECTOR)).isInstanceOf(Unparsed.class);
		assertThat(SmsParser.parse("LAP TPS 1 SANENREJO BUKA", List.of())).isInstanceOf(Unparsed.class);
	}

	@Test
	void theQueueKeepsTheBestGuess() {
		Unparsed queued = (Unparsed) SmsParser.parse("LAP TPS 1 BUKA", SECTOR);
		assertThat(queued.status()).isEqualTo(id.praja.command.TpsStatus.DIBUKA);
		Unparsed noStatus = (Unparsed) SmsParser.parse("LAP TPS 1 SANENREJO AMAN", SECTOR);
		assertThat(noStatus.tps()).isEqualTo("35.09.18.2001-TPS-001");
	}

	@Test
	void aSwapOfNeighboursIsOneTypo() {
		assertThat(SmsParser.distance("DIBKUA", "DIBUKA")).isEqualTo(1);
		assertThat(SmsParser.distance("SANENREJO", "SANENREJO")).isZero();
		assertThat(SmsParser.distance("", "ABC")).isEqualTo(3);
	}

	static String render(Result result) {
		if (result instanceof Unparsed u) {
			return "ANTRE " + u.reason();
		}
		Parsed p = (Parsed) result;
		StringBuilder s = new StringBuilder(p.type() + " " + p.tps());
		switch (p.type()) {
			case STATUS -> s.append(' ').append(p.status());
			case LOGISTICS -> s.append(' ').append(p.logistics());
			case INCIDENT -> s.append(' ').append(p.incidentType()).append(' ').append(p.severity());
			default -> {
			}
		}
		if (p.time() != null) {
			s.append(' ').append(p.time());
		}
		if (p.note() != null) {
			s.append(' ').append(p.note());
		}
		return s.toString();
	}

}
