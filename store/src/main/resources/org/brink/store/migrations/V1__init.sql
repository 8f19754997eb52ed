-- V1: the first schema. One row per stored article, event, quote and problem.
-- Column names follow docs/output-format.md, flattened: source {code, text, span} becomes
-- source_code, source_text, source_begin, source_end. Spans are [begin, end) in UTF-16 code
-- units into articles.text. No foreign keys: DuckDB forbids updating or deleting a referenced
-- row, which later merge and recode steps need; EventStore writes an article's rows together in
-- one transaction instead.

CREATE TABLE articles (
  id             VARCHAR PRIMARY KEY,
  content_hash   VARCHAR NOT NULL,
  title          VARCHAR,
  published      DATE,
  url            VARCHAR,
  outlet         VARCHAR,
  input          VARCHAR NOT NULL,
  text           VARCHAR NOT NULL,
  sentence_count INTEGER NOT NULL,
  coded_at       TIMESTAMP NOT NULL
);

CREATE TABLE events (
  id               VARCHAR PRIMARY KEY,
  article_id       VARCHAR NOT NULL,
  code             VARCHAR NOT NULL,
  root             VARCHAR NOT NULL,
  name             VARCHAR NOT NULL,
  quad_class       INTEGER NOT NULL,
  goldstein        DOUBLE NOT NULL,
  plover_category  VARCHAR,
  plover_mode      VARCHAR,
  plover_context   VARCHAR,
  modality         VARCHAR NOT NULL,
  source_code      VARCHAR,
  source_text      VARCHAR,
  source_begin     INTEGER,
  source_end       INTEGER,
  target_code      VARCHAR,
  target_text      VARCHAR,
  target_begin     INTEGER,
  target_end       INTEGER,
  "date"           DATE,
  date_basis       VARCHAR,
  location_name    VARCHAR,
  location_country VARCHAR,
  location_admin1  VARCHAR,
  lat              DOUBLE,
  lon              DOUBLE,
  geonames_id      BIGINT,
  sentence_index   INTEGER NOT NULL,
  sentence_text    VARCHAR NOT NULL,
  sentence_begin   INTEGER NOT NULL,
  sentence_end     INTEGER NOT NULL,
  trigger_text     VARCHAR NOT NULL,
  trigger_begin    INTEGER NOT NULL,
  trigger_end      INTEGER NOT NULL,
  rule             VARCHAR NOT NULL,
  confidence       DOUBLE NOT NULL
);

CREATE TABLE quotes (
  article_id    VARCHAR NOT NULL,
  n             INTEGER NOT NULL,
  text          VARCHAR NOT NULL,
  "begin"       INTEGER NOT NULL,
  "end"         INTEGER NOT NULL,
  speaker_text  VARCHAR,
  speaker_code  VARCHAR,
  speaker_begin INTEGER,
  speaker_end   INTEGER,
  PRIMARY KEY (article_id, n)
);

-- article_id is null for an input from which no article could be formed.
CREATE TABLE problems (
  article_id VARCHAR,
  source     VARCHAR NOT NULL,
  code       VARCHAR NOT NULL,
  message    VARCHAR NOT NULL,
  "at"       TIMESTAMP NOT NULL
);
