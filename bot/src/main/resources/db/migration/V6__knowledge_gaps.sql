-- Knowledge gaps: questions the wiki did not answer well, for wiki editors. And what a reopened wiki answer needs:
-- the article the bot answered from, and the acknowledgement that a person takes over.

-- The article a message was answered from, so a gap can name it when the answer did not help.
ALTER TABLE message
    ADD COLUMN answer_article     text,
    ADD COLUMN answer_confidence  double precision;

ALTER TABLE reply DROP CONSTRAINT reply_kind_check;
ALTER TABLE reply ADD CONSTRAINT reply_kind_check
    CHECK (kind IN ('WIKI_ANSWER', 'CASE_ACKNOWLEDGEMENT', 'TRIAGE_ACKNOWLEDGEMENT', 'HANDOVER_ACKNOWLEDGEMENT'));
-- "MÄNNISKA" is checked against the last reply the citizen got on the channel.
CREATE INDEX reply_sent_to_idx ON reply (channel, recipient_ref, sent_at DESC) WHERE state = 'SENT';

-- One row per question: the bot abstained, the citizen said the answer did not help, or staff rejected the answer.
-- A later reason replaces an earlier one for the same message.
CREATE TABLE knowledge_gap (
    id           bigserial PRIMARY KEY,
    message_id   bigint      NOT NULL UNIQUE REFERENCES message (id),
    question     text        NOT NULL,
    language     text,
    reason       text        NOT NULL CHECK (reason IN ('ABSTAINED', 'NOT_HELPFUL', 'STAFF_REJECTED')),
    -- the article the bot came closest with (abstained) or answered from (not helpful, rejected)
    best_guess   text,
    confidence   double precision,
    recorded_at  timestamptz NOT NULL
);
CREATE INDEX knowledge_gap_recorded_at_idx ON knowledge_gap (recorded_at DESC);
