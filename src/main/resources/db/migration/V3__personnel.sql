-- Personnel: units (Polda, Polres, its functions, Polsek, BKO, TNI, Linmas) and officers.
CREATE TABLE personnel_unit (
    code            VARCHAR(40)  PRIMARY KEY,
    name            VARCHAR(120) NOT NULL,
    kind            VARCHAR(10)  NOT NULL,
    parent_code     VARCHAR(40)  REFERENCES personnel_unit (code),
    kecamatan_code  VARCHAR(20),
    base_name       VARCHAR(160),
    base_lat        DOUBLE PRECISION,
    base_lon        DOUBLE PRECISION,
    strength        INTEGER CHECK (strength IS NULL OR strength >= 0),
    commander       VARCHAR(120),
    generated       BOOLEAN      NOT NULL DEFAULT FALSE,
    sort_order      INTEGER      NOT NULL DEFAULT 0
);
CREATE INDEX personnel_unit_parent ON personnel_unit (parent_code);

-- Which Polsek serves which kecamatan (a kecamatan has exactly one; a Polsek may serve several).
CREATE TABLE personnel_polsek_area (
    kecamatan_code  VARCHAR(20)  PRIMARY KEY,
    unit_code       VARCHAR(40)  NOT NULL REFERENCES personnel_unit (code)
);

CREATE TABLE personnel_officer (
    nrp             CHAR(8)      PRIMARY KEY CHECK (nrp ~ '^[0-9]{8}$'),
    name            VARCHAR(120) NOT NULL,
    rank            VARCHAR(12)  NOT NULL,
    function        VARCHAR(120) NOT NULL,
    unit_code       VARCHAR(40)  NOT NULL REFERENCES personnel_unit (code),
    home_base       VARCHAR(160),
    phone           VARCHAR(20),
    generated       BOOLEAN      NOT NULL DEFAULT FALSE
);
CREATE INDEX personnel_officer_unit ON personnel_officer (unit_code);

-- Periods an officer is not available (leave, sickness, training, suspension); active otherwise.
CREATE TABLE personnel_officer_status (
    nrp             CHAR(8)      NOT NULL REFERENCES personnel_officer (nrp) ON DELETE CASCADE,
    status          VARCHAR(10)  NOT NULL,
    valid_from      DATE         NOT NULL,
    valid_to        DATE         NOT NULL,
    CHECK (valid_from <= valid_to),
    PRIMARY KEY (nrp, valid_from)
);

CREATE TABLE personnel_officer_qualification (
    nrp             CHAR(8)      NOT NULL REFERENCES personnel_officer (nrp) ON DELETE CASCADE,
    qualification   VARCHAR(20)  NOT NULL,
    PRIMARY KEY (nrp, qualification)
);

-- Linmas per desa when it differs from the default of 2 per TPS.
CREATE TABLE personnel_linmas (
    desa_code       VARCHAR(20)  PRIMARY KEY,
    strength        INTEGER      NOT NULL CHECK (strength >= 0)
);

ALTER TABLE security_user ADD COLUMN officer_nrp CHAR(8);
