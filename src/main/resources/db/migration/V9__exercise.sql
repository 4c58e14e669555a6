-- Exercise module: simulations of voting day are exercise data, flagged and kept apart
-- from live operations (own tables, prefix exercise_; nothing else reads them).
CREATE TABLE exercise_simulation (
    id                BIGSERIAL     PRIMARY KEY,
    exercise          BOOLEAN       NOT NULL DEFAULT TRUE CHECK (exercise),
    run_at            TIMESTAMPTZ   NOT NULL DEFAULT now(),
    run_by            VARCHAR(60)   NOT NULL,
    seed              BIGINT        NOT NULL,
    replications      INT           NOT NULL CHECK (replications > 0),
    teams_a           INT           NOT NULL,
    teams_b           INT           NOT NULL,
    incidents         DOUBLE PRECISION NOT NULL,
    p90_a             DOUBLE PRECISION,
    p90_b             DOUBLE PRECISION,
    within_target_a   DOUBLE PRECISION NOT NULL,
    within_target_b   DOUBLE PRECISION NOT NULL,
    red_a             DOUBLE PRECISION NOT NULL,
    red_b             DOUBLE PRECISION NOT NULL,
    seconds           DOUBLE PRECISION NOT NULL
);
