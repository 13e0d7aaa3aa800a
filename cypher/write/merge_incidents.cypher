// Merges Incident nodes by id. An incident keeps what its first report said
// (kind, place, day, window); later reports join it through COUNTS and
// REPORTS. Returns rows applied.
CYPHER replan=skip expressionEngine=interpreted
UNWIND $rows AS row
MERGE (i:Incident {id: row.id})
  ON CREATE SET i.kind = row.kind,
                i.label = row.label,
                i.place = row.place,
                i.places = row.places,
                i.date = row.date,
                i.window_start = row.window_start,
                i.window_end = row.window_end
RETURN count(*) AS applied
