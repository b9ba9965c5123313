-- The short verification code printed on a pledge letter (twelve characters, no look-alikes), which a person types
-- or the letter's QR code carries to verify it. A lookup credential beside the sealed record, not part of it: the
-- registry's hashes do not cover it. Pledges signed from now on get it at signing; one signed before gets it the
-- first time its letter is rendered (PledgeQueries.forLetter), since only a letter rendered with it can carry it.
ALTER TABLE pledge ADD verification_code VARCHAR(12);
