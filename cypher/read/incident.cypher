// Returns one incident ($id) with everything its page shows, or no row: the
// incident; the articles that REPORT it (with publishers and agencies); every
// figure that COUNTS it (the COUNTS edge, the claim stating it, each speaker
// with the ASSERTED edge and the organisations it speaks for or belongs to,
// the article named on COUNTS with its publishers, agencies and the first
// sentence carrying the claim there, and the REVISES edges both ways); and
// the CONTRADICTS/CORROBORATES edges between claims whose figures of the
// edge's metric count it. Orders are set by the result models.
// Unless $history, not the replaced article versions, nor the figures and links
// of claims that only replaced versions report.
// Actors, articles and claims come as map projections of the fields their answer models keep
// (graph.results ActorRef, ArticleRef, ClaimRef; tests/unit/test_page_projections.py holds
// them to the models): whole property maps carried aliases, search names, hashes and ingest
// times that the answer drops (a quarter of a full page of figures, in bytes).
MATCH (i:Incident {id: $id})
CALL (i) {
  OPTIONAL MATCH (art:Article)-[:REPORTS]->(i)
  WITH art WHERE art IS NOT NULL AND ($history OR coalesce(art.latest, true))
  // One expansion for both: an article has too few edges for Neo4j to group them by
  // type, so expanding one type reads all of its edges, and two expansions read them twice.
  // (An aggregate over no rows is one row: an article with neither keeps its empty lists.)
  CALL (art) {
    MATCH (art)-[r:PUBLISHED_BY|SYNDICATED_FROM]->(o:Actor)
    RETURN collect(CASE type(r) WHEN 'PUBLISHED_BY' THEN o {.id, .name, .kind, .anonymous} END) AS publishers,
           collect(CASE type(r) WHEN 'SYNDICATED_FROM' THEN o {.id, .name, .kind, .anonymous} END) AS agencies
  }
  RETURN collect({article: art {.id, .title, .url, .published}, publishers: publishers, agencies: agencies})
         AS articles
}
CALL (i) {
  OPTIONAL MATCH (f:Figure)-[cnt:COUNTS]->(i)
  WITH f, cnt WHERE f IS NOT NULL
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
  CALL (c, cnt) {
    OPTIONAL MATCH (art:Article {id: cnt.article})
    OPTIONAL MATCH (c)-[m:REPORTED_IN]->(art)
    WITH art, m ORDER BY m.start
    WITH art, collect(m)[0].sentence AS sentence
    CALL (art) {
      MATCH (art)-[r:PUBLISHED_BY|SYNDICATED_FROM]->(o:Actor)
      RETURN collect(CASE type(r) WHEN 'PUBLISHED_BY' THEN o {.id, .name, .kind, .anonymous} END) AS publishers,
             collect(CASE type(r) WHEN 'SYNDICATED_FROM' THEN o {.id, .name, .kind, .anonymous} END) AS agencies
    }
    RETURN art {.id, .title, .url, .published} AS article, sentence, publishers, agencies
  }
  CALL (f) {
    OPTIONAL MATCH (f)-[:REVISES]->(g:Figure)
    RETURN [x IN collect(g.id) WHERE x IS NOT NULL] AS revises
  }
  CALL (f) {
    OPTIONAL MATCH (h:Figure)-[:REVISES]->(f)
    RETURN [x IN collect(h.id) WHERE x IS NOT NULL] AS revised_by
  }
  RETURN collect({figure: properties(f), counts: properties(cnt), claim: c {.id, .text, .quote, .first_seen},
                  speakers: speakers,
                  article: article, sentence: sentence, publishers: publishers, agencies: agencies,
                  revises: revises, revised_by: revised_by}) AS figures
}
CALL (i) {
  OPTIONAL MATCH (i)<-[:COUNTS]-(f1:Figure)<-[:STATES]-(a:Claim)-[r:CONTRADICTS|CORROBORATES]->(b:Claim)
                 -[:STATES]->(f2:Figure)-[:COUNTS]->(i)
  WHERE f1.metric = r.metric AND f2.metric = r.metric
    AND ($history OR ((NOT EXISTS { (a)-[:REPORTED_IN]->(:Article {latest: false}) }
                       OR EXISTS { (a)-[:REPORTED_IN]->(:Article {latest: true}) })
                      AND (NOT EXISTS { (b)-[:REPORTED_IN]->(:Article {latest: false}) }
                           OR EXISTS { (b)-[:REPORTED_IN]->(:Article {latest: true}) })))
  WITH DISTINCT a, r, b WHERE r IS NOT NULL
  CALL (a) {
    MATCH (s:Actor)-[:ASSERTED]->(a)
    RETURN collect(s {.id, .name, .kind, .anonymous}) AS a_stated_by
  }
  CALL (b) {
    MATCH (s:Actor)-[:ASSERTED]->(b)
    RETURN collect(s {.id, .name, .kind, .anonymous}) AS b_stated_by
  }
  RETURN collect({kind: type(r), metric: r.metric, reason: r.reason, a: a {.id, .text, .quote, .first_seen},
                  b: b {.id, .text, .quote, .first_seen},
                  a_stated_by: a_stated_by, b_stated_by: b_stated_by}) AS links
}
RETURN properties(i) AS incident, articles, figures, links
