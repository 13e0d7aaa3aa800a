// Returns what the incident list returned as one statement, before its count and ordered walks
// became statements of their own (kept to time and plan against them in one run: bench.queries
// --plan-time, --only). It held the list's filter four times and took seconds longer to plan.
// One page of incidents: total, capped, then items, each with the incident,
// how many articles REPORT it, its figures (each with its claim, the
// claim's speakers with their ASSERTED edge and organisations, and the ids
// of the figures that REVISE it), and how many CONTRADICTS and CORROBORATES
// edges join claims whose figures of the edge's metric count it.
// $kinds is every kind asked for.
// Filters, the keys of one map $filters: place (the incident's place contains
// it, ignoring case); since, until (inclusive, on the incident's window: its
// end on or after since, its start on or before until); metric (some figure of
// that metric); words (each word is in the label, the text of a claim counting
// it or the name of its speaker, ignoring case); has_conflict (true: some
// CONTRADICTS edge; false: none); by (an actor id: some figure counting it was
// stated by that actor or, to depth steps of SPEAKS_FOR/MEMBER_OF (at most 3),
// by an actor that speaks for or belongs to it; graph.voice). A key null: no
// such filter.
// Unless $history, not the incidents that only replaced article versions REPORT,
// nor the replaced versions in the article count, nor the figures and conflicts
// of claims that only replaced versions report; the filters metric, words, by
// and has_conflict look at those same claims (a figure or conflict the page
// would not show does not select the incident). The version test sits inside
// each EXISTS, after the pattern and its cheaper predicates matched.
// Order: the day (the date, else the window's end) newest first, nulls last; then id.
// $offset, $limit; $cap: the most matches counted (graph.results.INCIDENT_TOTAL_CAP).
// Why one map: Cypher caches a plan per query text and parameter types, and a
// filter given or not (a value or null) is another type, so separate
// parameters made a plan, which takes this query seconds to make, for each
// combination of filters asked.
// Cost: the matches are counted up to $cap + 1 through the kind index. Up to $cap they
// are the answer: total exact, sorted here. Past it (capped: true, total = $cap) the page
// is read in order in three parts that each stop after $offset + $limit matches: the dated
// from the incident_day index, the undated by their window's end from incident_date
// (starting at the last dated one's day when the dated fill the page), then, if the page
// reaches past those, the ones with neither by id; so a list matching many incidents costs
// about the cap and the page, not every incident. The figures and the conflict counts
// are read for the page's incidents only.
// The filter is one text, repeated in the count and the three parts: Cypher has no shared
// predicate. In it, has_conflict is read only when asked for (an EXISTS compared with a
// value is computed for every row; one behind a filter on the parameter is not), and
// whether a latest version reports the incident after the place and dates.
CALL () {
  OPTIONAL MATCH (by:Actor {id: $filters.by})
  OPTIONAL MATCH p = (m:Actor)-[:SPEAKS_FOR|MEMBER_OF*1..3]->(by)
  WHERE m <> by AND length(p) <= $filters.depth
  WITH by, collect(DISTINCT m.id) AS members
  RETURN [x IN [by.id] + members WHERE x IS NOT NULL] AS voices
}
// The matches, counted up to $cap + 1 through the kind index.
CALL (voices) {
  UNWIND $kinds AS kind
  MATCH (i:Incident {kind: kind})
  WITH i, voices
  WHERE ($filters.place IS NULL OR toLower(i.place) CONTAINS toLower($filters.place))
    AND ($filters.since IS NULL OR i.window_end >= $filters.since)
    AND ($filters.until IS NULL OR i.window_start <= $filters.until)
    AND ($history OR NOT EXISTS { (i)<-[:REPORTS]-(:Article {latest: false}) }
         OR EXISTS { (i)<-[:REPORTS]-(:Article {latest: true}) })
    AND ($filters.by IS NULL OR EXISTS { (i)<-[:COUNTS]-(:Figure)<-[:STATES]-(c:Claim)<-[:ASSERTED]-(s:Actor)
                                 WHERE s.id IN voices
                                   AND ($history OR NOT EXISTS { (c)-[:REPORTED_IN]->(:Article {latest: false}) }
                                        OR EXISTS { (c)-[:REPORTED_IN]->(:Article {latest: true}) }) })
    AND ($filters.metric IS NULL OR EXISTS { (i)<-[:COUNTS]-(f:Figure)<-[:STATES]-(c:Claim)
                                     WHERE f.metric = $filters.metric
                                       AND ($history OR NOT EXISTS { (c)-[:REPORTED_IN]->(:Article {latest: false}) }
                                            OR EXISTS { (c)-[:REPORTED_IN]->(:Article {latest: true}) }) })
    AND all(w IN $filters.words WHERE toLower(i.label) CONTAINS w
            OR EXISTS { (i)<-[:COUNTS]-(:Figure)<-[:STATES]-(c:Claim)
                        WHERE (toLower(c.text) CONTAINS w
                               OR EXISTS { (c)<-[:ASSERTED]-(s:Actor) WHERE toLower(s.name) CONTAINS w })
                          AND ($history OR NOT EXISTS { (c)-[:REPORTED_IN]->(:Article {latest: false}) }
                               OR EXISTS { (c)-[:REPORTED_IN]->(:Article {latest: true}) }) })
  CALL (i) {
    WITH i WHERE $filters.has_conflict IS NOT NULL
    RETURN EXISTS {
      (i)<-[:COUNTS]-(f1:Figure)<-[:STATES]-(a:Claim)-[r:CONTRADICTS]->(b:Claim)-[:STATES]->(f2:Figure)-[:COUNTS]->(i)
      WHERE f1.metric = r.metric AND f2.metric = r.metric
        AND ($history OR ((NOT EXISTS { (a)-[:REPORTED_IN]->(:Article {latest: false}) }
                           OR EXISTS { (a)-[:REPORTED_IN]->(:Article {latest: true}) })
                          AND (NOT EXISTS { (b)-[:REPORTED_IN]->(:Article {latest: false}) }
                               OR EXISTS { (b)-[:REPORTED_IN]->(:Article {latest: true}) }))) } AS conflicted
    UNION
    WITH i WHERE $filters.has_conflict IS NULL
    RETURN null AS conflicted
  }
  WITH i, conflicted
  WHERE $filters.has_conflict IS NULL OR conflicted = $filters.has_conflict
  WITH i LIMIT $cap + 1
  RETURN collect(i) AS found
}
WITH voices, found, size(found) > $cap AS capped
CALL (voices, found, capped) {
  WITH found WHERE NOT capped
  CALL (found) {
    UNWIND found AS i
    WITH i, coalesce(i.date, i.window_end) AS day
    ORDER BY day IS NULL, day DESC, i.id
    RETURN collect(i) AS ordered
  }
  RETURN ordered
UNION
  WITH voices, capped WHERE capped
  // Dated (their day is the date), newest first from the incident_day index.
  CALL (voices) {
    MATCH (i:Incident) USING INDEX i:Incident(date)
    WHERE i.date IS NOT NULL AND i.kind IN $kinds
    WITH i, voices
    WHERE ($filters.place IS NULL OR toLower(i.place) CONTAINS toLower($filters.place))
      AND ($filters.since IS NULL OR i.window_end >= $filters.since)
      AND ($filters.until IS NULL OR i.window_start <= $filters.until)
      AND ($history OR NOT EXISTS { (i)<-[:REPORTS]-(:Article {latest: false}) }
           OR EXISTS { (i)<-[:REPORTS]-(:Article {latest: true}) })
      AND ($filters.by IS NULL OR EXISTS { (i)<-[:COUNTS]-(:Figure)<-[:STATES]-(c:Claim)<-[:ASSERTED]-(s:Actor)
                                   WHERE s.id IN voices
                                     AND ($history OR NOT EXISTS { (c)-[:REPORTED_IN]->(:Article {latest: false}) }
                                          OR EXISTS { (c)-[:REPORTED_IN]->(:Article {latest: true}) }) })
      AND ($filters.metric IS NULL OR EXISTS { (i)<-[:COUNTS]-(f:Figure)<-[:STATES]-(c:Claim)
                                       WHERE f.metric = $filters.metric
                                         AND ($history OR NOT EXISTS { (c)-[:REPORTED_IN]->(:Article {latest: false}) }
                                              OR EXISTS { (c)-[:REPORTED_IN]->(:Article {latest: true}) }) })
      AND all(w IN $filters.words WHERE toLower(i.label) CONTAINS w
              OR EXISTS { (i)<-[:COUNTS]-(:Figure)<-[:STATES]-(c:Claim)
                          WHERE (toLower(c.text) CONTAINS w
                                 OR EXISTS { (c)<-[:ASSERTED]-(s:Actor) WHERE toLower(s.name) CONTAINS w })
                            AND ($history OR NOT EXISTS { (c)-[:REPORTED_IN]->(:Article {latest: false}) }
                                 OR EXISTS { (c)-[:REPORTED_IN]->(:Article {latest: true}) }) })
    CALL (i) {
      WITH i WHERE $filters.has_conflict IS NOT NULL
      RETURN EXISTS {
        (i)<-[:COUNTS]-(f1:Figure)<-[:STATES]-(a:Claim)-[r:CONTRADICTS]->(b:Claim)-[:STATES]->(f2:Figure)-[:COUNTS]->(i)
        WHERE f1.metric = r.metric AND f2.metric = r.metric
          AND ($history OR ((NOT EXISTS { (a)-[:REPORTED_IN]->(:Article {latest: false}) }
                             OR EXISTS { (a)-[:REPORTED_IN]->(:Article {latest: true}) })
                            AND (NOT EXISTS { (b)-[:REPORTED_IN]->(:Article {latest: false}) }
                                 OR EXISTS { (b)-[:REPORTED_IN]->(:Article {latest: true}) }))) } AS conflicted
      UNION
      WITH i WHERE $filters.has_conflict IS NULL
      RETURN null AS conflicted
    }
    WITH i, conflicted
    WHERE $filters.has_conflict IS NULL OR conflicted = $filters.has_conflict
    WITH i ORDER BY i.date DESC, i.id LIMIT $offset + $limit
    RETURN collect(i) AS dated
  }
  // Undated with a window (their day is its end), from the incident_date index. When the dated
  // fill the page, only the windows ending on or after the last of them can come before it, so
  // the seek starts at its date; else at the earliest date.
  CALL (voices, dated) {
    WITH voices, CASE WHEN size(dated) >= $offset + $limit THEN last(dated).date
                      ELSE date({year: -999999999, month: 1, day: 1}) END AS low
    MATCH (i:Incident) USING INDEX i:Incident(window_end)
    WHERE i.window_end >= low AND i.date IS NULL AND i.kind IN $kinds
    WITH i, voices
    WHERE ($filters.place IS NULL OR toLower(i.place) CONTAINS toLower($filters.place))
      AND ($filters.since IS NULL OR i.window_end >= $filters.since)
      AND ($filters.until IS NULL OR i.window_start <= $filters.until)
      AND ($history OR NOT EXISTS { (i)<-[:REPORTS]-(:Article {latest: false}) }
           OR EXISTS { (i)<-[:REPORTS]-(:Article {latest: true}) })
      AND ($filters.by IS NULL OR EXISTS { (i)<-[:COUNTS]-(:Figure)<-[:STATES]-(c:Claim)<-[:ASSERTED]-(s:Actor)
                                   WHERE s.id IN voices
                                     AND ($history OR NOT EXISTS { (c)-[:REPORTED_IN]->(:Article {latest: false}) }
                                          OR EXISTS { (c)-[:REPORTED_IN]->(:Article {latest: true}) }) })
      AND ($filters.metric IS NULL OR EXISTS { (i)<-[:COUNTS]-(f:Figure)<-[:STATES]-(c:Claim)
                                       WHERE f.metric = $filters.metric
                                         AND ($history OR NOT EXISTS { (c)-[:REPORTED_IN]->(:Article {latest: false}) }
                                              OR EXISTS { (c)-[:REPORTED_IN]->(:Article {latest: true}) }) })
      AND all(w IN $filters.words WHERE toLower(i.label) CONTAINS w
              OR EXISTS { (i)<-[:COUNTS]-(:Figure)<-[:STATES]-(c:Claim)
                          WHERE (toLower(c.text) CONTAINS w
                                 OR EXISTS { (c)<-[:ASSERTED]-(s:Actor) WHERE toLower(s.name) CONTAINS w })
                            AND ($history OR NOT EXISTS { (c)-[:REPORTED_IN]->(:Article {latest: false}) }
                                 OR EXISTS { (c)-[:REPORTED_IN]->(:Article {latest: true}) }) })
    CALL (i) {
      WITH i WHERE $filters.has_conflict IS NOT NULL
      RETURN EXISTS {
        (i)<-[:COUNTS]-(f1:Figure)<-[:STATES]-(a:Claim)-[r:CONTRADICTS]->(b:Claim)-[:STATES]->(f2:Figure)-[:COUNTS]->(i)
        WHERE f1.metric = r.metric AND f2.metric = r.metric
          AND ($history OR ((NOT EXISTS { (a)-[:REPORTED_IN]->(:Article {latest: false}) }
                             OR EXISTS { (a)-[:REPORTED_IN]->(:Article {latest: true}) })
                            AND (NOT EXISTS { (b)-[:REPORTED_IN]->(:Article {latest: false}) }
                                 OR EXISTS { (b)-[:REPORTED_IN]->(:Article {latest: true}) }))) } AS conflicted
      UNION
      WITH i WHERE $filters.has_conflict IS NULL
      RETURN null AS conflicted
    }
    WITH i, conflicted
    WHERE $filters.has_conflict IS NULL OR conflicted = $filters.has_conflict
    WITH i ORDER BY i.window_end DESC, i.id LIMIT $offset + $limit
    RETURN collect(i) AS windowed
  }
  // Neither date nor window: last, by id, read only when the page reaches past the others
  // (null: the seek finds nothing).
  CALL (voices, dated, windowed) {
    WITH voices, CASE WHEN size(dated) + size(windowed) < $offset + $limit THEN '' END AS low
    MATCH (i:Incident) USING INDEX i:Incident(id)
    WHERE i.id >= low AND i.date IS NULL AND i.window_end IS NULL AND i.kind IN $kinds
    WITH i, voices
    WHERE ($filters.place IS NULL OR toLower(i.place) CONTAINS toLower($filters.place))
      AND ($filters.since IS NULL OR i.window_end >= $filters.since)
      AND ($filters.until IS NULL OR i.window_start <= $filters.until)
      AND ($history OR NOT EXISTS { (i)<-[:REPORTS]-(:Article {latest: false}) }
           OR EXISTS { (i)<-[:REPORTS]-(:Article {latest: true}) })
      AND ($filters.by IS NULL OR EXISTS { (i)<-[:COUNTS]-(:Figure)<-[:STATES]-(c:Claim)<-[:ASSERTED]-(s:Actor)
                                   WHERE s.id IN voices
                                     AND ($history OR NOT EXISTS { (c)-[:REPORTED_IN]->(:Article {latest: false}) }
                                          OR EXISTS { (c)-[:REPORTED_IN]->(:Article {latest: true}) }) })
      AND ($filters.metric IS NULL OR EXISTS { (i)<-[:COUNTS]-(f:Figure)<-[:STATES]-(c:Claim)
                                       WHERE f.metric = $filters.metric
                                         AND ($history OR NOT EXISTS { (c)-[:REPORTED_IN]->(:Article {latest: false}) }
                                              OR EXISTS { (c)-[:REPORTED_IN]->(:Article {latest: true}) }) })
      AND all(w IN $filters.words WHERE toLower(i.label) CONTAINS w
              OR EXISTS { (i)<-[:COUNTS]-(:Figure)<-[:STATES]-(c:Claim)
                          WHERE (toLower(c.text) CONTAINS w
                                 OR EXISTS { (c)<-[:ASSERTED]-(s:Actor) WHERE toLower(s.name) CONTAINS w })
                            AND ($history OR NOT EXISTS { (c)-[:REPORTED_IN]->(:Article {latest: false}) }
                                 OR EXISTS { (c)-[:REPORTED_IN]->(:Article {latest: true}) }) })
    CALL (i) {
      WITH i WHERE $filters.has_conflict IS NOT NULL
      RETURN EXISTS {
        (i)<-[:COUNTS]-(f1:Figure)<-[:STATES]-(a:Claim)-[r:CONTRADICTS]->(b:Claim)-[:STATES]->(f2:Figure)-[:COUNTS]->(i)
        WHERE f1.metric = r.metric AND f2.metric = r.metric
          AND ($history OR ((NOT EXISTS { (a)-[:REPORTED_IN]->(:Article {latest: false}) }
                             OR EXISTS { (a)-[:REPORTED_IN]->(:Article {latest: true}) })
                            AND (NOT EXISTS { (b)-[:REPORTED_IN]->(:Article {latest: false}) }
                                 OR EXISTS { (b)-[:REPORTED_IN]->(:Article {latest: true}) }))) } AS conflicted
      UNION
      WITH i WHERE $filters.has_conflict IS NULL
      RETURN null AS conflicted
    }
    WITH i, conflicted
    WHERE $filters.has_conflict IS NULL OR conflicted = $filters.has_conflict
    WITH i ORDER BY i.id LIMIT $offset + $limit
    RETURN collect(i) AS undated
  }
  CALL (dated, windowed) {
    UNWIND dated + windowed AS i
    WITH i ORDER BY coalesce(i.date, i.window_end) DESC, i.id
    RETURN collect(i) AS newest
  }
  RETURN newest + undated AS ordered
}
WITH CASE WHEN capped THEN $cap ELSE size(found) END AS total, capped, ordered[$offset..$offset + $limit] AS page
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
        OPTIONAL MATCH (s)-[:SPEAKS_FOR|MEMBER_OF]->(o:Actor)
        RETURN [x IN collect(properties(o)) WHERE x IS NOT NULL] AS orgs
      }
      RETURN collect({actor: properties(s), asserted: properties(said), orgs: orgs}) AS speakers
    }
    CALL (f) {
      OPTIONAL MATCH (h:Figure)-[:REVISES]->(f)
      RETURN [x IN collect(h.id) WHERE x IS NOT NULL] AS revised_by
    }
    RETURN collect({figure: properties(f), claim: properties(c), speakers: speakers,
                    revised_by: revised_by}) AS figures
  }
  RETURN collect({incident: properties(i), articles: articles, figures: figures,
                  contradictions: contradictions, corroborations: corroborations}) AS items
}
RETURN total, capped, items
