"""SQL views for researchers: the state overview, the hotline sections, the jurisdiction-year panel.

Views are derived from the tables and hold no data of their own: `create_views` (called from
`storage.ensure_schema`) creates them, or replaces those whose SQL changed, in one transaction.
Datasette serves them like tables; `metadata.yml` documents every column. `create_temp_views`
gives a read-only connection the same views without writing (the panel export).

* `hotline_laws`: one row per fetched section whose coding ties it to the hotline (it requires
  posting, or names a hotline number or hotline), with the year it took force.
* `hotline_campaigns`: AG hotline campaigns with their year and jurisdiction name (for facets).
* `state_overview` (a table refreshed by `refresh_state_overview` at the end of every run, not
  a view): one row per jurisdiction (51): law status, citations, what the law covers,
  campaigns, and how current it all is.
* `bill_law_events`: enacted bills coded as posting laws (defined with the bill watch,
  hotline_watch.bills_store), one row per bill.
* `law_evidence`: every dated piece of evidence about a law, official text, enacted bills and
  registry facts, with its basis: the one place sources are merged.
* `law_summary`: one row per jurisdiction: status, enacted / effective dates, amendments,
  hotline named, scope, citations, each with its basis.
* `newsroom_coverage`: how far back each AG newsroom was crawled, and whether completely.
* `research_panel`: one row per jurisdiction and year from 2007, the research panel
  (`hotline-watch export panel` writes it with a codebook).
"""

from __future__ import annotations

import re
import sqlite3

import sqlite_utils

from hotline_watch.bills_store import BILL_LAW_EVENTS

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


