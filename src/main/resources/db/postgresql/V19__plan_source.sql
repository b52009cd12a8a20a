-- PostgreSQL: BYTEA for H2's BLOB; otherwise the table of db/migration/V19__plan_source.sql.
CREATE TABLE plan_source (
    plan_id   UUID                     NOT NULL PRIMARY KEY,
    plan_data BYTEA                    NOT NULL,
    file_name VARCHAR(500)             NOT NULL,
    read_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT plan_source_plan_fk FOREIGN KEY (plan_id) REFERENCES plan (id) ON DELETE CASCADE
);
