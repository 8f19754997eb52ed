-- V4: a quote's speaker that is a pronoun or role noun coreference resolved ("he", "the
-- spokesperson") keeps the name it stands for and where that stands (docs/output-format.md,
-- "refers_to"). Older rows have NULL: their speakers were stored without it.

ALTER TABLE quotes ADD COLUMN speaker_refers_text VARCHAR;
ALTER TABLE quotes ADD COLUMN speaker_refers_begin INTEGER;
ALTER TABLE quotes ADD COLUMN speaker_refers_end INTEGER;
