-- 催办记录: each time the office chased a unit for its reports in a round — the day, how (telephone, message, in
-- person, letter, other), whom it reached, what they answered and the day they promised to report by. Kept by the
-- office, never exchanged; it goes with its round. A unit with records is not removed (it is merged, and its records
-- follow it). Lengths in characters, the model's limits with room for characters outside the basic plane.
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
