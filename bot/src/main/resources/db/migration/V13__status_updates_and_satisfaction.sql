-- Citizens are told when their case changes status, through the channel they wrote on (reply kind STATUS_UPDATE).
-- REDIRECT is the kind that routing by area adds (another authority maintains the place); kept in the list so
-- this migration allows every kind the application writes.
ALTER TABLE reply DROP CONSTRAINT reply_kind_check;
ALTER TABLE reply ADD CONSTRAINT reply_kind_check
    CHECK (kind IN ('WIKI_ANSWER', 'CASE_ACKNOWLEDGEMENT', 'TRIAGE_ACKNOWLEDGEMENT', 'HANDOVER_ACKNOWLEDGEMENT',
                    'REDIRECT', 'STAFF_REPLY', 'STATUS_UPDATE'));

-- After resolution the citizen is asked how satisfied they are, one tap on the case's tracking page. One answer
-- per case: a later tap replaces the earlier one (the citizen may correct a slip), answered_at is the latest.
CREATE TABLE satisfaction_answer (
    case_id      bigint      PRIMARY KEY REFERENCES "case" (id),
    score        smallint    NOT NULL CHECK (score BETWEEN 1 AND 5),
    answered_at  timestamptz NOT NULL
);
CREATE INDEX satisfaction_answer_at_idx ON satisfaction_answer (answered_at);
