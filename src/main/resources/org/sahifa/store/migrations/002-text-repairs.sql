-- Articles stored before imports decoded HTML character references and bounded titles (issue 12 item 10,
-- issue 14 item 10): titles like "&#8220;iOS 9&#8243;", blank titles, titles of 100,000 characters. The rows that
-- may need it are listed here; Library.open repairs them once (org.sahifa.library.TextRepair: the same cleaning as
-- imports, the search index and the names of each changed article redone) and empties the table.
CREATE TABLE text_repairs (
    article_id INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE
);
INSERT INTO text_repairs (article_id)
SELECT id FROM articles
WHERE title LIKE '%&%;%' OR body_text LIKE '%&%;%' OR trim(title) = '' OR length(title) > 300
   OR instr(title, char(0)) > 0 OR instr(body_text, char(0)) > 0 OR instr(title, char(160)) > 0;
