-- The Polda's reserve units (Brimob companies, Samapta, directorates) that can be sent to
-- the Polres as BKO, and the allocations of their platoons to the Polres short of their
-- pattern: drafts the Karoops edits, published ones the receiving Polres' planner reads.
CREATE TABLE bko_reserve_unit (
    code            VARCHAR(12)   PRIMARY KEY CHECK (code ~ '^[A-Z0-9-]+$'),
    name            VARCHAR(120)  NOT NULL,
    kind            VARCHAR(20)   NOT NULL CHECK (kind IN ('BRIMOB', 'SAMAPTA', 'DIREKTORAT')),
    home_name       VARCHAR(120)  NOT NULL,
    home_lat        DOUBLE PRECISION NOT NULL CHECK (home_lat BETWEEN -90 AND 90),
    home_lon        DOUBLE PRECISION NOT NULL CHECK (home_lon BETWEEN -180 AND 180),
    officers        INT           NOT NULL CHECK (officers > 0),
    platoons        INT           NOT NULL CHECK (platoons BETWEEN 1 AND 9 AND platoons <= officers),
    available_from  DATE          NOT NULL,
    available_to    DATE          NOT NULL CHECK (available_to >= available_from),
    demo            BOOLEAN       NOT NULL DEFAULT false
);

CREATE TABLE bko_allocation (
    id              BIGSERIAL     PRIMARY KEY,
    version         INT           NOT NULL UNIQUE,
    voting_day      DATE          NOT NULL,
    -- the shortfalls (per Polres, its posts below the pattern) the allocation answers
    needs           JSONB         NOT NULL,
    tps_below_before INT          NOT NULL,
    tps_below       INT           NOT NULL,
    travel_minutes  BIGINT        NOT NULL,
    optimal         BOOLEAN       NOT NULL,
    created_by      VARCHAR(100)  NOT NULL,
    created_at      TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_at      TIMESTAMPTZ   NOT NULL DEFAULT now(),
    published_by    VARCHAR(100),
    published_at    TIMESTAMPTZ,
    CHECK ((published_by IS NULL) = (published_at IS NULL))
);

-- One row per platoon of every reserve unit: where it goes (NULL: stays at its home base)
CREATE TABLE bko_assignment (
    allocation_id   BIGINT        NOT NULL REFERENCES bko_allocation (id) ON DELETE CASCADE,
    unit_code       VARCHAR(12)   NOT NULL REFERENCES bko_reserve_unit (code),
    platoon         INT           NOT NULL CHECK (platoon >= 1),
    officers        INT           NOT NULL CHECK (officers > 0),
    polres_code     VARCHAR(40),
    pinned          BOOLEAN       NOT NULL DEFAULT false,
    travel_minutes  INT,
    distance_km     DOUBLE PRECISION,
    day_from        DATE,
    day_to          DATE,
    PRIMARY KEY (allocation_id, unit_code, platoon),
    CHECK ((polres_code IS NULL) = (day_from IS NULL) AND (day_from IS NULL) = (day_to IS NULL))
);

-- A published allocation no longer changes: the Polres plan with what it sends
CREATE FUNCTION bko_published_is_final() RETURNS trigger AS $$
BEGIN
    IF TG_TABLE_NAME = 'bko_allocation' THEN
        IF OLD.published_at IS NOT NULL THEN
            RAISE EXCEPTION 'BKO allocation version % is published and cannot change', OLD.version;
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    END IF;
    IF EXISTS (SELECT 1 FROM bko_allocation a WHERE a.id = OLD.allocation_id AND a.published_at IS NOT NULL) THEN
        RAISE EXCEPTION 'the platoons of a published BKO allocation cannot change';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER bko_allocation_final BEFORE UPDATE OR DELETE ON bko_allocation
    FOR EACH ROW EXECUTE FUNCTION bko_published_is_final();
CREATE TRIGGER bko_assignment_final BEFORE UPDATE OR DELETE ON bko_assignment
    FOR EACH ROW EXECUTE FUNCTION bko_published_is_final();
