-- Staff and statistics see a sender as a stable pseudonym (an HMAC of channel and platform reference); the
-- platform reference itself (phone number, page-scoped id) stays in sender_ref and thread_id, used only to
-- reply, so it can be erased on its own when retention asks.
ALTER TABLE message ADD COLUMN sender_id text;
CREATE INDEX message_sender_id_idx ON message (sender_id, received_at);

-- Secrets the installation generates for itself the first time it needs them (shared by all instances).
CREATE TABLE installation_secret (
    name        text PRIMARY KEY,
    value       text        NOT NULL,
    created_at  timestamptz NOT NULL
);
