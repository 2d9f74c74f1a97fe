"""SQL views for researchers: the state overview, the hotline sections, the jurisdiction-year panel.

Views are derived from the tables and hold no data of their own: `create_views` (called from
`storage.ensure_schema`) creates them, or replaces those whose SQL changed, in one transaction.
Datasette serves them like tables; `metadata.yml` documents every column. `create_temp_views`
gives a read-only connection the same views without writing (the panel export).

* `hotline_laws`: one row per fetched section whose coding ties it to the hotline (it requires
  posting, or names a hotline number or hotline), with the year it took force.
* `hotline_campaigns`: AG hotline campaigns with their year and jurisdiction name (for facets).
* `state_overview`: one row per jurisdiction (51): law status, citations, what the law covers,
  campaigns, and how current it all is.
* `state_years`: one row per jurisdiction and year, the research panel (`hotline-watch export
  panel` writes it as CSV with a codebook; the `research_panel` canned query serves it).
"""

from __future__ import annotations

import re
import sqlite3

import sqlite_utils

#: The National Human Trafficking Hotline (then the NHTRC hotline) opened in December 2007: no
#: law naming it can be older, so years before this are not read from history notes, and the
#: panel starts no earlier.
HOTLINE_FIRST_YEAR = 2007

_YEAR_NOW = "cast(strftime('%Y', 'now') as integer)"


def _hotline_provision(alias: str = "") -> str:
    """The provisions whose coding ties their section to the hotline (hotline_laws' rows)."""
    return (
        f"{alias}requires_posting = 1\n"
        f"    or coalesce({alias}hotline_numbers, '[]') not in ('[]', '')\n"
        f"    or coalesce({alias}hotlines, '[]') not in ('[]', '')"
    )


#: Partial index over exactly those provisions: hotline_laws reads a few hundred index entries
#: instead of scanning every coded section. SQLite uses a partial index only when the query's
#: WHERE clause repeats the index's, hence the shared _hotline_provision().
HOTLINE_PROVISIONS_INDEX = "idx_provisions_hotline"
_HOTLINE_PROVISIONS_INDEX_SQL = (
    f"create index if not exists {HOTLINE_PROVISIONS_INDEX} on provisions (section_id)\n"
    f"  where {_hotline_provision()}"
)

HOTLINE_LAWS = f"""
create {{temp}}view hotline_laws as
with recursive years(year) as (
  select {HOTLINE_FIRST_YEAR}
  union all
  select year + 1 from years where year < {_YEAR_NOW}
),
-- Materialised once: a correlated subquery over `years` itself would rebuild it per section.
year_list as materialized (
  select year from years
),
-- Only the columns used below: s.* would copy every section text into the temporary table.
-- Its WHERE clause is HOTLINE_PROVISIONS_INDEX's predicate, so it reads that index only.
coded as materialized (
  select
    s.id,
    s.jurisdiction,
    s.citation,
    s.heading,
    s.url,
    s.text_hash,
    s.first_seen,
    s.last_seen,
    p.requires_posting,
    p.establishments,
    p.who_must_post,
    p.languages,
    p.sign_size,
    p.hotline_numbers,
    p.hotlines,
    p.agency,
    p.penalties,
    nullif(trim(p.effective_date), '') as stated_effective_date,
    coalesce(nullif(trim(p.history), ''), nullif(trim(s.history), '')) as history_note
  from statute_sections s
  join provisions p on p.section_id = s.id
  where {_hotline_provision("p.")}
),
-- The earliest year from 2007 on standing alone in the note ("L 2013", not "12013"). Trimming
-- the note before padding it with spaces finds the same years. The four-digit guard and instr()
-- only skip globs that cannot match (notes without a year, years not in the note): one glob
-- per year and section was most of what this view cost.
dated as materialized (
  select c.*, case when c.history_note glob '*[0-9][0-9][0-9][0-9]*' then (
      select min(y.year) from year_list y
      where instr(c.history_note, y.year) > 0
        and (' ' || c.history_note || ' ') glob ('*[^0-9]' || y.year || '[^0-9]*')
    ) end as history_year
  from coded c
)
select
  c.jurisdiction,
  j.name,
  c.id as section_id,
  c.citation,
  c.heading,
  c.url,
  c.requires_posting,
  c.establishments,
  c.who_must_post,
  c.languages,
  c.sign_size,
  c.hotline_numbers,
  c.agency,
  c.penalties,
  c.stated_effective_date as effective_date,
  c.history_note as history,
  case
    when c.stated_effective_date glob '[12][0-9][0-9][0-9]*'
      then cast(substr(c.stated_effective_date, 1, 4) as integer)
    when c.history_year is not null then c.history_year
    else cast(substr(c.first_seen, 1, 4) as integer)
  end as in_force_year,
  case
    when c.stated_effective_date glob '[12][0-9][0-9][0-9]*' then 'effective_date'
    when c.history_year is not null then 'history'
    else 'first_seen'
  end as in_force_year_basis,
  (select count(*) from section_versions v where v.section_id = c.id) as versions,
  (
    select v.first_seen from section_versions v
    where v.section_id = c.id and v.text_hash = c.text_hash
  ) as text_since,
  c.first_seen,
  c.last_seen
from dated c
left join jurisdictions j on j.code = c.jurisdiction
"""

