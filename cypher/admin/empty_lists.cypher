// Gives what a bulk import left without a list property the empty list the
// write queries store (a CSV field cannot hold an empty array): an Actor's
// aliases (merge_actors) and an Incident's places (merge_incidents). Returns
// the nodes changed.
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
RETURN actors + incidents AS changed
