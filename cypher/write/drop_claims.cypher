// Deletes the claims with the ids $claims, the figures they state and every
// relationship on either. Returns how many claims and figures went.
UNWIND $claims AS id
MATCH (c:Claim {id: id})
CALL (c) {
  OPTIONAL MATCH (c)-[:STATES]->(f:Figure)
  DETACH DELETE f
  RETURN count(f) AS figures
}
DETACH DELETE c
RETURN count(c) AS claims, sum(figures) AS figures
