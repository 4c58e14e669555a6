-- One vocabulary of unit states for the desk and the floor game: a unit that has handled
-- its incident and drives back to its base is RETURNING (not yet ready to be sent).
ALTER TABLE command_unit_status DROP CONSTRAINT command_unit_status_status_check;
ALTER TABLE command_unit_status ADD CONSTRAINT command_unit_status_status_check
    CHECK (status IN ('AVAILABLE', 'EN_ROUTE', 'ON_SCENE', 'OUT_OF_SERVICE', 'RETURNING'));
