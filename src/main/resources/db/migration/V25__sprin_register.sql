-- The Sprin register and body. Each operation keeps a register: the pattern of its
-- numbers (placeholders {nomor}, {bulan} as a roman month, {tahun}) and the next serial,
-- taken atomically by UPDATE ... RETURNING. The grounds ("Dasar": laws, the Renops) and
-- the copies ("Tembusan") every Sprin cites are records the planner edits; an issued
-- order keeps the text it was signed with. A Sprin may start as a draft (KONSEP), without
-- a number, e.g. the Sprin of the TPS security made from a published plan.
CREATE TABLE sprin_register (
    operation_id  BIGINT        PRIMARY KEY REFERENCES operation (id),
    pattern       VARCHAR(120)  NOT NULL CHECK (pattern LIKE '%{nomor}%'),
    next_serial   INT           NOT NULL CHECK (next_serial > 0)
);
INSERT INTO sprin_register (operation_id, pattern, next_serial)
SELECT o.id, 'Sprin/{nomor}/{bulan}/OPS.1.3./{tahun}',
       coalesce((SELECT max(serial) FROM sprin_order WHERE operation_id = o.id), 1233) + 1
FROM operation o;

CREATE TABLE sprin_basis (
    id            BIGSERIAL     PRIMARY KEY,
    operation_id  BIGINT        NOT NULL REFERENCES operation (id),
    position      INT           NOT NULL,
    text          VARCHAR(600)  NOT NULL,
    UNIQUE (operation_id, position)
);
INSERT INTO sprin_basis (operation_id, position, text)
SELECT id, 1, 'Undang-Undang Nomor 2 Tahun 2002 tentang Kepolisian Negara Republik Indonesia.' FROM operation
UNION ALL
SELECT id, 2, 'Undang-Undang Nomor 10 Tahun 2016 tentang Perubahan Kedua atas Undang-Undang Nomor 1 Tahun 2015'
    || ' tentang Penetapan Peraturan Pemerintah Pengganti Undang-Undang Nomor 1 Tahun 2014 tentang Pemilihan'
    || ' Gubernur, Bupati, dan Walikota menjadi Undang-Undang.' FROM operation
UNION ALL
SELECT id, 3, 'Rencana Operasi (Renops) "' || code_name || '" ' || polres || ' Tahun '
    || extract(YEAR FROM starts_on) || '.' FROM operation;

CREATE TABLE sprin_copy (
    id            BIGSERIAL     PRIMARY KEY,
    operation_id  BIGINT        NOT NULL REFERENCES operation (id),
    position      INT           NOT NULL,
    text          VARCHAR(200)  NOT NULL,
    UNIQUE (operation_id, position)
);
-- derived from the operation's Polda: its chief, inspector and operations bureau
INSERT INTO sprin_copy (operation_id, position, text)
SELECT id, 1, 'Kapolda ' || regexp_replace(polda, '^Polda ', '') FROM operation
UNION ALL SELECT id, 2, 'Irwasda ' || polda FROM operation
UNION ALL SELECT id, 3, 'Karoops ' || polda FROM operation
UNION ALL SELECT id, 4, 'Kabidpropam ' || polda FROM operation;

ALTER TABLE sprin_order
    ALTER COLUMN serial DROP NOT NULL,
    ALTER COLUMN number DROP NOT NULL,
    ADD COLUMN status        VARCHAR(10)   NOT NULL DEFAULT 'TERBIT' CHECK (status IN ('KONSEP', 'TERBIT')),
    ADD COLUMN considering   VARCHAR(2000),
    ADD COLUMN basis         TEXT,
    ADD COLUMN copies        TEXT,
    ADD COLUMN plan_version  BIGINT,
    ADD CHECK (status = 'KONSEP' OR (serial IS NOT NULL AND number IS NOT NULL));
CREATE UNIQUE INDEX sprin_order_plan_version ON sprin_order (plan_version) WHERE plan_version IS NOT NULL;
