-- Readers' reports. Times are seconds since 1970-01-01 UTC, so both databases store and
-- compare them the same way. Nothing here identifies the reader unless they typed it.
CREATE TABLE reports (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    created_at INTEGER NOT NULL,
    lang       TEXT    NOT NULL,
    page       TEXT    NOT NULL,
    kind       TEXT    NOT NULL,
    details    TEXT    NOT NULL,
    contact    TEXT,
    closed_at  INTEGER,
    note       TEXT
);
CREATE INDEX reports_created_at ON reports (created_at);
