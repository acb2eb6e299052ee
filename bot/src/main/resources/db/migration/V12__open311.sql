-- Open311 GeoReport v2 (docs/open311.md). GET requests searches cases by when they were opened (the last 90 days
-- by default), and shows the media URL an app posted with a request, found through the case's Open311 messages.
CREATE INDEX case_opened_at_idx ON "case" (opened_at DESC, id DESC);
CREATE INDEX message_open311_case_idx ON message (case_id) WHERE channel = 'open311';
