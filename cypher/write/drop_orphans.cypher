// Deletes the actors $actors, incidents $incidents, places $places and
// events $events that no relationship holds any more (what only a dropped
// reading carried). Returns how many of each went.
CALL () {
  UNWIND $actors AS id
  MATCH (n:Actor {id: id})
  WHERE NOT EXISTS { (n)--() }
  DELETE n
  RETURN count(n) AS actors
}
CALL () {
  UNWIND $incidents AS id
  MATCH (n:Incident {id: id})
  WHERE NOT EXISTS { (n)--() }
  DELETE n
  RETURN count(n) AS incidents
}
CALL () {
  UNWIND $places AS id
  MATCH (n:Place {id: id})
  WHERE NOT EXISTS { (n)--() }
  DELETE n
  RETURN count(n) AS places
}
CALL () {
  UNWIND $events AS id
  MATCH (n:Event {id: id})
  WHERE NOT EXISTS { (n)--() }
  DELETE n
  RETURN count(n) AS events
}
RETURN actors, incidents, places, events
