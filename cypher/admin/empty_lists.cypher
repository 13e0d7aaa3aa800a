// Gives what a bulk import left without a list property the empty list the
// write queries store (a CSV field cannot hold an empty array): an Actor's
// aliases (merge_actors), the aliases a NAMES edge records (merge_names) and
// an Incident's places (merge_incidents). Returns the nodes and edges changed.
CALL () {
  MATCH (a:Actor)
  WHERE a.aliases IS NULL
  SET a.aliases = []
  RETURN count(*) AS actors
}
CALL () {
  MATCH (i:Incident)
  WHERE i.places IS NULL
  SET i.places = []
  RETURN count(*) AS incidents
}
CALL () {
  MATCH (:Article)-[n:NAMES]->(:Actor)
  WHERE n.aliases IS NULL
  SET n.aliases = []
  RETURN count(*) AS names
}
RETURN actors + incidents + names AS changed
