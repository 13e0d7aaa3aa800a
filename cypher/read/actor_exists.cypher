// Returns the id of the actor with id $id: one row, or none when there is no such actor.
MATCH (a:Actor {id: $id})
RETURN a.id AS id
