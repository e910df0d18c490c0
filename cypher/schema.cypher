// The graph's schema: constraints and indexes, applied at every start.
// Every statement is idempotent (IF NOT EXISTS); statements end with a semicolon.

// One node per canonical document symbol (A/RES/61/177, A/HRC/RES/36/6, S/RES/1325 (2000), A/74/213 …).
CREATE CONSTRAINT document_symbol IF NOT EXISTS
FOR (d:Document) REQUIRE d.symbol IS UNIQUE;

// One node per named instrument (the gazetteer key, e.g. "ICPPED").
CREATE CONSTRAINT instrument_key IF NOT EXISTS
FOR (i:Instrument) REQUIRE i.key IS UNIQUE;

// One node per subject keyword ("SDG:3.7", "UNBIS:health", "EuroVoc:public_health").
CREATE CONSTRAINT subject_key IF NOT EXISTS
FOR (s:Subject) REQUIRE s.key IS UNIQUE;

// One node per file ingested whole (a hash of its path, size, time and the extractor's revision).
CREATE CONSTRAINT ingested_file_key IF NOT EXISTS
FOR (f:IngestedFile) REQUIRE f.key IS UNIQUE;

// Filters used by search and lineage.
CREATE INDEX document_body IF NOT EXISTS FOR (d:Document) ON (d.body);
CREATE INDEX document_kind IF NOT EXISTS FOR (d:Document) ON (d.kind);
CREATE INDEX document_date IF NOT EXISTS FOR (d:Document) ON (d.date);
CREATE INDEX document_session IF NOT EXISTS FOR (d:Document) ON (d.session);

// Titles and names by words: one index per analyzer, since CJK text needs its own.
CREATE FULLTEXT INDEX title_words IF NOT EXISTS
FOR (n:Document|Instrument) ON EACH [n.title_en, n.name_en, n.shortNames_en]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words' } };

CREATE FULLTEXT INDEX title_words_zh IF NOT EXISTS
FOR (n:Document|Instrument) ON EACH [n.title_zh, n.name_zh, n.shortNames_zh]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } };

// French, Spanish, Russian and Arabic titles: words split at spaces and punctuation, kept whole
// (no stemming, so one analyzer serves the four scripts and "résolution" finds "résolution").
CREATE FULLTEXT INDEX title_words_other IF NOT EXISTS
FOR (n:Document|Instrument) ON EACH [n.title_fr, n.name_fr, n.title_es, n.name_es, n.title_ru, n.name_ru, n.title_ar, n.name_ar]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words' } };

// The graph's one version node (cypher/write/graph-version.cypher): ingests that run at once MERGE the same one.
CREATE CONSTRAINT graph_version_id IF NOT EXISTS
FOR (v:GraphVersion) REQUIRE v.id IS UNIQUE;
