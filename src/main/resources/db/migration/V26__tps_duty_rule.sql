-- Which units of the Polres may be posted to TPS. A unit without a row may (Polsek, BKO,
-- line functions); the staff functions that do not guard TPS are kept out by default.
-- The Kabag Ops changes the ticks on the plan versions page; the rule applies at the next
-- plan or solve.
CREATE TABLE deployment_tps_duty (
    unit_code  VARCHAR(40)  PRIMARY KEY,
    allowed    BOOLEAN      NOT NULL
);
INSERT INTO deployment_tps_duty (unit_code, allowed) VALUES
 ('BAG-OPS', FALSE), ('BAG-REN', FALSE), ('BAG-SDM', FALSE), ('BAG-LOG', FALSE),
 ('SI-PROPAM', FALSE), ('SI-DOKKES', FALSE), ('SI-KEU', FALSE), ('SI-UMUM', FALSE), ('SI-TIK', FALSE),
 ('SI-HUMAS', FALSE), ('SAT-TAHTI', FALSE), ('SAT-INTELKAM', FALSE);
