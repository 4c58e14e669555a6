-- Territory: the regency, its kecamatan (districts), desa/kelurahan (villages) and TPS (polling stations).
CREATE TABLE territory_kabupaten (
    code              VARCHAR(5)   PRIMARY KEY,
    name              VARCHAR(100) NOT NULL,
    boundary_geojson  TEXT         NOT NULL
);

CREATE TABLE territory_kecamatan (
    code              VARCHAR(8)   PRIMARY KEY,
    kabupaten_code    VARCHAR(5)   NOT NULL REFERENCES territory_kabupaten (code),
    name              VARCHAR(100) NOT NULL,
    lat               DOUBLE PRECISION NOT NULL,
    lon               DOUBLE PRECISION NOT NULL,
    area_km2          NUMERIC(9, 2),
    population        INTEGER,
    boundary_geojson  TEXT         NOT NULL
);

CREATE TABLE territory_desa (
    code              VARCHAR(13)  PRIMARY KEY,
    kecamatan_code    VARCHAR(8)   NOT NULL REFERENCES territory_kecamatan (code),
    name              VARCHAR(100) NOT NULL,
    type              VARCHAR(10)  NOT NULL CHECK (type IN ('desa', 'kelurahan')),
    lat               DOUBLE PRECISION NOT NULL,
    lon               DOUBLE PRECISION NOT NULL,
    boundary_geojson  TEXT         NOT NULL
);
CREATE INDEX territory_desa_kecamatan_idx ON territory_desa (kecamatan_code);

CREATE TABLE territory_tps (
    code              VARCHAR(24)  PRIMARY KEY,
    desa_code         VARCHAR(13)  NOT NULL REFERENCES territory_desa (code),
    number            INTEGER      NOT NULL CHECK (number BETWEEN 1 AND 999),
    address           VARCHAR(200) NOT NULL,
    lat               DOUBLE PRECISION NOT NULL,
    lon               DOUBLE PRECISION NOT NULL,
    voters_male       INTEGER      NOT NULL CHECK (voters_male >= 0),
    voters_female     INTEGER      NOT NULL CHECK (voters_female >= 0),
    special_site      VARCHAR(100),
    generated         BOOLEAN      NOT NULL,
    updated_at        TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT territory_tps_desa_number_uk UNIQUE (desa_code, number),
    CONSTRAINT territory_tps_voters_ck CHECK (voters_male + voters_female <= 600)
);
CREATE INDEX territory_tps_desa_idx ON territory_tps (desa_code);
