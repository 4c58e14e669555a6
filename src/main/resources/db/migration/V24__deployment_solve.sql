-- The solve of a plan version running on some node (or the last one that ran): every node
-- refuses to pin, change or publish a plan while its solve runs, and shows its progress.
-- The node running it renews heartbeat_at every few seconds; a RUNNING row whose heartbeat
-- is older than a minute belongs to a node that died and no longer blocks anything.
CREATE TABLE deployment_solve (
    plan_id         BIGINT       PRIMARY KEY REFERENCES deployment_plan (id) ON DELETE CASCADE,
    node            TEXT         NOT NULL,
    state           TEXT         NOT NULL CHECK (state IN ('RUNNING', 'DONE', 'STOPPED', 'FAILED')),
    started_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    heartbeat_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    stop_requested  BOOLEAN      NOT NULL DEFAULT false,
    points          JSONB        NOT NULL DEFAULT '[]'
);
