-- The store (seed 004) and the catalogue it shares with the carts.

-- Products: the store's items and the carts' goods. A retired product stays for the
-- ledger's history but is neither listed nor sold, and gives its barcode up.
CREATE SEQUENCE product_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE product (
    id              BIGINT PRIMARY KEY,
    description     VARCHAR(200)  NOT NULL,
    description_ar  VARCHAR(200),
    unit_price      NUMERIC(15,2) NOT NULL,
    barcode         VARCHAR(64),
    image_url       VARCHAR(2048),
    product_size    VARCHAR(64),
    stock           INTEGER       NOT NULL,
    retired         BOOLEAN       NOT NULL,
    CONSTRAINT product_barcode_uk UNIQUE (barcode),
    CONSTRAINT product_unit_price_ck CHECK (unit_price > 0),
    CONSTRAINT product_stock_ck CHECK (stock >= 0)
);

-- A double-entry ledger. Every transaction has exactly two entries, one taking the amount
-- from an account and one giving it to another, so the balances of all accounts sum to zero.
-- The issuer pays out opening balances (its balance goes negative by what it issued); the
-- revenue account receives what is bought. User accounts never go below zero.
CREATE SEQUENCE ledger_account_seq START WITH 100 INCREMENT BY 50;

CREATE TABLE ledger_account (
    id         BIGINT PRIMARY KEY,
    kind       VARCHAR(16)   NOT NULL,
    user_id    BIGINT,
    balance    NUMERIC(19,2) NOT NULL,
    opened_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ledger_account_user_uk UNIQUE (user_id),
    CONSTRAINT ledger_account_kind_ck CHECK (kind IN ('issuer', 'revenue', 'user')),
    CONSTRAINT ledger_account_owner_ck CHECK ((kind = 'user' AND user_id IS NOT NULL)
                                           OR (kind <> 'user' AND user_id IS NULL)),
    CONSTRAINT ledger_account_balance_ck CHECK (kind <> 'user' OR balance >= 0)
);

INSERT INTO ledger_account (id, kind, user_id, balance, opened_at) VALUES (1, 'issuer', NULL, 0, CURRENT_TIMESTAMP);
INSERT INTO ledger_account (id, kind, user_id, balance, opened_at) VALUES (2, 'revenue', NULL, 0, CURRENT_TIMESTAMP);

-- A retried buy or transfer names the same Idempotency-Key (stored as its SHA-256): it is
-- unique per paying account, and request_digest tells a true retry from a different request.
CREATE SEQUENCE ledger_transaction_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE ledger_transaction (
    id               BIGINT PRIMARY KEY,
    kind             VARCHAR(16)   NOT NULL,
    amount           NUMERIC(19,2) NOT NULL,
    payer_account_id BIGINT        NOT NULL REFERENCES ledger_account (id),
    product_id       BIGINT        REFERENCES product (id),
    memo             VARCHAR(200),
    idempotency_key  VARCHAR(64),
    request_digest   VARCHAR(64),
    posted_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ledger_transaction_idempotency_uk UNIQUE (payer_account_id, idempotency_key),
    CONSTRAINT ledger_transaction_kind_ck CHECK (kind IN ('opening', 'purchase', 'transfer')),
    CONSTRAINT ledger_transaction_amount_ck CHECK (amount > 0)
);

CREATE TABLE ledger_entry (
    transaction_id BIGINT        NOT NULL REFERENCES ledger_transaction (id),
    account_id     BIGINT        NOT NULL REFERENCES ledger_account (id),
    amount         NUMERIC(19,2) NOT NULL,
    posted_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (transaction_id, account_id),
    CONSTRAINT ledger_entry_amount_ck CHECK (amount <> 0)
);

CREATE INDEX ledger_entry_account_ix ON ledger_entry (account_id, posted_at);

-- Store sessions: a token the client chose, bound to an account by /login. Only its SHA-256
-- is kept. token_generation is the account's when the session began: a password change
-- anywhere ends the sessions begun before it, as it ends the account's older JWTs.
CREATE SEQUENCE store_session_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE store_session (
    id                BIGINT PRIMARY KEY,
    token_hash        VARCHAR(64) NOT NULL,
    user_id           BIGINT      NOT NULL,
    token_generation  INTEGER     NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT store_session_token_uk UNIQUE (token_hash)
);

CREATE INDEX store_session_user_ix ON store_session (user_id);
CREATE INDEX store_session_expiry_ix ON store_session (expires_at);
