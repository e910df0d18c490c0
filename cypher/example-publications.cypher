// description: Human Rights Council resolutions and the Official Records volumes that publish them, as a graph.
// example: true
MATCH p = (d:Document {body: 'HRC'})-[:PUBLISHED_IN]->(:Document)
RETURN p
LIMIT 100
