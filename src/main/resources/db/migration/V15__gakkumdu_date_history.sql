-- Every change of a Sentra Gakkumdu case's dates (the days its statutory clocks run from),
-- append-only: which date, from -> to, who, when, why. Each change is also in the audit trail.
CREATE TABLE command_gakkumdu_date_change (
    id          BIGSERIAL    PRIMARY KEY,
    case_id     BIGINT       NOT NULL REFERENCES command_gakkumdu_case (id),
    date_field  VARCHAR(20)  NOT NULL CHECK (date_field IN ('DISCOVERED', 'REPORTED', 'TO_PROSECUTOR', 'TO_COURT',
                                                          'DECIDED', 'STOPPED')),
    from_day    DATE,
    to_day      DATE,
    at          TIMESTAMPTZ  NOT NULL,
    actor       VARCHAR(100) NOT NULL,
    note        VARCHAR(1000)
);
CREATE INDEX command_gakkumdu_date_change_case_idx ON command_gakkumdu_date_change (case_id, id);

CREATE FUNCTION command_gakkumdu_date_change_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'command_gakkumdu_date_change is append-only: % is not allowed', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER command_gakkumdu_date_change_no_change BEFORE UPDATE OR DELETE ON command_gakkumdu_date_change
    FOR EACH ROW EXECUTE FUNCTION command_gakkumdu_date_change_append_only();
CREATE TRIGGER command_gakkumdu_date_change_no_truncate BEFORE TRUNCATE ON command_gakkumdu_date_change
    FOR EACH STATEMENT EXECUTE FUNCTION command_gakkumdu_date_change_append_only();
