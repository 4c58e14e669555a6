-- Command center: field reports from every TPS (idempotent by the client's id) and the
-- current state of each TPS that they drive.
CREATE TABLE command_field_report (
    id              UUID         PRIMARY KEY,
    tps_code        VARCHAR(24)  NOT NULL,
    kecamatan_code  VARCHAR(8)   NOT NULL,
    type            VARCHAR(10)  NOT NULL CHECK (type IN ('STATUS', 'CHECK_IN', 'LOGISTICS', 'INCIDENT')),
    status          VARCHAR(12)  CHECK (status IN ('PERSIAPAN', 'DIBUKA', 'PEMUNGUTAN', 'PENGHITUNGAN', 'SELESAI')),
    logistics       VARCHAR(14)  CHECK (logistics IN ('ARRIVED', 'ESCORTED_AWAY')),
    incident_type   VARCHAR(20),
    severity        VARCHAR(6)   CHECK (severity IN ('GREEN', 'YELLOW', 'RED')),
    note            VARCHAR(1000),
    lat             DOUBLE PRECISION,
    lon             DOUBLE PRECISION,
    has_photo       BOOLEAN      NOT NULL DEFAULT false,
    occurred_at     TIMESTAMPTZ  NOT NULL,
    received_at     TIMESTAMPTZ  NOT NULL,
    reported_by     VARCHAR(100) NOT NULL,
    -- true when the report moved the TPS's current state (a late, older status is kept as history)
    applied         BOOLEAN      NOT NULL,
    -- SHA-256 of the report's content: a replay with the same id must carry the same content
    content_hash    BYTEA        NOT NULL,
    CONSTRAINT command_field_report_status_ck CHECK ((type = 'STATUS') = (status IS NOT NULL)),
    CONSTRAINT command_field_report_logistics_ck CHECK ((type = 'LOGISTICS') = (logistics IS NOT NULL)),
    CONSTRAINT command_field_report_incident_ck CHECK ((type = 'INCIDENT') = (severity IS NOT NULL AND incident_type IS NOT NULL))
);
CREATE INDEX command_field_report_tps_idx ON command_field_report (tps_code, occurred_at);
CREATE INDEX command_field_report_incident_idx ON command_field_report (received_at) WHERE type = 'INCIDENT';

CREATE TABLE command_report_photo (
    report_id       UUID         PRIMARY KEY REFERENCES command_field_report (id) ON DELETE CASCADE,
    content         BYTEA        NOT NULL
);

-- The current state of each TPS that reported; status_rank only grows (1 = PERSIAPAN ... 5 = SELESAI).
CREATE TABLE command_tps_status (
    tps_code        VARCHAR(24)  PRIMARY KEY,
    kecamatan_code  VARCHAR(8)   NOT NULL,
    status          VARCHAR(12),
    status_rank     SMALLINT     NOT NULL DEFAULT 0,
    status_since    TIMESTAMPTZ,
    checked_in_at   TIMESTAMPTZ,
    logistics       VARCHAR(14),
    logistics_at    TIMESTAMPTZ,
    updated_at      TIMESTAMPTZ  NOT NULL
);
