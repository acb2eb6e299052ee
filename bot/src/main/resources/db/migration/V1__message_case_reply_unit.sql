-- civicbot's system of record. PostgreSQL only.

-- A responsible organisational unit (Gata & Park, VA, ...). Topics say which cases it gets.
CREATE TABLE unit (
    id      bigserial PRIMARY KEY,
    code    text   NOT NULL UNIQUE,
    name    text   NOT NULL,
    email   text,
    topics  text[] NOT NULL DEFAULT '{}'
);

-- Case numbers run per calendar year: 2026-000001, 2026-000002, ...
CREATE TABLE case_number_counter (
    year        integer PRIMARY KEY,
    last_number integer NOT NULL
);

-- "case" is an SQL keyword, hence the quotes; it is the domain's word (ärende).
CREATE TABLE "case" (
    id                   bigserial PRIMARY KEY,
    number               text        NOT NULL UNIQUE,
    category             text        NOT NULL,
    topic                text        NOT NULL,
    unit_id              bigint      NOT NULL REFERENCES unit (id),
    status               text        NOT NULL DEFAULT 'OPEN'
                         CHECK (status IN ('OPEN', 'IN_PROGRESS', 'RESOLVED', 'CLOSED')),
    location_kind        text,
    location_text        text,
    location_normalized  text,
    opened_at            timestamptz NOT NULL,
    reply_deadline       timestamptz NOT NULL,
    first_reply_at       timestamptz
);
CREATE INDEX case_status_deadline_idx ON "case" (status, reply_deadline);

CREATE TABLE message (
    id                   bigserial PRIMARY KEY,
    channel              text        NOT NULL,
    external_id          text        NOT NULL,
    thread_id            text,
    sender_ref           text        NOT NULL,
    text                 text        NOT NULL,
    attachments          jsonb       NOT NULL DEFAULT '[]',
    received_at          timestamptz NOT NULL,
    stored_at            timestamptz NOT NULL,
    reply_deadline       timestamptz NOT NULL,
    -- classification, written by the pipeline
    language             text,
    category             text,
    category_confidence  double precision,
    topic                text,
    topic_confidence     double precision,
    location_kind        text,
    location_text        text,
    location_normalized  text,
    -- where the message is in its life
    state                text        NOT NULL DEFAULT 'RECEIVED'
                         CHECK (state IN ('RECEIVED', 'ANSWERED', 'CASE_OPENED', 'TRIAGE', 'NO_ACTION')),
    decision_reason      text,
    case_id              bigint REFERENCES "case" (id),
    enqueued_at          timestamptz,
    processed_at         timestamptz,
    -- a platform delivering the same message twice (webhook retries) is stored once
    CONSTRAINT message_channel_external_id_key UNIQUE (channel, external_id)
);
CREATE INDEX message_unfinished_idx ON message (enqueued_at) WHERE state = 'RECEIVED';
CREATE INDEX message_received_at_idx ON message (received_at DESC);
CREATE INDEX message_sender_idx ON message (channel, sender_ref);

-- The outbox: every reply is written here in the same transaction as the decision, then sent.
CREATE TABLE reply (
    id                   bigserial PRIMARY KEY,
    message_id           bigint      NOT NULL REFERENCES message (id),
    case_id              bigint REFERENCES "case" (id),
    channel              text        NOT NULL,
    thread_id            text,
    recipient_ref        text        NOT NULL,
    kind                 text        NOT NULL CHECK (kind IN ('WIKI_ANSWER', 'CASE_ACKNOWLEDGEMENT', 'TRIAGE_ACKNOWLEDGEMENT')),
    text                 text        NOT NULL,
    -- one key per intended reply: a second insert of the same reply is a no-op
    reply_key            text        NOT NULL UNIQUE,
    state                text        NOT NULL DEFAULT 'PENDING' CHECK (state IN ('PENDING', 'SENT', 'FAILED')),
    attempts             integer     NOT NULL DEFAULT 0,
    last_error           text,
    created_at           timestamptz NOT NULL,
    next_attempt_at      timestamptz NOT NULL,
    sent_at              timestamptz,
    platform_message_id  text
);
CREATE INDEX reply_due_idx ON reply (next_attempt_at) WHERE state = 'PENDING';
CREATE INDEX reply_message_idx ON reply (message_id);
