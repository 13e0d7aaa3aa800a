// Returns what cypher/read/search_claims.cypher returned before it capped the count (kept to
// time against it in one run, bench.queries --only): one page of the claims whose text contains each word of the query
// (folded as graph.search.fold): total, then items, each the claim, its speakers (by id)
// and the number of articles reporting it.
// Unless $history, not the claims that only replaced article versions report
// (latest: false; a claim a latest version also reports stays).
// Order: first_seen (nulls last), then claim id.
// $lucene: the words as required `*word*` terms (a superset from the
// claim_text full-text index); $words: the words (graph.search.search_words);
// $offset, $limit.
CALL db.index.fulltext.queryNodes('claim_text', $lucene) YIELD node AS c
WITH c, replace(toLower(c.text), 'ς', 'σ') AS text
WHERE all(w IN $words WHERE text CONTAINS w)
  AND ($history OR NOT EXISTS { (c)-[:REPORTED_IN]->(:Article {latest: false}) }
       OR EXISTS { (c)-[:REPORTED_IN]->(:Article {latest: true}) })
WITH c ORDER BY c.first_seen, c.id
WITH collect(c) AS matching
WITH size(matching) AS total, matching[$offset..$offset + $limit] AS page
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
RETURN total, items
