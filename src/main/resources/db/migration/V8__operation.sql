-- Operation module: the police operation securing the election, its stages and milestones
-- (one agenda), task forces (Satgas) with members, their activity log, and numbered Sprin
-- orders with the personnel attached at issue time.
CREATE TABLE operation (
    id          BIGSERIAL     PRIMARY KEY,
    code_name   VARCHAR(120)  NOT NULL,
    polda       VARCHAR(120)  NOT NULL,
    polres      VARCHAR(120)  NOT NULL,
    starts_on   DATE          NOT NULL,
    ends_on     DATE          NOT NULL,
    contests    VARCHAR(400)  NOT NULL,
    CHECK (ends_on >= starts_on)
);

-- kind TAHAP: an election stage (PKPU 2/2024); kind MILESTONE: an operation milestone
CREATE TABLE operation_agenda (
    id            BIGSERIAL     PRIMARY KEY,
    operation_id  BIGINT        NOT NULL REFERENCES operation (id),
    kind          VARCHAR(12)   NOT NULL CHECK (kind IN ('TAHAP', 'MILESTONE')),
    code          VARCHAR(40)   NOT NULL,
    name          VARCHAR(200)  NOT NULL,
    starts_at     TIMESTAMP     NOT NULL,
    ends_at       TIMESTAMP,
    place         VARCHAR(200),
    note          VARCHAR(1000),
    UNIQUE (operation_id, code),
    CHECK (ends_at IS NULL OR ends_at >= starts_at)
);

CREATE TABLE task_force (
    id            BIGSERIAL     PRIMARY KEY,
    operation_id  BIGINT        NOT NULL REFERENCES operation (id),
    code          VARCHAR(40)   NOT NULL,
    name          VARCHAR(120)  NOT NULL,
    position      INT           NOT NULL,
    head_nrp      VARCHAR(20),
    duties        VARCHAR(2000) NOT NULL DEFAULT '',
    UNIQUE (operation_id, code)
);

CREATE TABLE task_force_member (
    task_force_id  BIGINT       NOT NULL REFERENCES task_force (id) ON DELETE CASCADE,
    nrp            VARCHAR(20)  NOT NULL,
    PRIMARY KEY (task_force_id, nrp)
);

CREATE TABLE task_force_activity (
    id             BIGSERIAL     PRIMARY KEY,
    task_force_id  BIGINT        NOT NULL REFERENCES task_force (id),
    kind           VARCHAR(20)   NOT NULL
        CHECK (kind IN ('SAMBANG', 'COOLING_SYSTEM', 'PATROLI_DIALOGIS', 'PENGAWALAN', 'PENJAGAAN')),
    at             TIMESTAMP     NOT NULL,
    place          VARCHAR(200)  NOT NULL,
    unit_code      VARCHAR(40)   NOT NULL,
    officers       INT           NOT NULL CHECK (officers >= 0),
    people         INT           NOT NULL CHECK (people >= 0),
    note           VARCHAR(1000),
    recorded_by    VARCHAR(60)   NOT NULL,
    recorded_at    TIMESTAMPTZ   NOT NULL DEFAULT now()
);
CREATE INDEX task_force_activity_at ON task_force_activity (task_force_id, at DESC);

CREATE TABLE sprin_order (
    id             BIGSERIAL     PRIMARY KEY,
    operation_id   BIGINT        NOT NULL REFERENCES operation (id),
    serial         INT           NOT NULL UNIQUE,
    number         VARCHAR(80)   NOT NULL UNIQUE,
    issued_on      DATE          NOT NULL,
    issuer         VARCHAR(200)  NOT NULL,
    task           VARCHAR(2000) NOT NULL,
    period_from    DATE          NOT NULL,
    period_to      DATE          NOT NULL,
    source         VARCHAR(80)   NOT NULL,
    issued_by      VARCHAR(60)   NOT NULL,
    CHECK (period_to >= period_from)
);

CREATE TABLE sprin_personnel (
    sprin_id   BIGINT        NOT NULL REFERENCES sprin_order (id),
    position   INT           NOT NULL,
    nrp        VARCHAR(20)   NOT NULL,
    name       VARCHAR(200)  NOT NULL,
    rank       VARCHAR(20)   NOT NULL,
    unit_code  VARCHAR(40)   NOT NULL,
    PRIMARY KEY (sprin_id, position)
);

-- The reference operation (Polres Jember, Pilkada 2024) and its timeline (PKPU 2/2024).
INSERT INTO operation (id, code_name, polda, polres, starts_on, ends_on, contests)
VALUES (1, 'Mantap Praja Semeru 2024', 'Polda Jawa Timur', 'Polres Jember', DATE '2024-08-19', DATE '2024-12-31',
        'Pilgub Jawa Timur;Pilbup Jember');
SELECT setval('operation_id_seq', 1);

