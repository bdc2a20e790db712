-- Trigram matching for cross-language search and matching (later issues build indexes on it).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
