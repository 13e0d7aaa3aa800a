// Gives every Actor the bulk import left without aliases an empty list, as
// merge_actors does (a CSV field cannot hold an empty array). Returns the
// actors changed.
MATCH (a:Actor)
WHERE a.aliases IS NULL
SET a.aliases = []
RETURN count(*) AS changed
