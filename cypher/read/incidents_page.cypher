// Returns items: one page of the incident list, each with the incident, how many
// articles REPORT it, its figures (each with its claim, the claim's speakers with
// their ASSERTED edge and organisations, and the ids of the figures that REVISE it),
// and how many CONTRADICTS and CORROBORATES edges join claims whose figures of the
// edge's metric count it.
// $ids: incident ids in any order, every match of the list or, when its count passed the
// cap, the first $offset + $limit of each of incidents_dated, incidents_windowed and
// incidents_undated (which hold the list's first $offset + $limit); the page is the
// places $offset to $offset + $limit of them in the list's order: the day (the date,
// else the window's end) newest first, nulls last; then id.
// Unless $history, not the replaced article versions in the article count, nor the
// figures and conflicts of claims that only replaced versions report.
// Actors and claims come as map projections of the fields their answer models keep
// (graph.results ActorRef, ClaimRef; tests/unit/test_page_projections.py holds them to the
// models): whole property maps carried aliases, search names and roles the answer drops.
UNWIND $ids AS id
MATCH (i:Incident {id: id})
WITH i, coalesce(i.date, i.window_end) AS day
ORDER BY day IS NULL, day DESC, i.id
WITH collect(i)[$offset..$offset + $limit] AS page
CALL (page) {
  UNWIND page AS i
  CALL (i) {
    OPTIONAL MATCH (i)<-[:COUNTS]-(f1:Figure)<-[:STATES]-(a:Claim)-[r:CONTRADICTS|CORROBORATES]->(b:Claim)
                   -[:STATES]->(f2:Figure)-[:COUNTS]->(i)
    WHERE f1.metric = r.metric AND f2.metric = r.metric
      AND ($history OR ((NOT EXISTS { (a)-[:REPORTED_IN]->(:Article {latest: false}) }
                         OR EXISTS { (a)-[:REPORTED_IN]->(:Article {latest: true}) })
                        AND (NOT EXISTS { (b)-[:REPORTED_IN]->(:Article {latest: false}) }
                             OR EXISTS { (b)-[:REPORTED_IN]->(:Article {latest: true}) })))
    WITH DISTINCT r
    RETURN count(CASE WHEN type(r) = 'CONTRADICTS' THEN 1 END) AS contradictions,
           count(CASE WHEN type(r) = 'CORROBORATES' THEN 1 END) AS corroborations
  }
  CALL (i) {
    OPTIONAL MATCH (art:Article)-[:REPORTS]->(i)
    WHERE $history OR coalesce(art.latest, true)
    RETURN count(DISTINCT art) AS articles
  }
  CALL (i) {
    OPTIONAL MATCH (f:Figure)-[:COUNTS]->(i)
    WITH f WHERE f IS NOT NULL
    MATCH (c:Claim)-[:STATES]->(f)
    WHERE $history OR (NOT EXISTS { (c)-[:REPORTED_IN]->(:Article {latest: false}) }
                       OR EXISTS { (c)-[:REPORTED_IN]->(:Article {latest: true}) })
    CALL (c) {
      OPTIONAL MATCH (s:Actor)-[said:ASSERTED]->(c)
      WITH s, said WHERE s IS NOT NULL
      CALL (s) {
        MATCH (s)-[:SPEAKS_FOR|MEMBER_OF]->(o:Actor)
        RETURN collect(o {.id, .name, .kind, .anonymous}) AS orgs
      }
      RETURN collect({actor: s {.id, .name, .kind, .anonymous}, asserted: properties(said), orgs: orgs}) AS speakers
    }
    CALL (f) {
      OPTIONAL MATCH (h:Figure)-[:REVISES]->(f)
      RETURN [x IN collect(h.id) WHERE x IS NOT NULL] AS revised_by
    }
    RETURN collect({figure: properties(f), claim: c {.id, .text, .quote, .first_seen}, speakers: speakers,
                    revised_by: revised_by}) AS figures
  }
  RETURN collect({incident: properties(i), articles: articles, figures: figures,
                  contradictions: contradictions, corroborations: corroborations}) AS items
}
RETURN items
