-- PostgreSQL: the table of db/migration/V23__unit_liaison.sql, the same on both engines.
CREATE TABLE unit_liaison (
    unit_id     UUID        NOT NULL PRIMARY KEY,
    person      VARCHAR(64) NOT NULL,
    phone       VARCHAR(80) NOT NULL,
    row_version BIGINT      NOT NULL DEFAULT 1,
    CONSTRAINT unit_liaison_unit_fk FOREIGN KEY (unit_id) REFERENCES unit (id) ON DELETE CASCADE
);
