-- Issue 16: the case list's searches for a term of two characters. A Chinese word is often two characters (科技, a
-- company's short name), and a trigram index (V3) cannot serve a term shorter than three: every such search read the
-- whole case or party table, for the page and again for each part of its count. On the docket of 100,000 cases and
-- 300,000 parties, a rare party name of two characters took 150 ms for the page and 120-160 ms for one part of the
-- count; through these indexes 1-3 ms each. For a term of exactly two characters DisputeCases asks for the pair in
-- place of the like: a text contains such a term exactly when the term is one of the text's pairs (PostgreSQL only).

-- The distinct pairs of adjacent characters of a text, e.g. {上海, 海捷, 捷通}; none for a text of one character.
create function text_bigrams(value text) returns text[] language sql immutable strict parallel safe as $$
    select coalesce(array_agg(distinct substr(value, i, 2)), '{}') from generate_series(1, length(value) - 1) as i
$$;

-- Whether a text holds every pair of a term: for a term of exactly two characters, whether the text contains it (for
-- one character it is true of every text, for three or more it is not "contains"). A one-expression SQL function: the
-- planner inlines it, so the condition can use an index on text_bigrams(...) of the same expression.
create function has_bigrams_of(value text, term text) returns boolean language sql immutable strict parallel safe as $$
    select text_bigrams(value) @> text_bigrams(term)
$$;

create index ix_party_name_bigrams on case_party using gin (text_bigrams(lower(name)));
create index ix_case_search_text_bigrams on dispute_case using gin (text_bigrams(search_text));
analyze case_party;
analyze dispute_case;
