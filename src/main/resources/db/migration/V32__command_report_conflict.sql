-- Two reports of one TPS that disagree: a status that would move the TPS backwards (often a
-- second officer at the same TPS) is refused to the phone (422) and kept here, beside the
-- report in force, for the desk operator to decide which one holds.
CREATE TABLE command_report_conflict (
    id              BIGSERIAL    PRIMARY KEY,
    tps_code        VARCHAR(24)  NOT NULL,
    kecamatan_code  VARCHAR(8)   NOT NULL,
    -- the report in force: the TPS's status when the other one came
    current_report  UUID,
    current_status  VARCHAR(12)  NOT NULL,
    current_since   TIMESTAMPTZ  NOT NULL,
    current_by      VARCHAR(100),
    -- the refused report (not stored among the field reports)
    report_id       UUID         NOT NULL UNIQUE,
    status          VARCHAR(12)  NOT NULL,
    occurred_at     TIMESTAMPTZ  NOT NULL,
    received_at     TIMESTAMPTZ  NOT NULL,
    reported_by     VARCHAR(100) NOT NULL,
    note            VARCHAR(1000),
    -- the operator's decision: CURRENT (the report in force holds) or REPORTED (the TPS takes the refused status)
    decision        VARCHAR(8)   CHECK (decision IN ('CURRENT', 'REPORTED')),
    decided_by      VARCHAR(100),
    decided_at      TIMESTAMPTZ,
    CONSTRAINT command_report_conflict_decided_ck CHECK ((decision IS NULL) = (decided_at IS NULL))
);
CREATE INDEX command_report_conflict_open_idx ON command_report_conflict (received_at) WHERE decision IS NULL;
