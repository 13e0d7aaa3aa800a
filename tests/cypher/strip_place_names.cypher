// Removes every Place's name_key (found through its index), as a graph
// written before it has none. Returns stripped: how many.
MATCH (p:Place)
WHERE p.name_key >= ''
REMOVE p.name_key
RETURN count(p) AS stripped
