-- Exercise module, floor game (TFG, tactical floor game): a facilitator's timeline of
-- scripted incidents (injects) played on the map with a game clock; players answer with
-- dispatches of the plan's reserve teams. Exercise data, flagged and kept apart from live
-- operations (own tables, prefix floor_game_; no live module reads them).
CREATE TABLE floor_game_session (
    id                BIGSERIAL     PRIMARY KEY,
    exercise          BOOLEAN       NOT NULL DEFAULT TRUE CHECK (exercise),
    name              VARCHAR(120)  NOT NULL,
    facilitator       VARCHAR(60)   NOT NULL,
    created_at        TIMESTAMPTZ   NOT NULL DEFAULT now(),
    plan_name         VARCHAR(200)  NOT NULL,
    state             VARCHAR(10)   NOT NULL DEFAULT 'SETUP'
                      CHECK (state IN ('SETUP', 'RUNNING', 'PAUSED', 'ENDED')),
    speed             INT           NOT NULL DEFAULT 1 CHECK (speed IN (1, 10, 60)),
    -- the game clock: game time = clock_start + elapsed_ms, plus (now - changed_at) x speed
    -- while RUNNING
    clock_start       TIMESTAMPTZ   NOT NULL,
    elapsed_ms        BIGINT        NOT NULL DEFAULT 0 CHECK (elapsed_ms >= 0),
    changed_at        TIMESTAMPTZ   NOT NULL DEFAULT now(),
    lessons           TEXT          NOT NULL DEFAULT ''
);

-- The units players dispatch: the reserve teams of the plan rehearsed, copied when the
-- session is created so that the game does not change when the plan does.
CREATE TABLE floor_game_unit (
    session_id        BIGINT        NOT NULL REFERENCES floor_game_session (id) ON DELETE CASCADE,
    code              VARCHAR(20)   NOT NULL,
    name              VARCHAR(200)  NOT NULL,
    lon               DOUBLE PRECISION NOT NULL,
    lat               DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (session_id, code)
);

-- Scripted incidents; the TPS's place, class and response target are copied when the
-- inject is written.
CREATE TABLE floor_game_inject (
    id                BIGSERIAL     PRIMARY KEY,
    session_id        BIGINT        NOT NULL REFERENCES floor_game_session (id) ON DELETE CASCADE,
    at_game_time      TIMESTAMPTZ   NOT NULL,
    tps_code          VARCHAR(40)   NOT NULL,
    kecamatan         VARCHAR(120)  NOT NULL,
    lon               DOUBLE PRECISION NOT NULL,
    lat               DOUBLE PRECISION NOT NULL,
    police_class      VARCHAR(20)   NOT NULL,
    target_minutes    INT           NOT NULL CHECK (target_minutes > 0),
    type              VARCHAR(20)   NOT NULL,
    severity          VARCHAR(10)   NOT NULL CHECK (severity IN ('GREEN', 'YELLOW', 'RED')),
    description       VARCHAR(500)  NOT NULL DEFAULT ''
);
CREATE INDEX floor_game_inject_session ON floor_game_inject (session_id, at_game_time);

-- What happened, in order: append-only (never updated or deleted except with the session).
CREATE TABLE floor_game_event (
    session_id        BIGINT        NOT NULL REFERENCES floor_game_session (id) ON DELETE CASCADE,
    seq               INT           NOT NULL,
    wall_time         TIMESTAMPTZ   NOT NULL,
    game_time         TIMESTAMPTZ   NOT NULL,
    actor             VARCHAR(60)   NOT NULL,
    kind              VARCHAR(20)   NOT NULL CHECK (kind IN ('START', 'PAUSE', 'SPEED', 'INJECT_FIRED', 'DISPATCH',
                                    'ARRIVED', 'RESOLVED', 'NOTE', 'END')),
    payload           JSONB         NOT NULL DEFAULT '{}',
    PRIMARY KEY (session_id, seq)
);
