-- What the city said it holds of a county's attached files (佐证材料), by content: the receipt in the city's last
-- exchange file to the county, so that the county's next file carries only the files the city does not have yet
-- instead of its newest 100 MB again. Replaced whole by each file from the city.
CREATE TABLE evidence_received (
    plan_id UUID        NOT NULL,
    hash    VARCHAR(64) NOT NULL,
    CONSTRAINT evidence_received_pk PRIMARY KEY (plan_id, hash),
    CONSTRAINT evidence_received_plan_fk FOREIGN KEY (plan_id) REFERENCES plan (id) ON DELETE CASCADE
);