#: Index for "a source's latest successful fetch" lookups (one index seek per source).
FETCHES_INDEX = "idx_fetches_source_outcome_fetched_at"

#: Order of preference when two sections give the same in-force year.
_BASIS_RANK = (
    "case in_force_year_basis when 'effective_date' then 0 when 'history' then 1 else 2 end"
)


def _json_union(column: str) -> str:
    """A sorted JSON array of the distinct values of a JSON-array column over `basis` rows."""
    return f"""(
    select json_group_array(value) from (
      select distinct je.value from basis b, json_each(coalesce(b.{column}, '[]')) je
      where b.jurisdiction = s.code and je.value is not null and je.value != ''
      order by je.value
    )
  )"""


STATE_OVERVIEW = f"""
create {{temp}}view state_overview as
with
registry as (
  select jurisdiction, max(law_status) as law_status, max(citations) as citations,
    max(urls) as urls, max(notes) as notes, max(confidence) as confidence,
    max(hotline) as hotline
  from sources where kind = 'statutes' group by jurisdiction
),
-- The columns used below only: the others (versions, text_since) cost a lookup per section.
laws as materialized (
  select jurisdiction, section_id, citation, url, requires_posting, establishments, languages,
    sign_size, penalties, effective_date, in_force_year, in_force_year_basis, last_seen
  from hotline_laws
),
-- "As of": only fetches of the jurisdiction's hotline sections count (never an AG newsroom
-- page, never another section of the site): the latest time a section naming the hotline was
-- seen, or a registry URL of the jurisdiction was fetched successfully.
hotline_seen as (
  select jurisdiction, max(last_seen) as fetched_at from laws group by jurisdiction
),
registry_fetched as (
  select r.jurisdiction, max(f.fetched_at) as fetched_at
  from registry_sections r join fetches f on f.url = r.url and f.outcome = 'ok'
  group by r.jurisdiction
),
crawl as (
  select jurisdiction, max(requires_posting) as any_required, count(*) as hotline_sections
  from laws group by jurisdiction
),
fetched as (
  select jurisdiction, count(*) as sections_fetched
  from statute_sections group by jurisdiction
),
status as (
  select
    j.code, j.name, j.fips,
    case
      when c.any_required = 1 then 'required'
      when c.jurisdiction is not null then 'encouraged'
      -- Pending and unknown stay what they are: never shown as "none".
      when r.law_status in ('required', 'encouraged', 'pending', 'unknown') then r.law_status
      else 'none'
    end as law_status,
    case when c.jurisdiction is not null then 'crawl' else 'registry' end as law_status_basis,
    r.law_status as registry_law_status,
    r.confidence as registry_confidence,
    r.hotline as hotline_named,
    r.citations as registry_citations,
    r.urls as registry_urls,
    coalesce(c.hotline_sections, 0) as hotline_sections,
    coalesce(f.sections_fetched, 0) as sections_fetched
  from jurisdictions j
  left join crawl c on c.jurisdiction = j.code
  left join registry r on r.jurisdiction = j.code
  left join fetched f on f.jurisdiction = j.code
),
-- The sections the status rests on: the mandatory ones, or (encouraged) the hotline ones.
basis as materialized (
  select h.* from status st
  join laws h on h.jurisdiction = st.code
  where st.law_status_basis = 'crawl' and h.requires_posting = (st.law_status = 'required')
),
campaign_rows as (
  select
    c.jurisdiction,
    c.title,
    nullif(c.published, '') as published,
    c.url,
    count(*) over (partition by c.jurisdiction) as campaigns,
    row_number() over (
      partition by c.jurisdiction
      order by nullif(c.published, '') is null, c.published desc, r.first_seen desc, c.release_id
    ) as n
  from campaigns c
  left join press_releases r on r.id = c.release_id
)
select
  s.code,
  s.name,
  s.fips,
  s.law_status,
  s.law_status_basis,
  s.registry_law_status,
  s.registry_confidence,
  s.hotline_named,
  case when s.law_status_basis = 'crawl' then (
    select json_group_array(citation) from (
      select citation from basis b where b.jurisdiction = s.code
      order by citation, section_id
    )
  ) else coalesce(s.registry_citations, '[]') end as citations,
  case when s.law_status_basis = 'crawl' then (
    select json_group_array(url) from (
      select url from basis b where b.jurisdiction = s.code
      order by citation, section_id
    )
  ) else coalesce(s.registry_urls, '[]') end as citation_urls,
  {_json_union("establishments")} as establishments,
  {_json_union("languages")} as languages,
  (
    select group_concat(sign_size, '; ') from (
      select distinct sign_size from basis b
      where b.jurisdiction = s.code and coalesce(sign_size, '') != '' order by sign_size
    )
  ) as sign_size,
  {_json_union("penalties")} as penalties,
  (
    select min(effective_date) from basis b where b.jurisdiction = s.code
  ) as effective_date,
  (
    select min(in_force_year) from basis b
    where b.jurisdiction = s.code and b.requires_posting = 1
  ) as in_force_year,
  (
    select in_force_year_basis from basis b
    where b.jurisdiction = s.code and b.requires_posting = 1
    order by in_force_year, {_BASIS_RANK} limit 1
  ) as in_force_year_basis,
  s.hotline_sections,
  s.sections_fetched,
  coalesce(cr.campaigns, 0) as campaigns,
  cr.title as latest_campaign_title,
  cr.published as latest_campaign_date,
  cr.url as latest_campaign_url,
  nullif(max(coalesce(hs.fetched_at, ''), coalesce(rf.fetched_at, '')), '') as as_of,
  '/state/' || s.code as state_page
from status s
left join campaign_rows cr on cr.jurisdiction = s.code and cr.n = 1
left join hotline_seen hs on hs.jurisdiction = s.code
left join registry_fetched rf on rf.jurisdiction = s.code
order by s.code
"""

