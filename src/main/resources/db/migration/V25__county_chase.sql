-- 催办记录 of a city's counties: each time the city's office chased a county's office (its 纲要办) for the county's
-- progress in the city's round — as chase_record keeps the units' chases, the same columns, the county for the unit.
-- Kept by the office, never exchanged; it goes with its round. A county with records is not removed from the list.
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
