// Returns one page of the claims whose text contains each word of the query
// (folded as graph.search.fold): total, capped, then items, each the claim, its speakers
// (by id) and the number of articles reporting it.
// Unless $history, not the claims that only replaced article versions report
// (latest: false; a claim a latest version also reports stays).
// Order: first_seen (nulls last), then claim id.
// $lucene: the words as required `*word*` terms (a superset from the
// claim_text full-text index); $words: the words (graph.search.search_words);
// $offset, $limit; $cap: the most matches counted (graph.results.SEARCH_TOTAL_CAP).
// The full-text index's matches are counted up to $cap + 1. Up to $cap they are the
// answer: total exact, sorted here. Past it (capped: true, total = $cap) the page is
// read in order from the claim_first_seen index, which stops after $offset + $limit
// matching claims, then (if the page reaches past the dated ones) the undated claims by id:
// a common word costs about the page, not every claim it matches.
CALL db.index.fulltext.queryNodes('claim_text', $lucene) YIELD node AS c
WITH c, replace(toLower(c.text), 'ς', 'σ') AS text
WHERE all(w IN $words WHERE text CONTAINS w)
  AND ($history OR NOT EXISTS { (c)-[:REPORTED_IN]->(:Article {latest: false}) }
       OR EXISTS { (c)-[:REPORTED_IN]->(:Article {latest: true}) })
WITH c LIMIT $cap + 1
WITH collect(c) AS found
WITH found, size(found) > $cap AS capped
CALL (found, capped) {
  WITH found WHERE NOT capped
  CALL (found) {
    UNWIND found AS c
    WITH c ORDER BY c.first_seen, c.id
    RETURN collect(c) AS ordered
  }
  RETURN ordered
UNION
  WITH capped WHERE capped
  CALL () {
    MATCH (c:Claim) USING INDEX c:Claim(first_seen, id)
    WHERE c.first_seen IS NOT NULL AND c.id IS NOT NULL
    WITH c, replace(toLower(c.text), 'ς', 'σ') AS text
    WHERE all(w IN $words WHERE text CONTAINS w)
      AND ($history OR NOT EXISTS { (c)-[:REPORTED_IN]->(:Article {latest: false}) }
           OR EXISTS { (c)-[:REPORTED_IN]->(:Article {latest: true}) })
    WITH c ORDER BY c.first_seen, c.id LIMIT $offset + $limit
    RETURN collect(c) AS dated
  }
  CALL (dated) {
    // A bound that depends on dated: the planner cannot read the undated claims before
    // knowing they are needed (null when they are not: the seek finds nothing).
    WITH CASE WHEN size(dated) < $offset + $limit THEN '' END AS low
    MATCH (c:Claim) USING INDEX c:Claim(id)
    WHERE c.id >= low AND c.first_seen IS NULL
    WITH c, replace(toLower(c.text), 'ς', 'σ') AS text
    WHERE all(w IN $words WHERE text CONTAINS w)
      AND ($history OR NOT EXISTS { (c)-[:REPORTED_IN]->(:Article {latest: false}) }
           OR EXISTS { (c)-[:REPORTED_IN]->(:Article {latest: true}) })
    WITH c ORDER BY c.id LIMIT $offset + $limit
    RETURN collect(c) AS undated
  }
  RETURN dated + undated AS ordered
}
WITH CASE WHEN capped THEN $cap ELSE size(found) END AS total, capped, ordered[$offset..$offset + $limit] AS page
CALL (page) {
  UNWIND page AS c
  CALL (c) {
    MATCH (s:Actor)-[:ASSERTED]->(c)
    WITH s ORDER BY s.id
    RETURN collect(properties(s)) AS speakers
  }
  CALL (c) {
    MATCH (c)-[:REPORTED_IN]->(art:Article)
    RETURN count(DISTINCT art) AS articles
  }
  RETURN collect({claim: properties(c), speakers: speakers, articles: articles}) AS items
}
RETURN total, capped, items
