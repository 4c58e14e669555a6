-- The time zone of a Polres (and of the units under it): what people read is local time
-- with its zone (WIB, WITA or WIT).
ALTER TABLE personnel_unit
    ADD COLUMN time_zone VARCHAR(40) NOT NULL DEFAULT 'Asia/Jakarta'
        CHECK (time_zone IN ('Asia/Jakarta', 'Asia/Pontianak', 'Asia/Makassar', 'Asia/Jayapura'));
