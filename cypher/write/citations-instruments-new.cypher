// description: Create the citation edges to instruments of a document's first language version.
// The document has no citation edges yet (its versions row found no earlier language, and the
// batch holds no other), and a batch's edges are de-duplicated, so CREATE makes exactly what
// citations-instruments would MERGE, at a lower cost.
UNWIND $instrumentCitations AS doc
MATCH (d:Document {symbol: doc.source})
UNWIND doc.citations AS c
MERGE (t:Instrument {key: c.target})
CREATE (d)-[:$(c.relation) {
  paragraph: c.paragraph, part: c.part, verb: c.verb, qualifier: c.qualifier, quote: c.quote,
  via: c.via, footnote: c.footnote, span: c.span, languages: [doc.language]
}]->(t)
