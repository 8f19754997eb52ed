-- V3: events coded with a loaded dictionary's own codes outside CAMEO (the WEIS codes of
-- PETRARCH's validation dictionary, say) have no quad class and no Goldstein weight: both
-- columns take NULL for them. Aggregates leave such events out (docs/store.md).

ALTER TABLE mentions ALTER COLUMN quad_class DROP NOT NULL;
ALTER TABLE mentions ALTER COLUMN goldstein DROP NOT NULL;
ALTER TABLE events ALTER COLUMN quad_class DROP NOT NULL;
ALTER TABLE events ALTER COLUMN goldstein DROP NOT NULL;
