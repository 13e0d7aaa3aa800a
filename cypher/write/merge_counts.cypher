// (Figure)-[:COUNTS {article, start, end, reason, share}]->(Incident): the
// figure counts the incident; the span is the figure's words in the article,
// the reason what put it there, share "part" or "increment" when it counts
// only some of the toll, "earlier" when the text says it was overtaken, "overtaken" when a running toll
// the text gives later rose past it. The figure also keeps the incident's id and label
// (f.incident, f.incident_label), so every answer that shows a figure shows
// its incident. Returns rows applied.
CYPHER replan=skip expressionEngine=interpreted
UNWIND $rows AS row
MATCH (f:Figure {id: row.figure_id})
MATCH (i:Incident {id: row.incident_id})
MERGE (f)-[r:COUNTS]->(i)
  ON CREATE SET r.article = row.article_id, r.start = row.start, r.end = row.end, r.reason = row.reason,
                r.share = row.share
SET f.incident = i.id, f.incident_label = i.label
RETURN count(*) AS applied
