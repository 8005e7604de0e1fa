-- Lower-casing can lengthen a text (U+0130 becomes two characters), so the lower-cased keys
-- need room for twice what the user may type: a 150-character username, a 254-character e-mail.
ALTER TABLE app_user ALTER COLUMN username_key SET DATA TYPE VARCHAR(300);
ALTER TABLE app_user ALTER COLUMN email_key SET DATA TYPE VARCHAR(508);
