// Returns missing: how many ASSERTED edges have no voice_key (a graph written
// before graph.voice): the relationship count (from the count store) less the
// entries of the asserted_voice_key index, so no edge's properties are read.
MATCH ()-[r:ASSERTED]->()
WHERE r.voice_key >= ''
WITH count(r) AS keyed
RETURN COUNT { ()-[:ASSERTED]->() } - keyed AS missing