STATE_YEARS = f"""
create {{temp}}view state_years as
with recursive
laws as materialized (
  select jurisdiction, citation, requires_posting, establishments, languages, penalties,
    in_force_year
  from hotline_laws
),
candidates(year) as (
  select in_force_year from laws
  union all
  select cast(substr(published, 1, 4) as integer) from campaigns
  where published glob '[12][0-9][0-9][0-9]*'
),
bounds as (
  select
    min(max({HOTLINE_FIRST_YEAR}, coalesce(min(year), {_YEAR_NOW})), {_YEAR_NOW}) as first_year,
    {_YEAR_NOW} as last_year
  from candidates
),
years(year) as (
  select first_year from bounds
  union all
  select year + 1 from years, bounds where year < last_year
),
mandatory as materialized (
  select jurisdiction, citation, establishments, languages, penalties, in_force_year
  from laws where requires_posting = 1
),
overview as materialized (
  select code, name, fips, law_status, law_status_basis, in_force_year, in_force_year_basis
  from state_overview
),
dated_campaigns as materialized (
  select jurisdiction, cast(substr(published, 1, 4) as integer) as year
  from campaigns where published glob '[12][0-9][0-9][0-9]*'
)
select
  o.code as jurisdiction,
  o.name,
  o.fips,
  y.year,
  case
    when exists (
      select 1 from mandatory m where m.jurisdiction = o.code and m.in_force_year <= y.year
    ) then 1
    when o.law_status_basis = 'registry' and o.law_status = 'required'
      then case when y.year = (select last_year from bounds) then 1 end
    else 0
  end as law_in_force,
  o.in_force_year as law_since,
  o.in_force_year_basis as law_since_basis,
  (
    select count(distinct je.value) from mandatory m, json_each(coalesce(m.establishments, '[]')) je
    where m.jurisdiction = o.code and m.in_force_year <= y.year
  ) as establishments_count,
  (
    select group_concat(value, ';') from (
      select distinct je.value from mandatory m, json_each(coalesce(m.establishments, '[]')) je
      where m.jurisdiction = o.code and m.in_force_year <= y.year order by je.value
    )
  ) as establishments,
  (
    select group_concat(value, ';') from (
      select distinct je.value from mandatory m, json_each(coalesce(m.languages, '[]')) je
      where m.jurisdiction = o.code and m.in_force_year <= y.year order by je.value
    )
  ) as languages,
  (
    select count(*) > 0 from mandatory m
    where m.jurisdiction = o.code and m.in_force_year <= y.year
      and coalesce(m.penalties, '[]') not in ('[]', '')
  ) as has_penalty,
  (
    select group_concat(citation, ';') from (
      select citation from mandatory m
      where m.jurisdiction = o.code and m.in_force_year <= y.year order by citation
    )
  ) as citations,
  (
    select count(*) from dated_campaigns c where c.jurisdiction = o.code and c.year = y.year
  ) as campaigns_that_year,
  (
    select count(*) from dated_campaigns c where c.jurisdiction = o.code and c.year <= y.year
  ) as campaigns_to_date,
  o.law_status as law_status_now,
  o.law_status_basis
from overview o, years y
order by o.code, y.year
"""

