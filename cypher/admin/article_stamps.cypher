// Returns every stored article version: id, key, version and the extractor
// that read it, by key then version (reextract chooses from them; visits
// every article on purpose).
MATCH (a:Article)
RETURN a.id AS id, coalesce(a.key, a.id) AS key, coalesce(a.version, 1) AS version, a.extractor AS extractor
ORDER BY key, version
