-- Press module (Humas): templates of generated drafts, facts and quotes the other modules do
-- not record, press releases with every version kept, and their workflow
-- DRAFT -> REVIEW -> APPROVED -> PUBLISHED.

-- A fact about an event of the operation that no other record carries (who led it, who
-- attended), keyed by the agenda code or a press event code; source says where it came from.
CREATE TABLE press_fact (
    event_code  VARCHAR(40)   NOT NULL,
    fact_key    VARCHAR(40)   NOT NULL,
    value       VARCHAR(1000) NOT NULL,
    source      VARCHAR(300)  NOT NULL,
    updated_by  VARCHAR(60)   NOT NULL DEFAULT 'system',
    updated_at  TIMESTAMPTZ   NOT NULL DEFAULT now(),
    PRIMARY KEY (event_code, fact_key)
);

-- A statement actually made, attributable to a named speaker: only these become quotes.
CREATE TABLE press_quote (
    id           BIGSERIAL     PRIMARY KEY,
    event_code   VARCHAR(40)   NOT NULL,
    speaker      VARCHAR(200)  NOT NULL,
    text         VARCHAR(2000) NOT NULL,
    recorded_by  VARCHAR(60)   NOT NULL,
    recorded_at  TIMESTAMPTZ   NOT NULL DEFAULT now()
);
CREATE INDEX press_quote_event ON press_quote (event_code);

-- Draft templates with {placeholders}; editable by the Humas desk.
CREATE TABLE press_template (
    code        VARCHAR(40)   PRIMARY KEY,
    position    INT           NOT NULL,
    name        VARCHAR(200)  NOT NULL,
    title       VARCHAR(400)  NOT NULL,
    body        TEXT          NOT NULL,
    updated_by  VARCHAR(60)   NOT NULL DEFAULT 'system',
    updated_at  TIMESTAMPTZ   NOT NULL DEFAULT now()
);

CREATE TABLE press_release (
    id               BIGSERIAL     PRIMARY KEY,
    template_code    VARCHAR(40),
    status           VARCHAR(12)   NOT NULL CHECK (status IN ('DRAFT', 'REVIEW', 'APPROVED', 'PUBLISHED')),
    current_version  INT           NOT NULL,
    slug             VARCHAR(200)  UNIQUE,
    created_by       VARCHAR(60)   NOT NULL,
    created_at       TIMESTAMPTZ   NOT NULL DEFAULT now(),
    submitted_by     VARCHAR(60),
    approved_by      VARCHAR(60),
    approved_at      TIMESTAMPTZ,
    published_by     VARCHAR(60),
    published_at     TIMESTAMPTZ,
    review_note      VARCHAR(1000)
);

-- Every edit is a new version; none is ever changed or deleted.
CREATE TABLE press_release_version (
    release_id  BIGINT        NOT NULL REFERENCES press_release (id),
    version     INT           NOT NULL,
    title       VARCHAR(400)  NOT NULL,
    summary     VARCHAR(1000) NOT NULL,
    body        TEXT          NOT NULL,
    author      VARCHAR(200)  NOT NULL,
    edited_by   VARCHAR(60)   NOT NULL,
    edited_at   TIMESTAMPTZ   NOT NULL DEFAULT now(),
    PRIMARY KEY (release_id, version)
);

-- Facts of the Latpraops of 14 Aug 2024 that the operation's agenda does not carry
-- (source: the Polres Jember Humas release of 15 Aug 2024 on that event).
INSERT INTO press_fact (event_code, fact_key, value, source) VALUES
 ('LATPRAOPS', 'pemimpin', 'Kabag Ops Polres Jember Kompol Istono', 'Rilis Humas Polres Jember, 15 Agustus 2024'),
 ('LATPRAOPS', 'mewakili', 'Kapolres Jember AKBP Bayu Pratama Gubunagi', 'Rilis Humas Polres Jember, 15 Agustus 2024'),
 ('LATPRAOPS', 'peserta', 'para pejabat utama, para Kapolsek, dan personel Polres maupun Polsek yang dilibatkan dalam operasi',
  'Rilis Humas Polres Jember, 15 Agustus 2024'),
 ('LATPRAOPS', 'materi', 'penyamaan persepsi pengamanan dan tugas pokok masing-masing Satgas',
  'Rilis Humas Polres Jember, 15 Agustus 2024'),
 ('LATPRAOPS', 'penekanan', 'preemtif dan preventif', 'Rilis Humas Polres Jember, 15 Agustus 2024'),
 ('LATPRAOPS', 'dukungan', 'Polda Jawa Timur', 'Rilis Humas Polres Jember, 15 Agustus 2024');

