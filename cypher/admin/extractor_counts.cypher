// Returns how many article versions each extractor version read ('unknown'
// when an article records none), by extractor (claimgraph status; visits
// every article on purpose).
MATCH (a:Article)
RETURN coalesce(a.extractor, 'unknown') AS extractor, count(*) AS articles
ORDER BY extractor
