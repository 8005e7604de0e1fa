-- Image jobs of the image desk (seed 001): an uploaded photo, the X-ray results workers post
-- for it, and the one staff confirm for the owner's page and the carousel.

-- received: stored, waiting for the image queue's listener to normalize the photo;
-- ready: workers may take its result slots; review: every slot has its result, staff choose;
-- confirmed, cancelled: ended by staff; failed: the photo could not be processed.
CREATE SEQUENCE image_job_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE image_job (
    id              BIGINT PRIMARY KEY,
    owner_code      VARCHAR(32)  NOT NULL REFERENCES owner_code (code),
    first_name      VARCHAR(100) NOT NULL,
    last_name       VARCHAR(100) NOT NULL,
    animal_name     VARCHAR(100) NOT NULL,
    animal_type     VARCHAR(40)  NOT NULL,
    broken_bone     BOOLEAN      NOT NULL,
    state           VARCHAR(16)  NOT NULL,
    results_needed  INTEGER      NOT NULL,
    chosen_option   INTEGER,
    failure         VARCHAR(300),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    confirmed_at    TIMESTAMP WITH TIME ZONE,
    pictures_purged BOOLEAN      NOT NULL,
    CONSTRAINT image_job_state_ck CHECK (state IN ('received', 'ready', 'review', 'confirmed', 'cancelled', 'failed')),
    CONSTRAINT image_job_results_ck CHECK (results_needed BETWEEN 1 AND 10),
    CONSTRAINT image_job_choice_ck CHECK (chosen_option IS NULL OR chosen_option BETWEEN 0 AND results_needed - 1),
    CONSTRAINT image_job_confirmed_ck CHECK ((state = 'confirmed') = (confirmed_at IS NOT NULL AND chosen_option IS NOT NULL))
);

CREATE INDEX image_job_state_ix ON image_job (state, id);
CREATE INDEX image_job_owner_ix ON image_job (owner_code);
CREATE INDEX image_job_confirmed_ix ON image_job (confirmed_at);

-- The results a ready job still takes, one row per option. A worker's GET /job leases one
-- (the lease id is stored hashed); a slot whose lease ran out is free again. The rows go
-- when the job leaves 'ready', so workers only ever look through open work.
CREATE TABLE image_job_slot (
    job_id            BIGINT      NOT NULL REFERENCES image_job (id) ON DELETE CASCADE,
    option_no         INTEGER     NOT NULL,
    state             VARCHAR(8)  NOT NULL,
    lease_hash        VARCHAR(64),
    lease_expires_at  TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (job_id, option_no),
    CONSTRAINT image_job_slot_state_ck CHECK (state IN ('open', 'leased', 'done')),
    CONSTRAINT image_job_slot_lease_ck CHECK ((state = 'open') = (lease_hash IS NULL))
);

CREATE INDEX image_job_slot_lease_ix ON image_job_slot (lease_hash);

-- The pictures: the upload as sent (until the listener has normalized it), the normalized
-- original (PNG, no metadata) and the results, by option ('result-0', 'result-1', ...).
CREATE TABLE image_job_picture (
    job_id      BIGINT      NOT NULL REFERENCES image_job (id) ON DELETE CASCADE,
    picture     VARCHAR(16) NOT NULL,
    content     BYTEA NOT NULL,
    byte_count  INTEGER     NOT NULL,
    PRIMARY KEY (job_id, picture)
);
