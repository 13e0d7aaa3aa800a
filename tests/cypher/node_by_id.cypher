// Returns the node with the given id, whatever its label: labels, properties.
// One index seek per label (the id constraints), never a scan.
CALL () {
  MATCH (n:Article {id: $id}) RETURN n
  UNION MATCH (n:Actor {id: $id}) RETURN n
  UNION MATCH (n:Claim {id: $id}) RETURN n
  UNION MATCH (n:Figure {id: $id}) RETURN n
  UNION MATCH (n:Place {id: $id}) RETURN n
  UNION MATCH (n:Event {id: $id}) RETURN n
}
RETURN labels(n) AS labels, properties(n) AS properties
