-- Analysis views over the tables of schema.sql. Re-created after every load.

-- One row per study: its article, the paper reporting it, arms and durations in weeks.
CREATE OR REPLACE VIEW study_overview AS
WITH arms AS (
    SELECT study_id,
           list(name ORDER BY arm_index) FILTER (WHERE role = 'intervention') AS interventions,
           list(name ORDER BY arm_index) FILTER (WHERE role = 'comparator') AS comparators
    FROM study_arms GROUP BY study_id
), durations AS (
    SELECT study_id,
           max(weeks) FILTER (WHERE role = 'intervention') AS intervention_weeks,
           max(weeks) FILTER (WHERE role = 'follow_up') AS follow_up_weeks,
           max(weeks) FILTER (WHERE role = 'study_period') AS study_period_weeks,
           max(value * CASE unit WHEN 'minute' THEN 1 WHEN 'hour' THEN 60 END)
               FILTER (WHERE role = 'session') AS session_minutes
    FROM study_durations GROUP BY study_id
), outcomes AS (
    SELECT study_id,
           list(name || coalesce(' (' || direction || ')', '') ORDER BY outcome_index) AS outcomes,
           count(*) FILTER (WHERE direction = 'improved') AS outcomes_improved
    FROM study_outcomes GROUP BY study_id
)
SELECT s.study_id,
       a.path AS article_path,
       a.title AS article_title,
       a.published AS article_published,
       s.study_index,
       s.design,
       s.blinding,
       s.sample_size,
       s.sample_unit,
       s.population,
       coalesce(arms.interventions, []) AS interventions,
       coalesce(arms.comparators, []) AS comparators,
       s.sessions,
       d.session_minutes,
       round(d.intervention_weeks, 2) AS intervention_weeks,
       round(d.follow_up_weeks, 2) AS follow_up_weeks,
       round(d.study_period_weeks, 2) AS study_period_weeks,
       coalesce(o.outcomes, []) AS outcomes,
       coalesce(o.outcomes_improved, 0) AS outcomes_improved,
       c.first_author AS cited_first_author,
       c.year AS cited_year,
       c.journal AS cited_journal,
       c.doi AS cited_doi,
       c.pmid AS cited_pmid,
       s.sentence AS evidence
FROM studies s
JOIN articles a USING (article_id)
LEFT JOIN arms USING (study_id)
LEFT JOIN durations d USING (study_id)
LEFT JOIN outcomes o USING (study_id)
LEFT JOIN citations c ON c.citation_id = s.citation_id;

-- Every live file and what became of it: an article with its fact counts, or its open quarantine reason.
CREATE OR REPLACE VIEW file_status AS
SELECT r.path,
       r.format,
       r.size_bytes,
       r.status AS last_run_status,
       r.article_id,
       a.title,
       a.published,
       (SELECT count(*) FROM studies s WHERE s.article_id = r.article_id) AS studies,
       (SELECT count(*) FROM citations c WHERE c.article_id = r.article_id) AS citations,
       q.rule AS quarantine_rule,
       q.reason AS quarantine_reason
FROM raw_files r
LEFT JOIN articles a ON a.article_id = r.article_id
LEFT JOIN (
    SELECT path, string_agg(rule, ', ') AS rule, string_agg(reason, '; ') AS reason
    FROM quarantine WHERE stage = 'ingest' AND resolved_at IS NULL GROUP BY path
) q ON q.path = r.path
WHERE r.deleted_at IS NULL;

-- What is in quarantine now (resolved rows stay in the table for the record).
CREATE OR REPLACE VIEW open_quarantine AS
SELECT * FROM quarantine WHERE resolved_at IS NULL;

-- Outcomes with the design and size of the study that measured them, for evidence maps.
CREATE OR REPLACE VIEW outcome_evidence AS
SELECT o.name AS outcome,
       o.direction,
       s.design,
       s.sample_size,
       s.sample_unit,
       a.path AS article_path,
       o.sentence AS evidence
FROM study_outcomes o
JOIN studies s USING (study_id)
JOIN articles a ON a.article_id = o.article_id;

-- Every paper cited anywhere, once per DOI (or per first author, year and journal when no DOI).
CREATE OR REPLACE VIEW cited_papers AS
SELECT coalesce(doi, lower(first_author) || '|' || year || '|' || lower(coalesce(journal, ''))) AS paper_key,
       any_value(first_author) AS first_author,
       any_value(year) AS year,
       any_value(title) AS title,
       any_value(journal) AS journal,
       any_value(doi) AS doi,
       any_value(pmid) AS pmid,
       count(DISTINCT article_id) AS cited_by_articles
FROM citations
WHERE first_author IS NOT NULL OR doi IS NOT NULL
GROUP BY paper_key;
