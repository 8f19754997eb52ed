-- V2: mentions and merged events. What V1 called events are mentions: one coded event per
-- sentence, with its evidence. The new events table holds real-world events, each merged from
-- the mentions of one event across sentences, articles and outlets (docs/store.md says how).
-- events, event_mentions and actors are derived from mentions and articles: the merge rebuilds
-- them, so they carry no primary key (DuckDB checks a key eagerly when a row is deleted and
-- inserted again in one transaction). Renaming keeps every V1 row; the merge fills the derived
-- tables on the first open that finds them stale (merge_state).

ALTER TABLE events RENAME TO mentions;

CREATE TABLE events (
  id               BIGINT NOT NULL,
  "day"            DATE NOT NULL,
  source_code      VARCHAR,
  source_name      VARCHAR,
  source_country   VARCHAR,
  target_code      VARCHAR,
  target_name      VARCHAR,
  target_country   VARCHAR,
  code             VARCHAR NOT NULL,
  root             VARCHAR NOT NULL,
  name             VARCHAR NOT NULL,
  quad_class       INTEGER NOT NULL,
  goldstein        DOUBLE NOT NULL,
  modality         VARCHAR NOT NULL,
  is_root          BOOLEAN NOT NULL,
  num_mentions     INTEGER NOT NULL,
  num_articles     INTEGER NOT NULL,
  num_sources      INTEGER NOT NULL,
  first_seen       DATE NOT NULL,
  last_seen        DATE NOT NULL,
  location_name    VARCHAR,
  location_country VARCHAR,
  location_admin1  VARCHAR,
  lat              DOUBLE,
  lon              DOUBLE,
  geonames_id      BIGINT,
  confidence       DOUBLE NOT NULL,
  source_url       VARCHAR,
  added_at         TIMESTAMP NOT NULL
);

-- One row per mention that belongs to a merged event; negated and hypothetical mentions have none.
CREATE TABLE event_mentions (
  mention_id VARCHAR NOT NULL,
  event_id   BIGINT NOT NULL
);

-- Distinct actor codes seen in mentions, as source or target.
CREATE TABLE actors (
  code     VARCHAR NOT NULL,
  country  VARCHAR NOT NULL,
  name     VARCHAR NOT NULL,
  names    VARCHAR[] NOT NULL,
  mentions BIGINT NOT NULL,
  articles BIGINT NOT NULL
);

-- What the derived tables were built from: the merge runs again when these differ from now.
CREATE TABLE merge_state (
  articles  BIGINT NOT NULL,
  mentions  BIGINT NOT NULL,
  config    VARCHAR NOT NULL,
  merged_at TIMESTAMP NOT NULL
);