#: The state overview's rows (see refresh_state_overview): a table, not a view, because these
#: 51 rows summarise every section and campaign, and Datasette reads them on every map, state
#: and overview page.
STATE_OVERVIEW = f"""
with
-- One statutes source per jurisdiction (statutes_xx): no aggregate, which would copy every
-- registry URL list while grouping.
registry as (
  select jurisdiction, law_status, citations, urls, notes, confidence, hotline
  from sources where kind = 'statutes'
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
  -- Re-encoded: the mirror stores ASCII escapes for "§"; json_group_array writes it as is.
  ) else coalesce((select json_group_array(value) from json_each(s.registry_citations)), '[]')
  end as citations,
  case when s.law_status_basis = 'crawl' then (
    select json_group_array(url) from (
      select url from basis b where b.jurisdiction = s.code
      order by citation, section_id
    )
  ) else coalesce(s.registry_urls, '[]') end as citation_urls,
  -- Coded fields exist only where official text was coded: empty (unknown), never "[]", for a
  -- status that rests on the registry alone.
  case when s.law_status_basis = 'crawl' then {_json_union("establishments")} end
    as establishments,
  case when s.law_status_basis = 'crawl' then {_json_union("languages")} end as languages,
  (
    select group_concat(sign_size, '; ') from (
      select distinct sign_size from basis b
      where b.jurisdiction = s.code and coalesce(sign_size, '') != '' order by sign_size
    )
  ) as sign_size,
  case when s.law_status_basis = 'crawl' then {_json_union("penalties")} end as penalties,
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
  -- 0 only where the newsroom was read (a release stored or a page fetched); never looked is
  -- empty, not 0.
  case
    when cr.campaigns is not null then cr.campaigns
    when exists (select 1 from press_releases pr where pr.jurisdiction = s.code)
      or exists (
        select 1 from fetches f where f.source = 'ag_' || lower(s.code) and f.outcome = 'ok'
      ) then 0
  end as campaigns,
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

#: Where a derived value comes from, best first (the `*_basis` columns use these words):
#: `official_text` (coded from a fetched official section), `bill` (an enacted bill coded as a
#: posting law, bill_law_events: its enactment and effective dates), `registry_fact`
#: (data/law_facts.yml: dated, cited research), `registry_status` (data/sources/statutes.yml's
#: undated law_status, only when the facts file was never loaded), `missing` (nothing known: the
#: cell is empty).
BASIS_RANK = {"official_text": 1, "bill": 2, "registry_fact": 3, "registry_status": 4}

#: The one place where evidence about a law's dates and content is merged. Each branch gives
#: the same columns; `rank` orders the sources (BASIS_RANK).
#:
#: An enacted posting bill (rank 2) dates the law itself (`enacted`, and `effective` when its
#: effective date is known) only when it is the earliest evidence of a posting law in its
#: jurisdiction; a bill that amends a section the registry or a fetch already knows, or that
#: came after other evidence of a law (official text first fetched earlier, a history-note or
#: registry date before it), dates an `amended` event instead, so a later bill never replaces
#: the law's adoption date. Dates are compared at the precision of the other evidence (a
#: history note's "2025" is not before "2025-02-24").
LAW_EVIDENCE = """
create {temp}view law_evidence as
with other as (
-- Coded official text: a mandatory section is in force from its stated effective date, or at
-- least from the day it was first fetched.
select
  h.jurisdiction,
  'official_text' as basis,
  1 as rank,
  case when h.effective_date glob '[12][0-9][0-9][0-9]*' then 'effective' else 'in_force_by'
  end as event,
  case when h.effective_date glob '[12][0-9][0-9][0-9]*' then h.effective_date
    else substr(h.first_seen, 1, 10) end as date,
  h.citation as law,
  h.url as source,
  'high' as confidence,
  case when h.effective_date glob '[12][0-9][0-9][0-9]*' then 'effective date stated in the text'
    else 'text fetched from the official site on ' || substr(h.first_seen, 1, 10) end as note
from hotline_laws h
where h.requires_posting = 1
union all
-- The earliest act in the section's history note (e.g. [L 2013, c 245]): an enactment year.
select h.jurisdiction, 'official_text', 1, 'enacted', cast(h.in_force_year as text), h.history,
  h.url, 'high', 'earliest year cited in the history note'
from hotline_laws h
where h.requires_posting = 1 and h.in_force_year_basis = 'history'
union all
-- Dated, cited registry facts (data/law_facts.yml).
select e.jurisdiction, 'registry_fact', 3, e.event, e.date, e.law, e.source, e.confidence, e.note
from law_events e
where e.event != 'related' and e.date is not null
),
enacted_bills as (
  select b.*,
    b.amends_known_law = 1 or exists (
      select 1 from other o
      where o.jurisdiction = b.jurisdiction
        and o.event in ('enacted', 'effective', 'in_force_by', 'amended')
        and o.date < substr(coalesce(b.enacted_date, b.effective_date), 1, length(o.date))
    ) as amends,
    b.identifier || ' (' || b.session || ')' as law,
    case when b.posting_basis = 'text' then 'high' else 'medium' end as confidence,
    case when b.posting_basis = 'text' then 'posting duty coded from the bill text'
      else 'posting duty coded from the bill title and abstracts' end as coded
  from bill_law_events b
)
select * from other
union all
-- Enacted posting bills: the law they enact (enactment, effective date), or an amendment.
select b.jurisdiction, 'bill', 2, 'enacted', b.enacted_date, b.law, b.url, b.confidence,
  'enacted (' || replace(b.status, '_', ' ') || '); ' || b.coded
from enacted_bills b
where not b.amends and b.enacted_date is not null
union all
select b.jurisdiction, 'bill', 2, 'effective', b.effective_date, b.law, b.url, b.confidence,
  case b.effective_date_basis when 'api' then 'effective date given by the bill API'
    when 'action' then 'effective date stated in a bill action'
    else 'effective date coded from the bill text' end || '; ' || b.coded
