-- Login attempts in flight per address: the throttle counts them with the failures, so that a
-- burst of parallel guesses gets no more password checks than the threshold (LoginThrottle).
ALTER TABLE security_login_throttle ADD COLUMN in_flight INTEGER NOT NULL DEFAULT 0;
ALTER TABLE security_login_throttle ADD COLUMN in_flight_since TIMESTAMPTZ;
