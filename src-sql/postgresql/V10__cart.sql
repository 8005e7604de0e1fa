-- Smart carts (seed 000): the fleet, shopping sessions started by scanning a cart's QR code, and
-- the QR tokens already used (a token works once).
CREATE SEQUENCE cart_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE cart (
    id          BIGINT PRIMARY KEY,
    status      VARCHAR(16) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT cart_status_ck CHECK (status IN ('available', 'in use', 'maintenance', 'battery low'))
);

-- While a session is active it holds its cart and its shopper in the active_* columns, whose
-- unique constraints keep one active session per cart and one per shopper.
CREATE SEQUENCE cart_session_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE cart_session (
    id              BIGINT PRIMARY KEY,
    cart_id         BIGINT  NOT NULL REFERENCES cart (id),
    user_id         BIGINT  NOT NULL,
    is_active       BOOLEAN NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at        TIMESTAMP WITH TIME ZONE,
    active_cart_id  BIGINT,
    active_user_id  BIGINT,
    -- How it ended: 'checkout' (paid total_paid in ledger transaction checkout_transaction_id,
    -- none for an empty cart) or 'admin' (ended without payment).
    ended_by                 VARCHAR(16),
    total_paid               NUMERIC(19,2),
    checkout_transaction_id  BIGINT,
    CONSTRAINT cart_session_active_ck CHECK (is_active = (active_cart_id IS NOT NULL)
                                             AND is_active = (active_user_id IS NOT NULL)
                                             AND is_active = (ended_at IS NULL)),
    CONSTRAINT cart_session_ended_ck CHECK ((ended_by IS NULL) = is_active AND (ended_by IS NULL OR ended_by IN ('checkout', 'admin'))),
    CONSTRAINT cart_session_cart_uk UNIQUE (active_cart_id),
    CONSTRAINT cart_session_user_uk UNIQUE (active_user_id)
);

CREATE INDEX cart_session_user_ix ON cart_session (user_id, id);

CREATE TABLE cart_qr_token (
    token_id    VARCHAR(22) NOT NULL,
    cart_id     BIGINT      NOT NULL,
    used_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT cart_qr_token_pk PRIMARY KEY (token_id)
);

CREATE INDEX cart_qr_token_expiry_ix ON cart_qr_token (expires_at);

-- The products in a session, by the catalogue's product id: one line a product, 1..99 of it.
-- Stock is taken at checkout, not when a product goes into the cart.
CREATE TABLE cart_session_item (
    session_id  BIGINT  NOT NULL REFERENCES cart_session (id),
    product_id  BIGINT  NOT NULL,
    quantity    INTEGER NOT NULL,
    added_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT cart_session_item_pk PRIMARY KEY (session_id, product_id),
    CONSTRAINT cart_session_item_quantity_ck CHECK (quantity BETWEEN 1 AND 99)
);