from enacted_bills b
where not b.amends and b.effective_date is not null
union all
select b.jurisdiction, 'bill', 2, 'amended', coalesce(b.effective_date, b.enacted_date), b.law,
  b.url, b.confidence,
  case when b.amends_known_law = 1 then 'amends a section already known'
    else 'enacted after earlier evidence of the law' end
    || case when b.effective_date is null then ' (dated by its enactment)' else '' end
    || '; ' || b.coded
from enacted_bills b
where b.amends and coalesce(b.effective_date, b.enacted_date) is not null
"""

LAW_SUMMARY = """
create {temp}view law_summary as
with
ev as materialized (
  select *, cast(substr(date, 1, 4) as integer) as year,
    case when length(date) >= 7 then cast(substr(date, 6, 2) as integer) end as month
  from law_evidence
),
ot as (
  select jurisdiction, max(requires_posting) as any_required,
    max(je.value in ('1-888-373-7888', '233733')) as national,
    max(je.value not in ('1-888-373-7888', '233733')) as other
  from hotline_laws h left join json_each(coalesce(h.hotline_numbers, '[]')) je
  group by jurisdiction
),
reg as (
  select jurisdiction, max(law_status) as law_status from sources
  where kind = 'statutes' group by jurisdiction
),
-- The adoption date: the best-ranked source's earliest effective date; else the earliest date
-- the law is known to be in force (adoption_known = 0: it began then or before).
adoption as (
  select jurisdiction, date, year, month, basis, confidence, law, adoption_known from (
    select jurisdiction, date, year, month, basis, confidence, law,
      event = 'effective' as adoption_known,
      row_number() over (
        partition by jurisdiction
        order by event = 'effective' desc, rank, date, law
      ) as n
    from ev where event in ('effective', 'in_force_by')
  ) where n = 1
),
enacted as (
  select jurisdiction, date, year, basis, law from (
    select *, row_number() over (partition by jurisdiction order by rank, date) as n
    from ev where event = 'enacted'
  ) where n = 1
),
repealed as (
  select jurisdiction, min(date) as date, min(year) as year from ev
  where event = 'repealed' group by jurisdiction
),
amendments as (
  select jurisdiction, count(*) as amendments,
    group_concat(date || ' ' || law || coalesce(' (' || changed || ')', ''), '; ') as list
  from (select * from law_events where event = 'amended' order by jurisdiction, seq)
  group by jurisdiction
),
latest_fact as (
  select * from law_events e
  where e.event in ('effective', 'amended', 'in_force_by', 'repealed')
    and e.seq = (
      select max(x.seq) from law_events x
      where x.jurisdiction = e.jurisdiction
        and x.event in ('effective', 'amended', 'in_force_by', 'repealed')
    )
)
select
  j.code as jurisdiction,
  j.name,
  case
    when ot.jurisdiction is not null then
      case when ot.any_required = 1 then 'required' else 'encouraged' end
    when f.status is not null then f.status
    when reg.law_status = 'pending' then 'pending'
    when reg.law_status is not null then reg.law_status
    else 'unknown'
  end as status,
  case
    when ot.jurisdiction is not null then 'official_text'
    when f.status is not null then 'registry_fact'
    when reg.law_status is not null then 'registry_status'
    else 'missing'
  end as status_basis,
  case when ot.jurisdiction is not null then 'high' else f.confidence end as status_confidence,
  en.date as enacted,
  en.year as enacted_year,
  en.law as enacted_law,
  en.basis as enacted_basis,
  a.date as effective,
  a.year as law_since,
  a.month as effective_month,
  a.adoption_known,
  a.law as effective_law,
  coalesce(a.basis, 'missing') as law_since_basis,
  a.confidence as law_since_confidence,
  coalesce(am.amendments, 0) as amendments,
  am.list as amendment_list,
  rp.date as repealed,
  case
    when ot.national and ot.other then 'both'
    when ot.national then 'national'
    when ot.other then 'state'
    else coalesce(lf.hotline, f.hotline)
  end as hotline_named,
  case when ot.national or ot.other then 'official_text'
    when coalesce(lf.hotline, f.hotline) is not null then 'registry_fact'
    else 'missing' end as hotline_basis,
  coalesce(lf.scope, f.scope) as scope,
  case when ot.jurisdiction is not null then (
      select json_group_array(citation) from (
        select distinct citation from hotline_laws h
        where h.jurisdiction = j.code and h.requires_posting = (ot.any_required = 1)
        order by citation
      )
    )
    else coalesce(f.citations, (
      select json_group_array(je.value) from sources s, json_each(s.citations) je
      where s.jurisdiction = j.code and s.kind = 'statutes'
    ), '[]')
  end as citations,
  case when ot.jurisdiction is not null then (
      select json_group_array(url) from (
        select citation, min(url) as url from hotline_laws h
        where h.jurisdiction = j.code and h.requires_posting = (ot.any_required = 1)
        group by citation order by citation
      )
    )
    else coalesce(f.citation_urls, (
      select json_group_array(je.value) from sources s, json_each(s.urls) je
      where s.jurisdiction = j.code and s.kind = 'statutes'
    ), '[]')
  end as citation_urls,
  f.notes
