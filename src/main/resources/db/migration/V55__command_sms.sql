-- Field reports by text message (issue 17): every received message is kept first, keyed by
-- the gateway's id (a gateway that posts twice stores once), then parsed; one that does not
-- become a report waits in the operator queue. Replies wait in the outbox for the gateway.
CREATE TABLE command_sms_received (
    gateway_id    VARCHAR(100) PRIMARY KEY,
    sender        VARCHAR(20)  NOT NULL,
    body          TEXT         NOT NULL,
    received_at   TIMESTAMPTZ  NOT NULL,
    stored_at     TIMESTAMPTZ  NOT NULL DEFAULT now(),
    officer_nrp   CHAR(8),
    state         VARCHAR(10)  NOT NULL DEFAULT 'NEW' CHECK (state IN ('NEW', 'REPORTED', 'QUEUED')),
    reason        VARCHAR(20),
    guess_tps     VARCHAR(40),
    guess_status  VARCHAR(20),
    report_id     UUID
);
CREATE INDEX command_sms_received_queue ON command_sms_received (received_at) WHERE state <> 'REPORTED';

CREATE TABLE command_sms_outbox (
    id            BIGSERIAL    PRIMARY KEY,
    destination   VARCHAR(20)  NOT NULL,
    body          TEXT         NOT NULL,
    in_reply_to   VARCHAR(100) NOT NULL UNIQUE REFERENCES command_sms_received (gateway_id),
    created_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    sent_at       TIMESTAMPTZ
);
