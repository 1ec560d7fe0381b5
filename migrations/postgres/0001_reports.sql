-- Readers' reports: the same columns as migrations/sqlite/0001_reports.sql.
CREATE TABLE reports (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    created_at BIGINT NOT NULL,
    lang       TEXT   NOT NULL,
    page       TEXT   NOT NULL,
    kind       TEXT   NOT NULL,
    details    TEXT   NOT NULL,
    contact    TEXT,
    closed_at  BIGINT,
    note       TEXT
);
CREATE INDEX reports_created_at ON reports (created_at);