from jurisdictions j
left join ot on ot.jurisdiction = j.code
left join law_facts f on f.jurisdiction = j.code
left join reg on reg.jurisdiction = j.code
left join adoption a on a.jurisdiction = j.code
left join enacted en on en.jurisdiction = j.code
left join repealed rp on rp.jurisdiction = j.code
left join amendments am on am.jurisdiction = j.code
left join latest_fact lf on lf.jurisdiction = j.code
order by j.code
"""

#: How far back each AG newsroom was read, from what the crawls stored. A crawl's coverage is
#: trusted only when none of its release fetches failed (a replay's "not archived" counts: the
#: release is missing); it reaches back to the oldest dated release stored (a lower bound: the
#: crawl may have read further without finding anything). Ingest runs fetch nothing, so they
#: say nothing about coverage.
NEWSROOM_COVERAGE = """
create {temp}view newsroom_coverage as
with
crawl_fetches as materialized (
  select f.source, f.run_id, f.url, f.outcome, f.fetched_at
  from fetches f join runs r on r.id = f.run_id
  where f.source like 'ag^_%' escape '^' and r.kind != 'ingest'
),
last_run as (
  select source, max(run_id) as run_id from crawl_fetches group by source
),
way_in as (
  select s.id as source, je.value as url from sources s, json_each(coalesce(s.urls, '[]')) je
  where s.kind = 'ag'
),
last_stats as (
  select c.source, c.run_id, max(c.fetched_at) as fetched_at,
    sum(c.outcome = 'ok') as ok_fetches,
    sum(c.outcome != 'ok' and c.url not in (select w.url from way_in w where w.source = c.source))
      as failed_fetches
  from crawl_fetches c join last_run l on l.source = c.source and l.run_id = c.run_id
  group by c.source
),
ever_ok as (
  select source, min(fetched_at) as first_ok from crawl_fetches where outcome = 'ok'
  group by source
),
oldest as (
  select jurisdiction, min(published) as covered_from, count(*) as releases
  from press_releases where published glob '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]*'
  group by jurisdiction
)
select
  j.code as jurisdiction,
  'ag_' || lower(j.code) as source,
  case
    when e.source is null then 'never_crawled'
    when ls.failed_fetches > 0 then 'incomplete_crawl'
    when o.covered_from is null then 'no_dated_releases'
    else 'crawled'
  end as coverage,
  case when e.source is not null and coalesce(ls.failed_fetches, 0) = 0
    then substr(o.covered_from, 1, 10) end as covered_from,
  coalesce(o.releases, 0) as dated_releases,
  ls.run_id as last_crawl_run,
  ls.fetched_at as last_crawl_fetched_at,
  coalesce(ls.failed_fetches, 0) as failed_fetches
