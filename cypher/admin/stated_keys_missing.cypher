// Returns missing: how many STATES edges have no stated_key (a graph written
// before graph.stated, or imported from files that could not key them): the
// relationship count (from the count store) less the entries of the
// states_stated_key index, so no edge's properties are read.
MATCH ()-[s:STATES]->()
WHERE s.stated_key >= ''
WITH count(s) AS keyed
RETURN COUNT { ()-[:STATES]->() } - keyed AS missing
