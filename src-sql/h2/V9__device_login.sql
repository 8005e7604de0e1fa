-- Device login (seed 003): a new device asks to be signed in as a user (a document), the user
-- approves or rejects it, and the device collects its access token once.
--
-- NOT_INIT: waiting for the user; AUTHORIZED: approved, the token not yet collected;
-- COLLECTED: the token was handed out, the device is signed in until revoked_at;
-- REJECTED: refused by the user; EXPIRED: not decided or not collected in time.
-- The token itself is never stored: it is signed when the device collects it.
CREATE SEQUENCE device_login_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE device_login (
    id              BIGINT PRIMARY KEY,
    user_id         BIGINT       NOT NULL,
    device_id       VARCHAR(128) NOT NULL,
    device_info     VARCHAR(500) NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    requested_from  VARCHAR(64)  NOT NULL,
    via_qr          BOOLEAN      NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_at      TIMESTAMP WITH TIME ZONE,
    collected_at    TIMESTAMP WITH TIME ZONE,
    revoked_at      TIMESTAMP WITH TIME ZONE,
    last_polled_at  TIMESTAMP WITH TIME ZONE,
    -- The user's token generation when they approved: a password change after it voids the approval.
    approved_generation INTEGER,
    -- Set while the document is open (NOT_INIT or AUTHORIZED): one open document per device.
    open_device_id  VARCHAR(128),
    CONSTRAINT device_login_status_ck CHECK (status IN ('NOT_INIT', 'AUTHORIZED', 'COLLECTED', 'REJECTED', 'EXPIRED')),
    CONSTRAINT device_login_open_ck CHECK ((open_device_id IS NOT NULL) = (status IN ('NOT_INIT', 'AUTHORIZED'))),
    CONSTRAINT device_login_approved_ck CHECK (status <> 'AUTHORIZED' OR approved_generation IS NOT NULL),
    CONSTRAINT device_login_open_uk UNIQUE (open_device_id)
);

CREATE INDEX device_login_device_ix ON device_login (device_id, id);
CREATE INDEX device_login_user_ix ON device_login (user_id, status);
CREATE INDEX device_login_expiry_ix ON device_login (status, expires_at);

-- The one-time nonces of the QR codes a signed-in user's screen shows, stored hashed.
CREATE TABLE device_login_nonce (
    nonce_hash  CHAR(64)    PRIMARY KEY,
    user_id     BIGINT      NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at     TIMESTAMP WITH TIME ZONE
);

CREATE INDEX device_login_nonce_expiry_ix ON device_login_nonce (expires_at);