from jurisdictions j
left join ever_ok e on e.source = 'ag_' || lower(j.code)
left join last_stats ls on ls.source = 'ag_' || lower(j.code)
left join oldest o on o.jurisdiction = j.code
order by j.code
"""

RESEARCH_PANEL = f"""
create {{temp}}view research_panel as
with recursive
years(year) as (
  select {HOTLINE_FIRST_YEAR}
  union all
  select year + 1 from years where year < {_YEAR_NOW}
),
summary as materialized (
  select s.*, j.fips from law_summary s join jurisdictions j on j.code = s.jurisdiction
),
-- Coded mandatory sections, each applying from its stated effective year, else from the year
-- it was first fetched (today's text says nothing about earlier years).
ot_sections as materialized (
  select jurisdiction, citation, establishments, languages, penalties, hotline_numbers,
    coalesce(
      case when effective_date glob '[12][0-9][0-9][0-9]*'
        then cast(substr(effective_date, 1, 4) as integer) end,
      cast(substr(first_seen, 1, 4) as integer)
    ) as from_year
  from hotline_laws where requires_posting = 1
),
fact_states as materialized (
  select * from law_events
  where event in ('effective', 'amended', 'in_force_by', 'repealed') and year is not null
),
coverage as materialized (select * from newsroom_coverage),
dated_campaigns as materialized (
  select jurisdiction, cast(substr(published, 1, 4) as integer) as year
  from campaigns where published glob '[12][0-9][0-9][0-9]*'
),
grid as materialized (
  select s.*, y.year,
    (select min(o.from_year) from ot_sections o where o.jurisdiction = s.jurisdiction)
      as ot_from,
    (
      select max(f.seq) from fact_states f
      where f.jurisdiction = s.jurisdiction and f.year <= y.year
    ) as fact_seq
  from summary s, years y
),
cells as materialized (
  select g.*,
    case
      when g.status = 'required' then
        case
          when g.repealed is not null and g.year > cast(substr(g.repealed, 1, 4) as integer)
            then 0
          when g.law_since is null then null
          when g.year >= g.law_since then 1
          when g.adoption_known = 1 then 0
        end
      when g.status in ('none', 'pending', 'encouraged', 'enacted_not_in_force') then 0
    end as in_force,
    g.ot_from is not null and g.year >= g.ot_from as ot_applies
  from grid g
),
content as materialized (
  select c.*,
    f.establishments as f_establishments, f.languages as f_languages,
    f.sign_size as f_sign_size, f.penalty as f_penalty, f.penalty_amount as f_penalty_amount,
    f.hotline as f_hotline, f.scope as f_scope, f.confidence as f_confidence
  from cells c
  left join fact_states f on f.jurisdiction = c.jurisdiction and f.seq = c.fact_seq
)
select
  c.jurisdiction,
  c.name,
  c.fips,
  c.year,
  c.in_force as law_in_force,
  case
    when c.in_force is null then 'missing'
    when c.status != 'required' then c.status_basis
    when c.ot_applies and c.in_force = 1 then 'official_text'
    else c.law_since_basis
  end as law_in_force_basis,
  case
    when c.in_force is null then null
    when c.status != 'required' then c.status_confidence
    when c.ot_applies and c.in_force = 1 then 'high'
    else c.law_since_confidence
  end as confidence,
  case
    when c.in_force = 1 and c.adoption_known = 1 and c.year = c.law_since
      then case when c.effective_month is not null then 13 - c.effective_month end
    when c.in_force = 1 then 12
    when c.in_force = 0 then 0
  end as months_in_force,
  c.law_since,
  c.law_since_basis,
  c.adoption_known,
  c.effective as effective_date,
  c.effective_month,
  c.enacted as enacted_date,
  c.enacted_year,
  case when c.in_force = 1 then (
    select count(*) from fact_states f
    where f.jurisdiction = c.jurisdiction and f.event = 'amended' and f.year <= c.year
  ) when c.in_force = 0 then 0 end as amendments_in_force,
  case when c.in_force is not null then exists (
    select 1 from fact_states f
    where f.jurisdiction = c.jurisdiction and f.event = 'amended' and f.year = c.year
  ) end as amended_this_year,
  case
    when c.in_force = 0 then 0
    when c.in_force = 1 and c.ot_applies then (
      select count(distinct je.value)
      from ot_sections o, json_each(coalesce(o.establishments, '[]')) je
      where o.jurisdiction = c.jurisdiction and o.from_year <= c.year
    )
    when c.in_force = 1 and c.f_establishments is not null
      then json_array_length(c.f_establishments)
  end as establishments_count,
  case
    when c.in_force = 0 then ''
    when c.in_force = 1 and c.ot_applies then (
      select group_concat(value, ';') from (
        select distinct je.value
        from ot_sections o, json_each(coalesce(o.establishments, '[]')) je
        where o.jurisdiction = c.jurisdiction and o.from_year <= c.year order by je.value
      )
    )
    when c.in_force = 1 then (
      select group_concat(value, ';') from json_each(c.f_establishments)
    )
  end as establishments,
  case
    when c.in_force = 1 and c.ot_applies then (
      select group_concat(value, ';') from (
        select distinct je.value from ot_sections o, json_each(coalesce(o.languages, '[]')) je
        where o.jurisdiction = c.jurisdiction and o.from_year <= c.year order by je.value
      )
    )
    when c.in_force = 1 then (select group_concat(value, ';') from json_each(c.f_languages))
  end as languages,
  case when c.in_force = 1 and not c.ot_applies then c.f_sign_size end as sign_size,
  case
    when c.in_force = 0 then 'no_law'
    when c.in_force = 1 and c.ot_applies then 'official_text'
    when c.in_force = 1 and c.f_establishments is not null then 'registry_fact'
    else 'missing'
  end as provisions_basis,
  case
    when c.in_force = 0 then 0
    when c.in_force = 1 and c.ot_applies then exists (
      select 1 from ot_sections o
      where o.jurisdiction = c.jurisdiction and o.from_year <= c.year
        and coalesce(o.penalties, '[]') not in ('[]', '')
    )
    when c.in_force = 1 and c.f_penalty_amount = 0 then 0
    when c.in_force = 1 and (c.f_penalty_amount > 0 or c.f_penalty is not null) then 1
  end as has_penalty,
  case
    when c.in_force = 1 and c.ot_applies then (
      select group_concat(value, '; ') from (
        select distinct je.value from ot_sections o, json_each(coalesce(o.penalties, '[]')) je
        where o.jurisdiction = c.jurisdiction and o.from_year <= c.year order by je.value
      )
    )
    when c.in_force = 1 then c.f_penalty
  end as penalty,
  case when c.in_force = 1 and not c.ot_applies then c.f_penalty_amount end as penalty_amount,
  case
    when c.in_force = 1 and c.ot_applies then 'official_text'
    when c.in_force = 1 and (c.f_penalty is not null or c.f_penalty_amount is not null)
      then 'registry_fact'
    when c.in_force = 0 then 'no_law'
    else 'missing'
  end as penalty_basis,
  case when c.in_force = 1 then coalesce(
    case when c.ot_applies and c.hotline_basis = 'official_text' then c.hotline_named end,
    c.f_hotline
  ) end as hotline_named,
  case when c.in_force = 1 then c.f_scope end as scope,
  (
    select group_concat(value, '; ') from json_each(c.citations)
  ) as citations,
  case when cv.coverage = 'crawled' and cv.covered_from <= c.year || '-01-01' then (
    select count(*) from dated_campaigns d
    where d.jurisdiction = c.jurisdiction and d.year = c.year
  ) end as campaigns_that_year,
  case
    when cv.coverage != 'crawled' then cv.coverage
    when cv.covered_from > c.year || '-12-31' then 'before_coverage'
    when cv.covered_from > c.year || '-01-01' then 'partial_year'
    when c.year = {_YEAR_NOW} then 'crawled_year_to_date'
    else 'crawled'
  end as campaign_coverage,
  c.status as law_status_now,
  c.status_basis as law_status_basis
from content c
left join coverage cv on cv.jurisdiction = c.jurisdiction
order by c.jurisdiction, c.year
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
    "bill_law_events": BILL_LAW_EVENTS,
    "law_evidence": LAW_EVIDENCE,
    "law_summary": LAW_SUMMARY,
    "newsroom_coverage": NEWSROOM_COVERAGE,
    "research_panel": RESEARCH_PANEL,
}


