-- Security: login throttling shared by every node, and API tokens for scripts and phones.

-- One row per throttled key: 'address:<client address>' or 'account:<login name as typed>'
-- (also for names that do not exist, so that the answer never tells them apart).
-- See security.internal.LoginThrottle and ThrottlePolicy.
CREATE TABLE security_login_throttle (
    throttle_key   VARCHAR(120) PRIMARY KEY,
    failures       INTEGER      NOT NULL,  -- failures in the current window
    window_start   TIMESTAMPTZ  NOT NULL,
    strikes        INTEGER      NOT NULL,  -- how often the key has been held back (the delay doubles each time)
    blocked_until  TIMESTAMPTZ,            -- attempts before this instant are refused unchecked
    last_failure   TIMESTAMPTZ  NOT NULL
);
CREATE INDEX security_login_throttle_last_failure ON security_login_throttle (last_failure);

-- API tokens: only the SHA-256 of the token is kept (the token is shown once, when made).
-- A token acts with its account's current role, scope and officer; it stops working when
-- revoked, expired, or when its account is disabled.
CREATE TABLE security_api_token (
    id          BIGSERIAL    PRIMARY KEY,
    username    VARCHAR(50)  NOT NULL REFERENCES security_user (username),
    name        VARCHAR(100) NOT NULL,
    token_hash  CHAR(64)     NOT NULL UNIQUE,
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    expires_at  TIMESTAMPTZ,
    revoked_at  TIMESTAMPTZ,
    revoked_by  VARCHAR(60)
);
CREATE INDEX security_api_token_username ON security_api_token (username);
