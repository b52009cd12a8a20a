-- Every plan.json this office sent or received, by its SHA-256 (the last 20 of each plan). A file names the
-- version its sender had last exchanged ("basedOn"); that version, not simply the newest one here, is the common
-- ancestor of its merge, so that a county answering an older file from the city does not undo what the city
-- changed since.
CREATE TABLE exchange_plan_version (
    plan_id     UUID                     NOT NULL,
    sha256      VARCHAR(64)              NOT NULL,
    plan_data   BLOB                     NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT exchange_plan_version_pk PRIMARY KEY (plan_id, sha256),
    CONSTRAINT exchange_plan_version_plan_fk FOREIGN KEY (plan_id) REFERENCES plan (id) ON DELETE CASCADE
);
