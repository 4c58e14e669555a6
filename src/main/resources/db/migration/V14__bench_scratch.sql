-- Scratch table of `./praja bench ingest`: its raw-insert floor (single-row INSERTs as wide
-- as a field report, each its own transaction). Empty outside a run. A migration makes it
-- because the application's database role may not create tables (docs/operations.md).
CREATE TABLE command_bench_raw (
    id           UUID         PRIMARY KEY,
    tps_code     VARCHAR(24)  NOT NULL,
    type         VARCHAR(10)  NOT NULL,
    status       VARCHAR(12),
    occurred_at  TIMESTAMPTZ  NOT NULL,
    received_at  TIMESTAMPTZ  NOT NULL,
    reported_by  VARCHAR(100) NOT NULL
);
