-- An article without a publication date keeps it unknown and sorts after every dated one (decision 0090):
-- its sort_time is the smallest integer instead of the time it was imported.
UPDATE articles SET sort_time = -9223372036854775807 - 1 WHERE published IS NULL;