HOTLINE_CAMPAIGNS = """
create {temp}view hotline_campaigns as
select
  c.release_id,
  c.jurisdiction,
  j.name,
  nullif(c.published, '') as published,
  case when c.published glob '[12][0-9][0-9][0-9]*'
    then cast(substr(c.published, 1, 4) as integer) end as year,
  c.title,
  c.url,
  c.campaign_types,
  c.media,
  c.partners,
  c.hotline_numbers
from campaigns c
left join jurisdictions j on j.code = c.jurisdiction
"""

#: Every view this module creates, in creation order (later ones use earlier ones).
VIEWS: dict[str, str] = {
    "hotline_laws": HOTLINE_LAWS,
    "hotline_campaigns": HOTLINE_CAMPAIGNS,
    "state_overview": STATE_OVERVIEW,
    "state_years": STATE_YEARS,
}


def _normalised(sql: str) -> str:
    """A CREATE VIEW statement as sqlite_master stores it (keywords upper-cased, no TEMP)."""
    return re.sub(r"^\s*create\s+(?:temp\s+)?view\s+", "CREATE VIEW ", sql, flags=re.I).strip()


def _view_sql(name: str, temp: bool) -> str:
    return VIEWS[name].format(temp="temp " if temp else "")


def create_views(db: sqlite_utils.Database) -> None:
    """Create the researcher views in the database file, or replace those whose SQL changed,
    and the indexes they need to stay fast (on fetches, and the hotline provisions).

    Idempotent, in one transaction, and a no-op when everything is current: writers call it at
    every start (storage.ensure_schema) while Datasette may be reading, so an unchanged schema
    is left alone and a changed one is swapped atomically.
    """
    stored = {
        name: sql
        for name, sql in db.execute("select name, sql from sqlite_master where type = 'view'")
    }
    wanted = {name: _normalised(_view_sql(name, temp=False)) for name in VIEWS}
    indexes = {
        name
        for (name,) in db.execute(
            "select name from sqlite_master where type = 'index' and name in (?, ?)",
            [FETCHES_INDEX, HOTLINE_PROVISIONS_INDEX],
        )
    }
    if len(indexes) == 2 and all(
        stored.get(name, "").strip() == sql for name, sql in wanted.items()
    ):
        return
    with db.atomic():
        db.execute(
            f"create index if not exists {FETCHES_INDEX} on fetches (source, outcome, fetched_at)"
        )
        db.execute(_HOTLINE_PROVISIONS_INDEX_SQL)
        for name in reversed(wanted):
            db.execute(f"drop view if exists {name}")
        for sql in wanted.values():
            db.execute(sql)


def create_temp_views(conn: sqlite3.Connection) -> None:
    """Create the same views as TEMP views on one connection: they shadow the file's views for
    that connection and write nothing, so they work on a read-only connection (the export)."""
    for name in reversed(VIEWS):
        conn.execute(f"drop view if exists temp.{name}")
    for name in VIEWS:
        conn.execute(_view_sql(name, temp=True))
