-- One vocabulary for the command desk and its rehearsals: the floor game's injects take
-- the desk's incident types (command.IncidentType). Only the codes change; the name people
-- read is the desk's ("Bentrok massa" is now "Kekerasan / keributan", as on the desk).
UPDATE floor_game_inject SET type = CASE type
    WHEN 'BENTROK' THEN 'VIOLENCE'
    WHEN 'INTIMIDASI' THEN 'INTIMIDATION'
    WHEN 'POLITIK_UANG' THEN 'MONEY_POLITICS'
    WHEN 'LOGISTIK' THEN 'LOGISTICS_PROBLEM'
    WHEN 'UNJUK_RASA' THEN 'CROWD'
    WHEN 'BENCANA' THEN 'DISASTER'
    ELSE type END;

ALTER TABLE floor_game_inject ADD CONSTRAINT floor_game_inject_type_ck
    CHECK (type IN ('VIOLENCE', 'INTIMIDATION', 'MONEY_POLITICS', 'LOGISTICS_PROBLEM', 'CROWD', 'DISASTER',
                    'OUTAGE', 'OTHER'));