#: Views of earlier versions, dropped when the views are refreshed (research_panel replaced
#: state_years).
RETIRED_VIEWS = ("state_years",)


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
        for name in (*reversed(wanted), *RETIRED_VIEWS):
            db.execute(f"drop view if exists {name}")
        for sql in wanted.values():
            db.execute(sql)


def state_overview_columns(db: sqlite_utils.Database) -> list[str]:
    """The state overview's columns, in order (from its query)."""
    return [d[0] for d in db.execute(f"select * from ({STATE_OVERVIEW}) limit 0").description]


def create_state_overview_table(db: sqlite_utils.Database) -> None:
    """The `state_overview` table (replacing the view of earlier versions), empty."""
    db.execute("drop view if exists state_overview")
    columns = state_overview_columns(db)
    definitions = ", ".join(f"[{c}] text primary key" if c == "code" else f"[{c}]" for c in columns)
    db.execute(f"create table if not exists state_overview ({definitions})")


def refresh_state_overview(db: sqlite_utils.Database) -> None:
    """Recompute the 51 rows of `state_overview` in one transaction (readers see the old rows
    or the new ones). Writers call it when a run ends (Store.finish_run)."""
    columns = ", ".join(f"[{c}]" for c in state_overview_columns(db))
    with db.atomic():
        db.execute("delete from state_overview")
        db.execute(
            f"insert into state_overview ({columns}) select {columns} from ({STATE_OVERVIEW})"
        )


