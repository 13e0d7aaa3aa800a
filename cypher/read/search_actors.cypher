// Returns one page of the actors whose name or one alias contains each word of
// the query (folded as graph.search.fold), as total plus items (actor properties and
// match: 0 exact name/alias, 1 a name/alias starts with the phrase, 2 words).
// Order: match, then id.
// $lucene: the words as required `*word*` terms (a superset from the
// actor_names full-text index); $words: the words (graph.search.search_words);
// $phrase: the whole query, folded (graph.search.search_phrase); $offset, $limit.
CALL db.index.fulltext.queryNodes('actor_names', $lucene) YIELD node AS a
WITH a, [n IN [a.name] + coalesce(a.aliases, []) | replace(toLower(n), 'ς', 'σ')] AS names
WHERE all(w IN $words WHERE any(n IN names WHERE n CONTAINS w))
WITH a, CASE
    WHEN any(n IN names WHERE n = $phrase) THEN 0
    WHEN any(n IN names WHERE n STARTS WITH $phrase) THEN 1
    ELSE 2 END AS match
ORDER BY match, a.id
WITH collect({actor: properties(a), match: match}) AS hits
RETURN size(hits) AS total, hits[$offset..$offset + $limit] AS items
