// Clears the extractor of the article versions $articles (ids): a removed
// article shared claims with them, and what such a claim holds of the article
// that first carried it (first_seen, the ASSERTED cue and spans) may be the
// removed one's, so their reading is no longer wholly one extractor's until
// they are read again (reextract --outdated picks them). Returns how many.
UNWIND $articles AS id
MATCH (a:Article {id: id})
SET a.extractor = null
RETURN count(a) AS unstamped
