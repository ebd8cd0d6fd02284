-- Full-text search over article titles and text, ranked by BM25 (k1 = 1.2, b = 0.75).
--   SELECT a.path, s.score FROM search_articles('tai chi fibromyalgia') s JOIN articles a USING (article_id)
-- Needs the fts extension loaded for stem(); `evidence query` loads it from its wheel.

CREATE OR REPLACE MACRO search_tokens(text_value) AS
    regexp_split_to_array(strip_accents(lower(coalesce(text_value, ''))), '[^a-z0-9]+');

CREATE OR REPLACE MACRO search_articles(query_text) AS TABLE
WITH query_terms AS (
    SELECT DISTINCT stem(word, 'porter') AS term
    FROM (SELECT unnest(search_tokens(query_text)) AS word)
    WHERE length(word) > 1
),
corpus AS (SELECT count(*) AS documents, avg(term_count) AS mean_length FROM search_documents),
frequency AS (
    SELECT t.term, count(*) AS documents_with_term
    FROM search_terms t JOIN query_terms q ON q.term = t.term
    GROUP BY t.term
)
SELECT t.article_id,
       sum(ln(1 + (corpus.documents - f.documents_with_term + 0.5) / (f.documents_with_term + 0.5))
           * t.tf * 2.2 / (t.tf + 1.2 * (0.25 + 0.75 * d.term_count / corpus.mean_length))) AS score
FROM search_terms t
JOIN frequency f ON f.term = t.term
JOIN search_documents d ON d.article_id = t.article_id
CROSS JOIN corpus
GROUP BY t.article_id
ORDER BY score DESC, t.article_id;
