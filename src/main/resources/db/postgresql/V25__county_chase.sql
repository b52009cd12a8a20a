-- PostgreSQL: the table of db/migration/V25__county_chase.sql, with the indexes H2 makes for its foreign keys.
CREATE TABLE county_chase (
    id          UUID                     NOT NULL PRIMARY KEY,
    round_id    UUID                     NOT NULL,
    county_id   UUID                     NOT NULL,
    chased_on   DATE                     NOT NULL,
    means       VARCHAR(16)              NOT NULL,
    person      VARCHAR(64)              NOT NULL,
    answer      VARCHAR(1000)            NOT NULL,
    promised    DATE,
    recorded_by VARCHAR(100)             NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT county_chase_means_check CHECK (means IN ('PHONE', 'MESSAGE', 'IN_PERSON', 'LETTER', 'OTHER')),
    CONSTRAINT county_chase_round_fk FOREIGN KEY (round_id) REFERENCES reporting_round (id) ON DELETE CASCADE,
    CONSTRAINT county_chase_county_fk FOREIGN KEY (county_id) REFERENCES region (id)
);
CREATE INDEX county_chase_round_fk_idx ON county_chase(round_id);
CREATE INDEX county_chase_county_fk_idx ON county_chase(county_id);