INSERT INTO press_template (code, position, name, title, body) VALUES
 ('LATPRAOPS', 1, 'Latpraops dilaksanakan',
  'Latpraops {operasi}: {polres} Siap Amankan Pilkada {tahun}',
  'JEMBER — {polres} menyelenggarakan Latihan Pra Operasi (Latpraops) {operasi} pada {hari_tanggal} di {tempat}. Latihan ini menjadi bekal jajaran sebelum pengamanan {kontestasi}.

Kegiatan dipimpin {pemimpin}, atas nama {mewakili}, dan diikuti {peserta}. Materi yang dibahas meliputi {materi}.

Operasi dengan sandi {operasi} berlangsung {periode} dan melibatkan jajaran {polres} beserta Polsek, dengan dukungan {dukungan}. Dalam rencana operasi, kegiatan {penekanan} dikedepankan, sementara penegakan hukum menjadi pendukung.

{kutipan}

(*)'),
 ('APEL-GELAR', 2, 'Apel gelar pasukan',
  '{polres} Gelar Apel Pasukan {operasi}',
  'JEMBER — {polres} melaksanakan apel gelar pasukan {operasi} pada {hari_tanggal} di {tempat}, menandai dimulainya operasi pengamanan {kontestasi}.

Apel dipimpin {pemimpin} dan diikuti {peserta}. Personel yang disiagakan untuk pengamanan TPS menurut rencana yang diterbitkan berjumlah {personel_polri} personel Polri, dibantu {personel_linmas} Linmas.

Operasi berlangsung {periode}.

{kutipan}

(*)'),
 ('LOGISTIK', 3, 'Pengawalan logistik',
  'Satgas {operasi} Kawal Distribusi Logistik Pilkada',
  'JEMBER — Personel {polres} mengawal distribusi logistik Pilkada dari {tempat} pada {periode_logistik}. Sampai laporan ini dibuat tercatat {jumlah_pengawalan} kegiatan pengawalan dengan {personel_pengawalan} personel yang terlibat.

Rute yang dikawal antara lain: {rute_pengawalan}.

{kutipan}

(*)'),
 ('PEMUNGUTAN', 4, 'Ringkasan hari pemungutan suara',
  'Pemungutan Suara Pilkada {tahun} di Jember: {status_singkat}',
  'JEMBER — Pemungutan suara {kontestasi} di Kabupaten Jember berlangsung pada {hari_tanggal} di {jumlah_tps} TPS. {polres} menyiagakan {personel_polri} personel Polri dibantu {personel_linmas} Linmas untuk pengamanan TPS.

{status_kamtibmas}

{kutipan}

(*)'),
 ('POLITIK-UANG', 5, 'Penindakan politik uang',
  'Sentra Gakkumdu Jember Tangani Dugaan Politik Uang',
  'JEMBER — Satgas Gakkum {operasi} bersama Sentra Gakkumdu Kabupaten Jember menangani {jumlah_perkara} perkara dugaan politik uang. {rincian_perkara}

Penanganan mengacu pada Pasal 187A UU Nomor 10 Tahun 2016 yang mengancam pidana pemberi maupun penerima.

{kutipan}

(*)'),
 ('AKHIR-OPERASI', 6, 'Akhir operasi',
  '{operasi} Berakhir, Tahapan Pilkada di Jember Terkawal',
  'JEMBER — Operasi {operasi} yang digelar {polres} berakhir pada {tanggal_akhir} setelah berlangsung {jumlah_hari} hari sejak {tanggal_mulai}. Operasi mengamankan seluruh tahapan {kontestasi}.

Selama operasi, Satgas mencatat {jumlah_kegiatan} kegiatan: {rincian_kegiatan}.

{kutipan}

(*)');
