-- Where each polled account was last read up to (X's since_id, a Graph cursor). Written only after the
-- messages of a poll are stored, so a crash re-reads a page and the duplicates are dropped by external id.
CREATE TABLE channel_cursor (
    channel     text        NOT NULL,
    account     text        NOT NULL,
    cursor      text        NOT NULL,
    updated_at  timestamptz NOT NULL,
    PRIMARY KEY (channel, account)
);
