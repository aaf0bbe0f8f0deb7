-- Lists of places and persons (org.sahifa.entities.lists, decision record 0069). An entity whose name the
-- library mostly uses as a common word (مالي "financial", سيول "floods"), or a family name shared by several
-- persons of the library, is kept (its mentions stay searchable) but not listed. Recomputed by the library
-- pass whenever more articles were scanned since it last ran (entity_list_pass).
ALTER TABLE entities ADD COLUMN listed INTEGER NOT NULL DEFAULT 1 CHECK (listed IN (0, 1));

CREATE TABLE entity_list_pass (
    id           INTEGER PRIMARY KEY CHECK (id = 1),
    scanned      INTEGER NOT NULL,   -- COUNT(*) of entity_scanned when the pass ran
    last_article INTEGER NOT NULL    -- MAX(article_id) of entity_scanned then
);
