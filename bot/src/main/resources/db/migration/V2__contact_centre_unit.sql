-- Every municipality has a contact centre; it gets the cases no other unit claims, so routing never fails.
INSERT INTO unit (code, name, email, topics) VALUES ('KONTAKTCENTER', 'Kontaktcenter', NULL, '{OTHER}');
