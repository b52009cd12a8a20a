-- PostgreSQL: the table of db/migration/V21__evidence_received.sql, the same on both engines.
CREATE TABLE evidence_received (
    plan_id UUID        NOT NULL,
    hash    VARCHAR(64) NOT NULL,
    CONSTRAINT evidence_received_pk PRIMARY KEY (plan_id, hash),
    CONSTRAINT evidence_received_plan_fk FOREIGN KEY (plan_id) REFERENCES plan (id) ON DELETE CASCADE
);
