-- Every plan version belongs to a Polres (issue 15): the staff of another Polres do not see
-- it. Existing versions belong to the installation's Polres (the first one where there are
-- several, which a database from before this change never has). A version without a Polres
-- is the Polda's own: only a scope of all Polres sees it.
ALTER TABLE deployment_plan ADD COLUMN polres_code VARCHAR(40) REFERENCES personnel_unit (code);

-- the backfill touches published versions, which the trigger of V6 otherwise refuses
ALTER TABLE deployment_plan DISABLE TRIGGER deployment_plan_final;
UPDATE deployment_plan
   SET polres_code = (SELECT code FROM personnel_unit WHERE kind = 'POLRES' ORDER BY sort_order, code LIMIT 1);
ALTER TABLE deployment_plan ENABLE TRIGGER deployment_plan_final;

CREATE INDEX deployment_plan_polres ON deployment_plan (polres_code, status, version);
