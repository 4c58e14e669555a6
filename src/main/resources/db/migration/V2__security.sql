-- Security: user accounts. A user may later be linked to an officer (personnel module).
CREATE TABLE security_user (
    username          VARCHAR(50)  PRIMARY KEY,
    password_hash     VARCHAR(100) NOT NULL,
    display_name      VARCHAR(100) NOT NULL,
    role              VARCHAR(20)  NOT NULL,
    scope             VARCHAR(50),
    enabled           BOOLEAN      NOT NULL DEFAULT TRUE,
    demo              BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at        TIMESTAMPTZ  NOT NULL DEFAULT now()
);
