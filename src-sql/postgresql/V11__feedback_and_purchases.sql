-- Feedback on ended cart sessions (seed 002), and who bought what, which product suggestions
-- are made from.

-- One feedback a session, by its shopper, once the session has ended. The products it names
-- (selected_item_ids) are products of that session, in the order the shopper gave them.
CREATE SEQUENCE cart_feedback_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE cart_feedback (
    id                   BIGINT PRIMARY KEY,
    session_id           BIGINT      NOT NULL REFERENCES cart_session (id),
    user_id              BIGINT      NOT NULL,
    satisfaction         VARCHAR(8)  NOT NULL,
    additional_comments  VARCHAR(1000),
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT cart_feedback_session_uk UNIQUE (session_id),
    CONSTRAINT cart_feedback_satisfaction_ck CHECK (satisfaction IN ('sad', 'neutral', 'happy'))
);

CREATE INDEX cart_feedback_created_ix ON cart_feedback (created_at, id);

CREATE TABLE cart_feedback_item (
    feedback_id  BIGINT  NOT NULL REFERENCES cart_feedback (id),
    product_id   BIGINT  NOT NULL,
    position     INTEGER NOT NULL,
    CONSTRAINT cart_feedback_item_pk PRIMARY KEY (feedback_id, position),
    CONSTRAINT cart_feedback_item_uk UNIQUE (feedback_id, product_id)
);

-- What each user has bought of each product, in the store (/buy) and at cart checkouts: the
-- ledger writes it with the purchase, under the buyer's account row, so one user's purchases
-- never race for a row.
CREATE TABLE product_purchase (
    user_id         BIGINT  NOT NULL,
    product_id      BIGINT  NOT NULL REFERENCES product (id),
    quantity        BIGINT  NOT NULL,
    last_bought_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT product_purchase_pk PRIMARY KEY (user_id, product_id),
    CONSTRAINT product_purchase_quantity_ck CHECK (quantity > 0)
);

CREATE INDEX product_purchase_product_ix ON product_purchase (product_id, user_id);

-- What was bought before this table existed.
INSERT INTO product_purchase (user_id, product_id, quantity, last_bought_at)
SELECT user_id, product_id, SUM(quantity), MAX(bought_at) FROM (
    SELECT s.user_id, i.product_id, i.quantity, s.ended_at AS bought_at
      FROM cart_session s JOIN cart_session_item i ON i.session_id = s.id
     WHERE s.ended_by = 'checkout'
    UNION ALL
    SELECT a.user_id, t.product_id, 1, t.posted_at
      FROM ledger_transaction t JOIN ledger_account a ON a.id = t.payer_account_id
     WHERE t.kind = 'purchase' AND t.product_id IS NOT NULL AND a.user_id IS NOT NULL
) bought
GROUP BY user_id, product_id;
