-- Laphar: the time of day of a desk event (an instant; null when only the day is known),
-- and the register that numbers every Laphar when it is issued (printed) for a day.

ALTER TABLE report_event ADD COLUMN occurred_at TIMESTAMPTZ;

-- One register per Polres and year: LAPHAR/<number>/<roman month>/<year>/<issuer>. A
-- number, once given to a unit's Laphar of a day, stays with it.
CREATE TABLE report_laphar_number (
    polres_code  VARCHAR(40)  NOT NULL,
    year         INT          NOT NULL,
    number       INT          NOT NULL CHECK (number >= 1),
    unit_code    VARCHAR(40)  NOT NULL,
    day          DATE         NOT NULL,
    reference    VARCHAR(120) NOT NULL,
    issued_by    VARCHAR(60)  NOT NULL,
    issued_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (polres_code, year, number),
    UNIQUE (polres_code, unit_code, day)
);
