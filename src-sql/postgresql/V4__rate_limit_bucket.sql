-- Failed attempts at guessable secrets (passwords, the admin secret), counted per key
-- (a username, a client address) in fixed windows, shared by every instance.
CREATE TABLE rate_limit_bucket (
    bucket_key   VARCHAR(300) PRIMARY KEY,
    window_start TIMESTAMP WITH TIME ZONE NOT NULL,
    attempts     INTEGER NOT NULL
);
