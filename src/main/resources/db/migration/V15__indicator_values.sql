-- What an indicator of a plan reached in a year (指标完成情况), as the office records it: one value a year, with
-- where it comes from (统计公报, a unit's report) and who recorded it when. The value is checked by the app (a plain
-- number, not negative): a CHECK on a DECIMAL column is scripted by H2 with a CAST that SchemaCheck does not accept.
CREATE TABLE indicator_value (
    indicator_id UUID                     NOT NULL,
    value_year   INT                      NOT NULL,
    amount       DECIMAL(20, 4)           NOT NULL,
    source       VARCHAR(200)             NOT NULL,
    recorded_by  VARCHAR(100)             NOT NULL,
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT indicator_value_pk PRIMARY KEY (indicator_id, value_year),
    CONSTRAINT indicator_value_year_check CHECK (value_year BETWEEN 1900 AND 2200),
    CONSTRAINT indicator_value_indicator_fk FOREIGN KEY (indicator_id) REFERENCES indicator (id) ON DELETE CASCADE
);
