-- Incident management (command module): incidents with lifecycle, owner and optimistic
-- version; an append-only timeline; the field reports that belong to each incident; the
-- status board of dispatchable units; Sentra Gakkumdu election-crime cases and the
-- holidays their working-day clocks skip.
CREATE TABLE command_incident (
    id              BIGSERIAL    PRIMARY KEY,
    tps_code        VARCHAR(24)  NOT NULL,
    kecamatan_code  VARCHAR(8)   NOT NULL,
    incident_type   VARCHAR(20)  NOT NULL,
    severity        VARCHAR(6)   NOT NULL CHECK (severity IN ('GREEN', 'YELLOW', 'RED')),
    status          VARCHAR(12)  NOT NULL CHECK (status IN ('REPORTED', 'VERIFIED', 'DISPATCHED', 'ON_SCENE',
                                                            'RESOLVED', 'REFERRED', 'DUPLICATE')),
    referred_to     VARCHAR(16)  CHECK (referred_to IN ('SENTRA_GAKKUMDU', 'KPU', 'BAWASLU')),
    duplicate_of    BIGINT       REFERENCES command_incident (id),
    title           VARCHAR(200) NOT NULL,
    owner           VARCHAR(100),
    claimed_at      TIMESTAMPTZ,
    version         INTEGER      NOT NULL DEFAULT 0,
    created_at      TIMESTAMPTZ  NOT NULL,
    created_by      VARCHAR(100) NOT NULL,
    updated_at      TIMESTAMPTZ  NOT NULL,
    CONSTRAINT command_incident_referred_ck CHECK ((status = 'REFERRED') = (referred_to IS NOT NULL)),
    CONSTRAINT command_incident_duplicate_ck CHECK ((status = 'DUPLICATE') = (duplicate_of IS NOT NULL))
);
CREATE INDEX command_incident_open_idx ON command_incident (status, updated_at);

-- Field reports that belong to an incident (the first report, related ones, and the
-- reports of a duplicate merged into its original). A report belongs to one incident.
CREATE TABLE command_incident_report (
    report_id       UUID         PRIMARY KEY REFERENCES command_field_report (id),
    incident_id     BIGINT       NOT NULL REFERENCES command_incident (id),
    linked_at       TIMESTAMPTZ  NOT NULL,
    linked_by       VARCHAR(100) NOT NULL
);
CREATE INDEX command_incident_report_incident_idx ON command_incident_report (incident_id);

-- Every action on an incident, append-only: who, when, what, from -> to, note.
CREATE TABLE command_incident_action (
    id              BIGSERIAL    PRIMARY KEY,
    incident_id     BIGINT       NOT NULL REFERENCES command_incident (id),
    at              TIMESTAMPTZ  NOT NULL,
    actor           VARCHAR(100) NOT NULL,
    action          VARCHAR(20)  NOT NULL,
    from_value      VARCHAR(120),
    to_value        VARCHAR(120),
    note            VARCHAR(1000)
);
CREATE INDEX command_incident_action_incident_idx ON command_incident_action (incident_id, id);

CREATE FUNCTION command_incident_action_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'command_incident_action is append-only';
END $$;
CREATE TRIGGER command_incident_action_no_change BEFORE UPDATE OR DELETE ON command_incident_action
    FOR EACH ROW EXECUTE FUNCTION command_incident_action_append_only();

-- The status of dispatchable units (reserve teams, posts of the plan); a unit without a
-- row is AVAILABLE.
CREATE TABLE command_unit_status (
    unit_id         VARCHAR(60)  PRIMARY KEY,
    status          VARCHAR(14)  NOT NULL CHECK (status IN ('AVAILABLE', 'EN_ROUTE', 'ON_SCENE', 'OUT_OF_SERVICE')),
    incident_id     BIGINT       REFERENCES command_incident (id),
    updated_at      TIMESTAMPTZ  NOT NULL,
    updated_by      VARCHAR(100) NOT NULL
);

-- Sentra Gakkumdu cases: the dates that start each statutory clock.
CREATE TABLE command_gakkumdu_case (
    id               BIGSERIAL    PRIMARY KEY,
    incident_id      BIGINT       REFERENCES command_incident (id),
    kecamatan_code   VARCHAR(8),
    title            VARCHAR(200) NOT NULL,
    offence          VARCHAR(200),
    discovered_on    DATE         NOT NULL,
    reported_on      DATE,
    to_prosecutor_on DATE,
    to_court_on      DATE,
    decided_on       DATE,
    stopped_on       DATE,
    note             VARCHAR(1000),
    created_at       TIMESTAMPTZ  NOT NULL,
    created_by       VARCHAR(100) NOT NULL,
    version          INTEGER      NOT NULL DEFAULT 0
);

-- Days that are not working days besides Saturday and Sunday.
CREATE TABLE command_holiday (
    day             DATE         PRIMARY KEY,
    name            VARCHAR(120) NOT NULL,
    source          VARCHAR(300) NOT NULL
);
INSERT INTO command_holiday (day, name, source) VALUES
    ('2024-11-27', 'Pemungutan suara Pilkada serentak 2024',
     'Keppres 33/2024 (docs/command.md; research notes on the Pilkada 2024 calendar)'),
    ('2024-12-25', 'Hari Raya Natal',
     'ASSUMPTION: fixed-date national holiday; confirm against the SKB 3 Menteri for 2024'),
    ('2025-01-01', 'Tahun Baru 2025 Masehi',
     'ASSUMPTION: fixed-date national holiday; confirm against the SKB 3 Menteri for 2025');
