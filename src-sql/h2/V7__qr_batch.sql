-- QR batches of the image desk (seed 001): printable sheets of owner codes.

-- A batch is generated in the background. While it runs, its heartbeat moves on with its
-- progress; one whose heartbeat stopped (its server died) is failed by the next start or read.
CREATE SEQUENCE qr_batch_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE qr_batch (
    id            BIGINT PRIMARY KEY,
    requested     INTEGER      NOT NULL,
    state         VARCHAR(16)  NOT NULL,
    done          INTEGER      NOT NULL,
    base_url      VARCHAR(2048) NOT NULL,
    started_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    heartbeat_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at   TIMESTAMP WITH TIME ZONE,
    failure       VARCHAR(200),
    CONSTRAINT qr_batch_requested_ck CHECK (requested BETWEEN 1 AND 1000),
    CONSTRAINT qr_batch_state_ck CHECK (state IN ('running', 'done', 'failed')),
    CONSTRAINT qr_batch_done_ck CHECK (done BETWEEN 0 AND requested)
);

-- The finished sheet, written in the same transaction that marks its batch done.
CREATE TABLE qr_batch_pdf (
    batch_id  BIGINT PRIMARY KEY REFERENCES qr_batch (id) ON DELETE CASCADE,
    content   VARBINARY(67108864) NOT NULL,
    byte_count INTEGER NOT NULL
);

-- One owner code per printed QR code: 128 random bits, base64url. The owner page's address.
CREATE TABLE owner_code (
    code        VARCHAR(32) PRIMARY KEY,
    batch_id    BIGINT      NOT NULL REFERENCES qr_batch (id),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX owner_code_batch_ix ON owner_code (batch_id);

-- The desk runs one batch at a time, on every instance together: starting one takes this
-- row's lock and its slot.
CREATE TABLE qr_desk (
    id                BIGINT PRIMARY KEY,
    running_batch_id  BIGINT REFERENCES qr_batch (id),
    CONSTRAINT qr_desk_single_ck CHECK (id = 1)
);

INSERT INTO qr_desk (id, running_batch_id) VALUES (1, NULL);
