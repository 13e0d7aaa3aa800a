// Returns $n rows shaped like a claim (id, and a map of text, quote, date,
// number and list): the client's cost is unpacking them (bench/driver_ext.py).
UNWIND range(1, $n) AS i
RETURN 'claim-' + toString(i) AS id,
       {text: 'The ministry said ' + toString(i) + ' people were killed near the river crossing',
        quote: 'direct', first_seen: date('2024-01-01') + duration({days: i % 365}), value: i * 1.5,
        speakers: ['actor-' + toString(i % 97), 'actor-' + toString(i % 89)]} AS claim