INSERT INTO operation_agenda (operation_id, kind, code, name, starts_at, ends_at, place, note) VALUES
 (1, 'MILESTONE', 'LATPRAOPS', 'Latihan Pra Operasi (Latpraops) dan TFG', TIMESTAMP '2024-08-14 08:00', NULL,
  'Aula PB. Sudirman, Pemkab Jember', 'Menyamakan persepsi; tugas pokok Satgas; kedepankan preemtif dan preventif'),
 (1, 'MILESTONE', 'APEL-GELAR', 'Apel gelar pasukan', TIMESTAMP '2024-08-19 07:30', NULL, 'Mapolres Jember', 'Hari pertama operasi'),
 (1, 'TAHAP', 'PENDAFTARAN', 'Pendaftaran pasangan calon', TIMESTAMP '2024-08-27 08:00', TIMESTAMP '2024-08-29 23:59', 'KPU Jember', NULL),
 (1, 'TAHAP', 'PENETAPAN', 'Penetapan pasangan calon', TIMESTAMP '2024-09-22 08:00', TIMESTAMP '2024-09-22 17:00', 'KPU Jember', NULL),
 (1, 'TAHAP', 'KAMPANYE', 'Masa kampanye', TIMESTAMP '2024-09-25 00:00', TIMESTAMP '2024-11-23 23:59', NULL, NULL),
 (1, 'TAHAP', 'LOGISTIK-PPK', 'Distribusi logistik ke 31 PPK', TIMESTAMP '2024-11-20 06:00', TIMESTAMP '2024-11-24 18:00',
  'Gudang KPU Ajung', 'Dikawal; siang hari saja'),
 (1, 'TAHAP', 'TENANG', 'Masa tenang', TIMESTAMP '2024-11-24 00:00', TIMESTAMP '2024-11-26 23:59', NULL, NULL),
 (1, 'MILESTONE', 'APEL-PERGESERAN', 'Apel pergeseran pasukan', TIMESTAMP '2024-11-25 07:00', NULL, 'Mapolres Jember',
  'Pasukan bergeser ke TPS (H-2)'),
 (1, 'TAHAP', 'LOGISTIK-TPS', 'Distribusi logistik ke TPS', TIMESTAMP '2024-11-25 06:00', TIMESTAMP '2024-11-26 18:00', NULL,
  'Paling lambat H-1, dikawal'),
 (1, 'TAHAP', 'PEMUNGUTAN', 'Pemungutan suara', TIMESTAMP '2024-11-27 07:00', TIMESTAMP '2024-11-27 13:00', '4.046 TPS', NULL),
 (1, 'TAHAP', 'PENGHITUNGAN', 'Penghitungan suara di TPS', TIMESTAMP '2024-11-27 13:00', TIMESTAMP '2024-11-27 23:59', NULL, NULL),
 (1, 'TAHAP', 'REKAP-KEC', 'Rekapitulasi tingkat kecamatan (PPK)', TIMESTAMP '2024-11-28 08:00', TIMESTAMP '2024-12-03 23:59', '31 PPK', NULL),
 (1, 'TAHAP', 'REKAP-KAB', 'Rekapitulasi tingkat kabupaten', TIMESTAMP '2024-11-29 08:00', TIMESTAMP '2024-12-06 23:59', 'KPU Jember', NULL),
 (1, 'TAHAP', 'REKAP-PROV', 'Rekapitulasi tingkat provinsi', TIMESTAMP '2024-11-30 08:00', TIMESTAMP '2024-12-09 23:59', 'KPU Jawa Timur', NULL),
 (1, 'TAHAP', 'SENGKETA', 'Perselisihan hasil di Mahkamah Konstitusi', TIMESTAMP '2024-12-10 08:00', TIMESTAMP '2024-12-31 23:59', NULL,
  'Putusan MK Februari 2025; PSU bila diperintahkan');

INSERT INTO task_force (operation_id, code, name, position, duties) VALUES
 (1, 'PREEMTIF', 'Satgas Preemtif', 1, 'Sambang dan cooling system dengan tokoh agama, tokoh masyarakat, tim pemenangan; deteksi dini potensi konflik.'),
 (1, 'PREVENTIF', 'Satgas Preventif', 2, 'Penjagaan kantor KPU, Bawaslu, PPK dan gudang logistik; patroli dialogis; pengamanan kampanye dan TPS.'),
 (1, 'KAMSELTIBCARLANTAS', 'Satgas Kamseltibcarlantas', 3, 'Pengawalan logistik dan kampanye; kelancaran lalu lintas di sekitar TPS, PPK dan KPU.'),
 (1, 'GAKKUM', 'Satgas Gakkum', 4, 'Penegakan hukum tindak pidana pemilihan bersama Sentra Gakkumdu; penanganan politik uang.'),
 (1, 'HUMAS', 'Satgas Humas', 5, 'Rilis dan siaran pers, kontra narasi hoaks, informasi kepada masyarakat.'),
 (1, 'BANOPS', 'Satgas Banops', 6, 'Dukungan logistik, anggaran, kesehatan dan perlengkapan operasi.');
