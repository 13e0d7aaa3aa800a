// Gives the Places of a graph written before name_key (the name lowered, that
// the figures table at a place seeks a Place by) their name_key. Reads every
// Place: a graph holds far fewer places than claims. Returns how many it changed.
MATCH (p:Place)
WHERE p.name_key IS NULL
SET p.name_key = toLower(p.name)
RETURN count(*) AS changed
