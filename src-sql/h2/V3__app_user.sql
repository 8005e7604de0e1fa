-- One user table for every surface (seed 002). Usernames and e-mail addresses are unique
-- regardless of case (the *_key columns hold the lower-cased form); passwords are stored
-- only as bcrypt hashes. Every token carries the token_generation it was issued under;
-- a password change moves it on, and the older tokens are refused.
CREATE SEQUENCE app_user_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE app_user (
    id                 BIGINT PRIMARY KEY,
    username           VARCHAR(150) NOT NULL,
    username_key       VARCHAR(150) NOT NULL,
    email              VARCHAR(254) NOT NULL,
    email_key          VARCHAR(254) NOT NULL,
    mobile_number      VARCHAR(32)  NOT NULL,
    age                INTEGER      NOT NULL,
    full_name          VARCHAR(200) NOT NULL,
    address            VARCHAR(500),
    password_hash      VARCHAR(100) NOT NULL,
    is_admin           BOOLEAN      NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    token_generation   INTEGER      NOT NULL,
    CONSTRAINT app_user_username_uk UNIQUE (username_key),
    CONSTRAINT app_user_email_uk UNIQUE (email_key),
    CONSTRAINT app_user_mobile_number_uk UNIQUE (mobile_number)
);
