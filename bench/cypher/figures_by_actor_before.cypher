// Returns what cypher/read/figures_by_actor.cypher returns, as it read it before graph.stated's
// speaker_key (kept to time against it in one run, bench.queries --only): each voice's
// voice_key range, every claim of it checked for a figure of the metric.
// Returns the actor with id $id (no row when there is none) and one page of the
// figures of metric $metric stated in the claims of its voices: the actor and,
// when $depth > 0, the actors that SPEAKS_FOR or are a MEMBER_OF it to $depth
// steps (at most 3; chains as in claims_by_actor). One row per speaker, claim
// and figure: the figure row of figures.cypher (stated_on, speakers, their
// organizations, articles, links, relations) plus the speaker and its chain.
// Filters: $filters, one map (as figures.cypher: one plan whether a key is null
// or not), its key place (as figures.cypher); $low/$high bound voice_key after the
// speaker's id (graph.voice.key_range of since/until: the date that speaker
// said it). Order: that date (nulls last), claim id, figure id, speaker id.
// $offset, $limit. Unless $history, not the claims that only replaced article
// versions report, nor links to them. total: the rows, counted up to $cap + 1
// (graph.results.FIGURE_TOTAL_CAP; the caller says whether they passed $cap). Cost: a page
// reads one voice_key range per voice, cut at $offset + $limit claims; the count stops at $cap + 1 rows.
MATCH (a:Actor {id: $id})
CALL (a) {
  OPTIONAL MATCH p = (m:Actor)-[:SPEAKS_FOR|MEMBER_OF*1..3]->(a)
  WHERE m <> a AND length(p) <= $depth
  WITH m, p ORDER BY length(p), [n IN nodes(p) | n.id], [r IN relationships(p) | type(r)]
  WITH m, collect(p)[0] AS p
  WHERE m IS NOT NULL
  WITH m, [r IN relationships(p) | {actor: properties(endNode(r)), relation: type(r), role: r.role}] AS chain
  ORDER BY m.id
  RETURN collect({actor: m, chain: chain}) AS members
}
CALL (a, members) {
  UNWIND [{actor: a, chain: []}] + members AS voice
  WITH voice.actor AS m, voice.chain AS chain,
       toString(voice.actor.id) + $low AS low, toString(voice.actor.id) + $high AS high
  CALL (m, low, high) {
    MATCH (s)-[r:ASSERTED]->(c:Claim)
    WHERE r.voice_key >= low AND r.voice_key < high AND s.id = m.id
      AND ($history OR (NOT EXISTS { (c)-[:REPORTED_IN]->(:Article {latest: false}) }
                        OR EXISTS { (c)-[:REPORTED_IN]->(:Article {latest: true}) }))
      AND EXISTS {
        (c)-[:STATES]->(f:Figure {metric: $metric})
        WHERE $filters.place IS NULL OR toLower(f.place) = toLower($filters.place)
           OR EXISTS { (c)-[:ABOUT]->(p:Place) WHERE toLower(p.name) = toLower($filters.place) OR p.id = $filters.place }
      }
    WITH r, c ORDER BY r.voice_key LIMIT $offset + $limit
    RETURN collect({asserted: r, claim: c}) AS first
  }
  RETURN collect({actor: properties(m), chain: chain, first: first}) AS voices
}
CALL (a, members) {
  UNWIND [a] + [v IN members | v.actor] AS m
  WITH m, toString(m.id) + $low AS low, toString(m.id) + $high AS high
  // Most claims state no figure: their STATES degree says so without reading their
  // relationships, and only a claim with a figure of the metric reads its versions.
  CALL (m, low, high) {
    MATCH (s)-[r:ASSERTED]->(c:Claim)
    USING INDEX r:ASSERTED(voice_key)
    WHERE r.voice_key >= low AND r.voice_key < high AND s.id = m.id AND COUNT { (c)-[:STATES]->() } > 0
    MATCH (c)-[:STATES]->(f:Figure {metric: $metric})
    WHERE $filters.place IS NULL OR toLower(f.place) = toLower($filters.place)
       OR EXISTS { (c)-[:ABOUT]->(p:Place) WHERE toLower(p.name) = toLower($filters.place) OR p.id = $filters.place }
    RETURN c, f
  }
  WITH c, f WHERE $history OR (NOT EXISTS { (c)-[:REPORTED_IN]->(:Article {latest: false}) }
                               OR EXISTS { (c)-[:REPORTED_IN]->(:Article {latest: true}) })
  WITH f LIMIT $cap + 1
  RETURN count(f) AS total
}
CALL (voices) {
  UNWIND voices AS voice
  UNWIND voice.first AS row
  WITH voice, row.asserted AS r, row.claim AS c
  MATCH (c)-[:STATES]->(f:Figure {metric: $metric})
  WHERE $filters.place IS NULL OR toLower(f.place) = toLower($filters.place)
     OR EXISTS { (c)-[:ABOUT]->(p:Place) WHERE toLower(p.name) = toLower($filters.place) OR p.id = $filters.place }
  WITH voice, c, f, coalesce(r.date, c.first_seen) AS date
  ORDER BY date, c.id, f.id, voice.actor.id
  WITH collect({voice: voice, claim: c, figure: f})[$offset..$offset + $limit] AS page
  UNWIND page AS row
  WITH row, row.figure AS f, row.claim AS c
  CALL (c) {
    OPTIONAL MATCH (:Actor)-[r:ASSERTED]->(c)
    RETURN min(r.date) AS asserted_on
  }
  WITH row, f, c, coalesce(asserted_on, c.first_seen) AS stated_on
  CALL (c) {
    MATCH (s:Actor)-[:ASSERTED]->(c)
    RETURN collect(DISTINCT properties(s)) AS stated_by
  }
  CALL (c) {
    MATCH (s:Actor)-[:ASSERTED]->(c)
    MATCH (s)-[:SPEAKS_FOR|MEMBER_OF]->(o:Actor)
    RETURN collect(DISTINCT properties(o)) AS on_behalf_of
  }
  CALL (c) {
    MATCH (c)-[:REPORTED_IN]->(art:Article)
    WITH DISTINCT art
    CALL (art) {
      MATCH (art)-[:PUBLISHED_BY]->(o:Actor)
      RETURN collect(properties(o)) AS publishers
    }
    CALL (art) {
      MATCH (art)-[:SYNDICATED_FROM]->(o:Actor)
      RETURN collect(properties(o)) AS agencies
    }
    RETURN collect({article: properties(art), publishers: publishers, agencies: agencies}) AS reported_in
  }
  CALL (c, f) {
    MATCH (c)-[r:CONTRADICTS|CORROBORATES]-(o:Claim)
    WHERE r.metric = f.metric
    WITH r, o, $history OR NOT EXISTS { (o)-[:REPORTED_IN]->(:Article {latest: false}) }
               OR EXISTS { (o)-[:REPORTED_IN]->(:Article {latest: true}) } AS shown
    WHERE shown
    CALL (o, r) {
      MATCH (o)-[:STATES]->(g:Figure)
      WHERE g.metric = r.metric
      RETURN collect(properties(g)) AS figures
    }
    CALL (o) {
      MATCH (s:Actor)-[:ASSERTED]->(o)
      RETURN collect(properties(s)) AS speakers
    }
    RETURN collect({kind: type(r), claim: properties(o), stated_by: speakers, figures: figures,
                    metric: r.metric, reason: r.reason}) AS links
  }
  CALL (f) {
    MATCH (f)-[r:EXCLUDES|PART_OF|REVISES]-(g:Figure)
    RETURN collect({relation: type(r), direction: CASE WHEN startNode(r) = f THEN 'outgoing' ELSE 'incoming' END,
                    figure: properties(g), reason: r.reason}) AS relations
  }
  RETURN collect({figure: properties(f), claim: properties(c), stated_on: stated_on,
                  stated_by: stated_by, on_behalf_of: on_behalf_of, reported_in: reported_in,
                  links: links, relations: relations, speaker: row.voice.actor, chain: row.voice.chain}) AS items
}
RETURN properties(a) AS actor, total, items
