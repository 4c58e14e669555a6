-- How a Polres heads its documents, when its name alone does not say it (the letterhead
-- is otherwise derived from the names: Polda Jawa Timur / Polres Jember → DAERAH JAWA
-- TIMUR / RESOR JEMBER), and the town where its orders are signed.
ALTER TABLE personnel_unit
    ADD COLUMN letterhead_name VARCHAR(160),
    ADD COLUMN seat            VARCHAR(80);
