-- Broker probes: one row per message sent through the broker to check it end to end.
-- Ids come from a sequence that hands out blocks of 50, as the entity's generator expects:
-- each value is the top of a block (50 -> ids 1..50), as both EclipseLink and Hibernate read it.
CREATE SEQUENCE broker_probe_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE broker_probe (
    id          BIGINT PRIMARY KEY,
    sent_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    received_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX broker_probe_sent_at ON broker_probe (sent_at);
CREATE INDEX broker_probe_received_at ON broker_probe (received_at);
