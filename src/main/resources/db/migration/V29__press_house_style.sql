-- Press drafts in the house style of a Humas Polres (issue 14): the day of the event a
-- release reports (the public article shows it), names of the Kapolres and the Kabag Ops
-- from the personnel records instead of facts of their own, the dateline and the
-- "Polres X Polda Y" form from the unit records, and a closing paragraph. Templates the
-- desk has edited are left as they are.

ALTER TABLE press_release ADD COLUMN event_day DATE;

-- The names of who led the Latpraops and for whom were a second, diverging source of the
-- Kapolres and the Kabag Ops: drafts now take both from the roster.
DELETE FROM press_fact WHERE event_code = 'LATPRAOPS' AND fact_key IN ('pemimpin', 'mewakili') AND updated_by = 'system';

UPDATE press_template SET body =
'{dateline} — {polres_polda} melaksanakan Latihan Pra Operasi (Latpraops) {operasi} pada {hari_tanggal}, bertempat di {tempat}. Latihan ini menjadi bekal jajaran sebelum pengamanan {kontestasi}.

Latihan diikuti {peserta}. Materi yang dibahas meliputi {materi}.

Kapolres {kota} {kapolres} melalui Kabag Ops {kabag_ops} menjelaskan bahwa operasi bersandi {operasi} berlangsung {periode} dan melibatkan jajaran {polres} beserta Polsek, dengan dukungan {dukungan}. Dalam rencana operasi, kegiatan {penekanan} dikedepankan, sementara penegakan hukum menjadi pendukung.

{kutipan}

Melalui latihan ini, {polres} berharap setiap personel memahami perannya sehingga seluruh tahapan Pilkada {tahun} di wilayah hukum {polres} berjalan aman, damai, dan lancar. (*)'
WHERE code = 'LATPRAOPS' AND updated_by = 'system';

UPDATE press_template SET body =
'{dateline} — {polres_polda} melaksanakan apel gelar pasukan {operasi} pada {hari_tanggal}, bertempat di {tempat}, menandai dimulainya operasi pengamanan {kontestasi}.

Apel dipimpin Kapolres {kota} {kapolres} dan diikuti {peserta}. Personel yang disiagakan untuk pengamanan TPS menurut rencana yang diterbitkan berjumlah {personel_polri} personel Polri, dibantu {personel_linmas} Linmas.

Kapolres {kota} {kapolres} melalui Kabag Ops {kabag_ops} menyampaikan bahwa operasi berlangsung {periode}.

{kutipan}

{polres} mengajak masyarakat bersama-sama menjaga situasi kamtibmas agar tetap kondusif selama tahapan Pilkada {tahun}. (*)'
WHERE code = 'APEL-GELAR' AND updated_by = 'system';

UPDATE press_template SET body =
'{dateline} — Personel {polres_polda} mengawal distribusi logistik Pilkada dari {tempat} pada {periode_logistik}. Sampai laporan ini dibuat tercatat {jumlah_pengawalan} kegiatan pengawalan dengan {personel_pengawalan} personel yang terlibat.

Rute yang dikawal antara lain: {rute_pengawalan}.

Kapolres {kota} {kapolres} melalui Kabag Ops {kabag_ops} memastikan setiap pengiriman logistik dikawal hingga tiba di tujuan.

{kutipan}

{polres} akan terus mengawal logistik hingga seluruh kotak suara kembali ke KPU. (*)'
WHERE code = 'LOGISTIK' AND updated_by = 'system';

UPDATE press_template SET body =
'{dateline} — Pemungutan suara {kontestasi} di wilayah hukum {polres_polda} berlangsung {hari_tanggal} di {jumlah_tps} TPS. {polres} menyiagakan {personel_polri} personel Polri dibantu {personel_linmas} Linmas untuk pengamanan TPS.

{status_kamtibmas}

Kapolres {kota} {kapolres} melalui Kabag Ops {kabag_ops} menyampaikan terima kasih kepada seluruh personel dan masyarakat yang turut menjaga ketertiban di TPS.

{kutipan}

Pengamanan berlanjut pada tahap penghitungan dan rekapitulasi suara hingga penetapan hasil. (*)'
WHERE code = 'PEMUNGUTAN' AND updated_by = 'system';

UPDATE press_template SET body =
'{dateline} — Satgas Gakkum {operasi} {polres_polda} bersama Sentra Gakkumdu menangani {jumlah_perkara} perkara dugaan politik uang. {rincian_perkara}

Penanganan mengacu pada Pasal 187A UU Nomor 10 Tahun 2016 yang mengancam pidana pemberi maupun penerima.

{kutipan}

{polres} mengimbau masyarakat melaporkan setiap dugaan politik uang kepada Bawaslu atau kepolisian terdekat. (*)'
WHERE code = 'POLITIK-UANG' AND updated_by = 'system';

UPDATE press_template SET body =
'{dateline} — Operasi {operasi} yang digelar {polres_polda} berakhir pada {tanggal_akhir} setelah berlangsung {jumlah_hari} hari sejak {tanggal_mulai}. Operasi mengamankan seluruh tahapan {kontestasi}.

Selama operasi, Satgas mencatat {jumlah_kegiatan} kegiatan: {rincian_kegiatan}.

Kapolres {kota} {kapolres} melalui Kabag Ops {kabag_ops} menyampaikan terima kasih kepada seluruh personel, TNI, Linmas, dan masyarakat.

{kutipan}

{polres} tetap menjaga situasi kamtibmas setelah operasi berakhir. (*)'
WHERE code = 'AKHIR-OPERASI' AND updated_by = 'system';
