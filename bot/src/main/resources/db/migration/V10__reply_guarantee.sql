-- The reply guarantee, watched: when each message was first replied to (a wiki answer from the bot counts, unless
-- the citizen says it did not help; acknowledgements do not), who works on it, and the warnings, escalations and
-- breaches the monitor recorded, each once per message.
ALTER TABLE message ADD COLUMN replied_at timestamptz, ADD COLUMN assignee text;
UPDATE message SET replied_at = processed_at WHERE state = 'ANSWERED';
CREATE INDEX message_awaiting_reply_idx ON message (reply_deadline) WHERE replied_at IS NULL;

-- Who is escalated to when a unit's message is about to miss its deadline.
ALTER TABLE unit ADD COLUMN lead text;

-- Staff replies go out through the outbox like the bot's, with their author.
ALTER TABLE reply DROP CONSTRAINT reply_kind_check;
ALTER TABLE reply ADD CONSTRAINT reply_kind_check
    CHECK (kind IN ('WIKI_ANSWER', 'CASE_ACKNOWLEDGEMENT', 'TRIAGE_ACKNOWLEDGEMENT', 'HANDOVER_ACKNOWLEDGEMENT',
                    'STAFF_REPLY'));
ALTER TABLE reply ADD COLUMN author text;

CREATE TABLE sla_event (
    id          bigserial PRIMARY KEY,
    message_id  bigint      NOT NULL REFERENCES message (id),
    kind        text        NOT NULL CHECK (kind IN ('WARNING', 'ESCALATED_TO_UNIT_LEAD', 'ESCALATED_TO_SUPERVISOR',
                                                     'BREACH')),
    recipient   text,
    at          timestamptz NOT NULL,
    deadline    timestamptz NOT NULL,
    cause       text,
    UNIQUE (message_id, kind)
);
CREATE INDEX sla_event_at_idx ON sla_event (at);
