-- Messages waiting to be handed to the broker. A use case writes its rows and its
-- messages here in one database transaction; the relay sends them afterwards and then
-- deletes them, so a crash can repeat a message but never lose one.
CREATE SEQUENCE outbox_message_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE outbox_message (
    id          BIGINT PRIMARY KEY,
    destination VARCHAR(200) NOT NULL,
    body        VARCHAR(4000) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
