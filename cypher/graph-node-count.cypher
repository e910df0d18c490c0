// description: How many nodes the graph holds: a bulk load goes only into an empty graph.
MATCH (n)
RETURN count(n) AS nodes
