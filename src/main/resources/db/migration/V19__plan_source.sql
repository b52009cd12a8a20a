-- Each plan as its document gave it when it was read (its plan.json in the exchange format, gzip-compressed): the
-- common ancestor when a revised document updates the plan, so that what the office changed since stays and only
-- what the new document changed is taken. Plans read before this version have none (the revision then takes the
-- document's word for everything it says, shown before anything is stored).
CREATE TABLE plan_source (
    plan_id   UUID                     NOT NULL PRIMARY KEY,
    plan_data BLOB                     NOT NULL,
    file_name VARCHAR(500)             NOT NULL,
    read_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT plan_source_plan_fk FOREIGN KEY (plan_id) REFERENCES plan (id) ON DELETE CASCADE
);