def create_temp_views(conn: sqlite3.Connection) -> None:
    """Create the same views as TEMP views on one connection: they shadow the file's views for
    that connection and write nothing, so they work on a read-only connection (the export)."""
    existing = {row[0] for row in conn.execute("select name from sqlite_master")}
    for table, columns in _FACT_TABLES.items():
        if table not in existing:  # a database from before the facts tables: none are known
            conn.execute(f"create temp table if not exists {table} ({', '.join(columns)})")
    for name in reversed(VIEWS):
        conn.execute(f"drop view if exists temp.{name}")
    for name in VIEWS:
        conn.execute(_view_sql(name, temp=True))


#: The facts and bills tables' columns (storage.m003_law_facts, m003_bills) the views read, for
#: read-only databases that predate them.
_FACT_TABLES = {
    "bills": (
        "id",
        "jurisdiction",
        "session",
        "identifier",
        "title",
        "status",
        "enacted_date",
        "effective_date",
        "effective_date_basis",
        "citations",
        "requires_posting",
        "posting_basis",
        "official_url",
        "openstates_url",
        "legiscan_url",
    ),
    "law_facts": (
        "jurisdiction",
        "status",
        "confidence",
        "hotline",
        "scope",
        "citations",
        "citation_urls",
        "notes",
    ),
    "law_events": (
        "jurisdiction",
        "seq",
        "event",
        "date",
        "year",
        "month",
        "law",
        "changed",
        "establishments",
        "languages",
        "sign_size",
        "penalty",
        "penalty_amount",
        "hotline",
        "scope",
        "source",
        "confidence",
        "note",
    ),
}
