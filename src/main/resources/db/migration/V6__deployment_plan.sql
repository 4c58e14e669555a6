-- Deployment plans: versions of the whole plan (posts, officers, reserves) with the
-- planner's pins. A draft may be re-solved and re-pinned; a published version is
-- immutable (a change makes a new draft that names the version it is based on).
CREATE TABLE deployment_plan (
    id              BIGSERIAL    PRIMARY KEY,
    version         INTEGER      NOT NULL UNIQUE,
    status          TEXT         NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED')),
    based_on        BIGINT       REFERENCES deployment_plan (id),
    election_day    DATE         NOT NULL,
    pattern         JSONB        NOT NULL,
    pins            JSONB        NOT NULL,
    plan            JSONB        NOT NULL,
    distance_m      DOUBLE PRECISION NOT NULL,
    missing         INTEGER      NOT NULL,
    created_by      TEXT         NOT NULL,
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    published_by    TEXT,
    published_at    TIMESTAMPTZ,
    CHECK ((status = 'PUBLISHED') = (published_at IS NOT NULL))
);

-- A published plan is what the Sprin was signed on: nothing may change or remove it.
CREATE FUNCTION deployment_plan_published_is_final() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.status = 'PUBLISHED' THEN
        RAISE EXCEPTION 'deployment plan version % is published and cannot be changed (%)', OLD.version, TG_OP
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END;
$$;
CREATE TRIGGER deployment_plan_final BEFORE UPDATE OR DELETE ON deployment_plan
    FOR EACH ROW EXECUTE FUNCTION deployment_plan_published_is_final();
