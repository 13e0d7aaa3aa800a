// Returns the stored incidents (one row each, by id) that a new article's
// incidents are resolved against: of a window's kinds, with a date window that
// overlaps it. Each window comes with its reach (its end plus the longest
// window an incident may have to join another report), so the range index on
// window_end bounds the read on both sides: the cost follows the incidents of
// those days, not all those stored.
UNWIND $windows AS w
MATCH (i:Incident)
USING INDEX i:Incident(window_end)
WHERE i.window_end >= w.start AND i.window_end <= w.reach
  AND i.window_start <= w.end AND i.kind IN w.kinds
WITH DISTINCT i
RETURN properties(i) AS incident
ORDER BY i.id
