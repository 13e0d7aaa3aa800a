// Returns the article that one of $refs names (an article version's id or
// key: a removal or a reextract may name any version, or the key its URL
// gives), as its key and every version's id by version; no row when none does.
UNWIND $refs AS ref
MATCH (named:Article {id: ref})
WITH DISTINCT coalesce(named.key, named.id) AS key
MATCH (v:Article {key: key})
WITH key, v ORDER BY v.version
RETURN key, collect(v.id) AS versions
ORDER BY key
