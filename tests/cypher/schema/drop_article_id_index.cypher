// Drops the article id constraint and its index (setup_schema makes them again,
// empty: their statistics then say no article until the index is sampled).
// Returns nothing.
DROP CONSTRAINT article_id
