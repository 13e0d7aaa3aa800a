// Returns what a removal or a new reading must never leave behind, one count
// each (all 0 in a sound graph): claims no article reports, figures no claim
// states, incidents nothing counts or reports, actors, places and events with
// no relationship, kept texts of no article, articles two newer versions
// point to (a fork) and two versions of one article with one number.
// Visits every node of these labels on purpose (tests and audits).
RETURN
  COUNT { MATCH (c:Claim) WHERE NOT EXISTS { (c)-[:REPORTED_IN]->(:Article) } } AS claims_without_article,
  COUNT { MATCH (f:Figure) WHERE NOT EXISTS { (:Claim)-[:STATES]->(f) } } AS figures_without_claim,
  COUNT { MATCH (i:Incident) WHERE NOT EXISTS { (i)--() } } AS incidents_without_figure_or_article,
  COUNT { MATCH (a:Actor) WHERE NOT EXISTS { (a)--() } } AS actors_alone,
  COUNT { MATCH (p:Place|Event) WHERE NOT EXISTS { (p)--() } } AS places_and_events_alone,
  COUNT { MATCH (t:ArticleText) WHERE NOT EXISTS { (:Article)-[:HAS_TEXT]->(t) } } AS texts_without_article,
  COUNT { MATCH (a:Article) WHERE COUNT { (:Article)-[:PREVIOUS_VERSION]->(a) } > 1 } AS forked_versions,
  COUNT { MATCH (a:Article) WITH a.key AS key, a.version AS version, count(*) AS n WHERE n > 1 RETURN key }
    AS duplicate_versions
