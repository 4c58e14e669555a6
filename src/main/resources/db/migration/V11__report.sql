-- Report module: the desk's own record of kamtibmas disturbances, traffic accidents and
-- protests per day and unit, read by the daily report (Laphar), the evaluation (Anev) and
-- the dashboard. Incidents and Gakkumdu cases of the command center arrive through
-- report.IncidentSource instead.
CREATE TABLE report_event (
    id            BIGSERIAL     PRIMARY KEY,
    day           DATE          NOT NULL,
    unit_code     VARCHAR(40)   NOT NULL,
    category      VARCHAR(20)   NOT NULL
        CHECK (category IN ('KEJAHATAN', 'PELANGGARAN', 'GANGGUAN', 'BENCANA', 'LAKA_LANTAS', 'UNJUK_RASA')),
    subcategory   VARCHAR(120)  NOT NULL,
    count         INT           NOT NULL CHECK (count >= 1),
    dead          INT           NOT NULL DEFAULT 0 CHECK (dead >= 0),
    badly_hurt    INT           NOT NULL DEFAULT 0 CHECK (badly_hurt >= 0),
    lightly_hurt  INT           NOT NULL DEFAULT 0 CHECK (lightly_hurt >= 0),
    loss_rp       BIGINT        NOT NULL DEFAULT 0 CHECK (loss_rp >= 0),
    notable       BOOLEAN       NOT NULL DEFAULT FALSE,
    note          VARCHAR(1000),
    recorded_by   VARCHAR(60)   NOT NULL,
    recorded_at   TIMESTAMPTZ   NOT NULL DEFAULT now()
);
CREATE INDEX report_event_day ON report_event (day, unit_code);
