// description: The relationships a lineage shows, by element id (as lineage-walk found them), with their evidence.
UNWIND $edges AS id
MATCH ()-[r]->()
WHERE elementId(r) = id
RETURN elementId(r) AS edge, type(r) AS type,
       r {.paragraph, .part, .verb, .qualifier, .quote, .via, .footnote, .languages, .verb_en, .verb_zh, .verb_fr, .verb_es, .verb_ru, .verb_ar, .quote_en, .quote_zh, .quote_fr, .quote_es, .quote_ru, .quote_ar, .locator} AS props
