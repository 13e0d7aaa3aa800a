// Returns n, the number of rows in $rows: the rows travel to the server and
// back as a count, so the client's cost is packing them (bench/driver_ext.py).
UNWIND $rows AS row
RETURN count(row.id) AS n
