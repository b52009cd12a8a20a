-- A unit's 联络员 (the person who answers for its reports) and a telephone: whom the office calls when the unit's
-- reports are late. One row a unit that has one; it goes with its unit. Lengths in characters, the limits of the
-- model (ContentLimits) with room for characters outside the basic plane.
CREATE TABLE unit_liaison (
    unit_id     UUID        NOT NULL PRIMARY KEY,
    person      VARCHAR(64) NOT NULL,
    phone       VARCHAR(80) NOT NULL,
    row_version BIGINT      NOT NULL DEFAULT 1,
    CONSTRAINT unit_liaison_unit_fk FOREIGN KEY (unit_id) REFERENCES unit (id) ON DELETE CASCADE
);
