// Schema: a uniqueness constraint on `id` per node label (MERGE finds nodes
// through it and concurrent writers cannot duplicate a node), the full-text
// index over claim text, and the property indexes the read queries seek on.
// Every statement is idempotent (IF NOT EXISTS).
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (n:Claim) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT figure_id IF NOT EXISTS FOR (n:Figure) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT incident_id IF NOT EXISTS FOR (n:Incident) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT article_text_id IF NOT EXISTS FOR (n:ArticleText) REQUIRE n.id IS UNIQUE;
// The figure-links lock (cypher/write/lock_figure_links.cypher) is this constraint's entry.
CREATE CONSTRAINT ingest_lock_id IF NOT EXISTS FOR (n:IngestLock) REQUIRE n.id IS UNIQUE;
CREATE FULLTEXT INDEX claim_text IF NOT EXISTS FOR (n:Claim) ON EACH [n.text];
// Claims in search order (first_seen, id): a search matching many claims reads its page from it.
CREATE INDEX claim_first_seen IF NOT EXISTS FOR (n:Claim) ON (n.first_seen, n.id);
CREATE FULLTEXT INDEX actor_names IF NOT EXISTS FOR (n:Actor) ON EACH [n.name, n.search_names];
// Neo4j Browser's incident.cypher finds an incident by words of its label.
CREATE FULLTEXT INDEX incident_labels IF NOT EXISTS FOR (n:Incident) ON EACH [n.label];
CREATE INDEX article_text_sha256 IF NOT EXISTS FOR (n:Article) ON (n.text_sha256);
CREATE INDEX article_published IF NOT EXISTS FOR (n:Article) ON (n.published);
// An article's versions, by the key they share.
CREATE INDEX article_key IF NOT EXISTS FOR (n:Article) ON (n.key);
CREATE INDEX figure_metric IF NOT EXISTS FOR (n:Figure) ON (n.metric);
CREATE INDEX incident_kind IF NOT EXISTS FOR (n:Incident) ON (n.kind);
// New incidents are resolved against the stored ones whose window ends near theirs.
CREATE INDEX incident_date IF NOT EXISTS FOR (n:Incident) ON (n.window_end);
// Dated incidents newest first: the incident list reads its page from it and incident_date.
CREATE INDEX incident_day IF NOT EXISTS FOR (n:Incident) ON (n.date);
CREATE INDEX place_name IF NOT EXISTS FOR (n:Place) ON (n.name);
// A Place by its name ignoring case (its name lowered): the figures table at a place.
CREATE INDEX place_name_key IF NOT EXISTS FOR (n:Place) ON (n.name_key);
CREATE INDEX actor_name IF NOT EXISTS FOR (n:Actor) ON (n.name);
// An actor's claims in order, one range per speaker (graph.voice, claims_by_actor).
CREATE INDEX asserted_voice_key IF NOT EXISTS FOR ()-[r:ASSERTED]-() ON (r.voice_key);
// A metric's figures in the table's order, one range per metric (graph.stated, figures).
CREATE INDEX states_stated_key IF NOT EXISTS FOR ()-[r:STATES]-() ON (r.stated_key);
// One speaker's figures of a metric in order, one range per voice (graph.stated, figures_by_actor).
CREATE INDEX states_speaker_key IF NOT EXISTS FOR ()-[r:STATES]-() ON (r.speaker_key);
// The figures at one place of a metric in the table's order, one range per place (graph.stated, figures).
CREATE INDEX states_place_key IF NOT EXISTS FOR ()-[r:STATES]-() ON (r.place_key);
CREATE INDEX contradicts_metric IF NOT EXISTS FOR ()-[r:CONTRADICTS]-() ON (r.metric);
CREATE INDEX corroborates_metric IF NOT EXISTS FOR ()-[r:CORROBORATES]-() ON (r.metric);
