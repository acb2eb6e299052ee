-- Each case gets an unguessable token for its public tracking page /t/{token}: status, history and expected date,
-- no personal data. 128 random bits; cases opened before this get one too.
ALTER TABLE "case" ADD COLUMN tracking_token text;
UPDATE "case" SET tracking_token = replace(gen_random_uuid()::text, '-', '') WHERE tracking_token IS NULL;
ALTER TABLE "case" ALTER COLUMN tracking_token SET NOT NULL;
ALTER TABLE "case" ADD CONSTRAINT case_tracking_token_key UNIQUE (tracking_token);
