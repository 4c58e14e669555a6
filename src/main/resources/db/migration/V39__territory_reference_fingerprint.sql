-- The fingerprint of the shipped reference territory (and of the code deriving the kecamatan
-- outlines) last written to the database: a start compares it instead of deriving every
-- kecamatan outline again from its desa (seconds of CPU on every start and every command).
CREATE TABLE territory_reference_state (
    id          BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (id),
    fingerprint TEXT NOT NULL
);
