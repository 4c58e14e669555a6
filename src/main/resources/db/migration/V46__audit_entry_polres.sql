-- Every audit line records the Polres of the user who acted (issue 15), so that a Polres'
-- trail can be told from another's. Lines without a Polres (the system scope of a Polda
-- installation, failed logins, and every line from before this change: the trail is
-- append-only, so they are not rewritten) are the Polda's own.
ALTER TABLE audit_entry ADD COLUMN polres_code VARCHAR(40);
CREATE INDEX audit_entry_polres ON audit_entry (polres_code, id DESC);
