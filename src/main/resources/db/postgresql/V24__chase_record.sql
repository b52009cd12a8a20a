-- PostgreSQL: the table of db/migration/V24__chase_record.sql, with the indexes H2 makes for its foreign keys.
CREATE TABLE chase_record (
    id          UUID                     NOT NULL PRIMARY KEY,
    round_id    UUID                     NOT NULL,
    unit_id     UUID                     NOT NULL,
    chased_on   DATE                     NOT NULL,
    means       VARCHAR(16)              NOT NULL,
    person      VARCHAR(64)              NOT NULL,
    answer      VARCHAR(1000)            NOT NULL,
    promised    DATE,
    recorded_by VARCHAR(100)             NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT chase_record_means_check CHECK (means IN ('PHONE', 'MESSAGE', 'IN_PERSON', 'LETTER', 'OTHER')),
    CONSTRAINT chase_record_round_fk FOREIGN KEY (round_id) REFERENCES reporting_round (id) ON DELETE CASCADE,
    CONSTRAINT chase_record_unit_fk FOREIGN KEY (unit_id) REFERENCES unit (id)
);
CREATE INDEX chase_record_round_fk_idx ON chase_record(round_id);
CREATE INDEX chase_record_unit_fk_idx ON chase_record(unit_id);
