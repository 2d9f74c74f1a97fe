"""Faster SQL for three of Datasette's table-page queries, same answers.

Datasette 0.65 builds a table page from fixed SQL: the rows, a count and one query per facet.
At a million releases three of them visit every row or every match although an index or the
full-text index already holds the answer:

* the count of a search (`?_search=`): `count(*) ... where rowid in (select rowid from the
  FTS index where ... match ...)` looks up every match in the table; the external-content FTS
  index holds exactly the table's rows (its triggers keep it so), so counting its matches is
  the same number without the lookups;
* the rows of a search sorted by an indexed column (press releases newest first): SQLite
  fetches and sorts every match; when there are many, reading the column's index in order and
  keeping the matches stops after one page of them (`indexed by`). With few matches the
  lookups are cheaper, so the choice follows the number of matches;
* a facet on a whole table (no filter, no search): `facet_counts` holds those counts, kept
  exact by triggers (`storage.FACET_COUNTED`), instead of counting a million rows per facet;
* facets of a filtered table (a search): Datasette counts them one after another, each over
  every match; the first counts all of the table's counted columns in one pass, and the
  others of the same request read its answer (REQUEST_MEMO lives for one request only). For
  a search alone that pass reads the matches' facet columns from a narrow copy of them under
  the same rowids (`storage.facet_rows_table`, kept by triggers) instead of looking up every
  matching release, body and all.

Every other query runs as Datasette wrote it. `HotlineDatabase` applies the rewrites; the
benchmark (bench/datasette_scale.py) replays the rewritten SQL.
"""

from __future__ import annotations

import re
from contextvars import ContextVar
from typing import Any

from datasette.database import Database, QueryInterrupted, Results

#: Matches from which a sorted search reads the sort column's index instead of sorting.
ORDERED_SCAN_MIN_MATCHES = 2000

_NAME = r"\[?(\w+)\]?"
_SEARCH = (
    rf"rowid in \(select rowid from {_NAME} where \[?\w+\]? match "
    r"(escape_fts\(:search\)|:search)\)"
)
_COUNT = re.compile(rf"^select count\(\*\) from {_NAME} where {_SEARCH}$")
_ROWS = re.compile(
    rf"^(select .+? from) {_NAME} (where {_SEARCH} order by {_NAME} desc limit \d+)$"
)
_FACET = re.compile(
    rf"^select {_NAME} as value, count\(\*\) as count from \( select .+? from {_NAME}"
    rf"(?: (where .+))? \) where \[?(\w+)\]? is not null group by \[?(\w+)\]? "
    r"order by count desc, value limit (\d+)$"
)

_SEARCH_ONLY = re.compile(rf"^where {_SEARCH}$")

#: One dict per Datasette request (set by web.py's ASGI wrapper): the counts of a filtered
#: table's facets, computed once for all of its counted columns and used by each facet.
REQUEST_MEMO: ContextVar[dict | None] = ContextVar("hotline_watch_request_memo", default=None)


def _squash(sql: str) -> str:
    return " ".join(sql.split())


def count_sql(sql: str) -> str | None:
    """The FTS-only count for a search count, else None."""
    found = _COUNT.match(_squash(sql))
    if found is None:
        return None
    fts, match = found.group(2), found.group(3)
    return f"select count(*) from [{fts}] where [{fts}] match {match}"


def rows_plan(sql: str) -> tuple[str, str, str, str] | None:
    """(table, sort column, FTS count SQL, SQL with `indexed by {index}` placeholder) for the
    rows of a search sorted by one column, else None."""
    found = _ROWS.match(_squash(sql))
    if found is None:
        return None
    head, table, rest, fts, match, column = found.groups()
    count = f"select count(*) from [{fts}] where [{fts}] match {match}"
    return table, column, count, f"{head} [{table}] indexed by [{{index}}] {rest}"


def facet_parts(
    sql: str, counted: dict[str, tuple[str, ...]]
) -> tuple[str, str, str | None, int] | None:
    """(table, column, where clause or None, limit) of a facet on a counted column, else None."""
    found = _FACET.match(_squash(sql))
    if found is None:
        return None
    column, table, where, column2, column3, limit = found.groups()
    if not (column == column2 == column3) or column not in counted.get(table, ()):
        return None
    return table, column, where, int(limit)


def facet_sql(sql: str, counted: dict[str, tuple[str, ...]]) -> str | None:
    """The facet_counts query for a facet on a whole table whose counts are kept, else None."""
    parts = facet_parts(sql, counted)
    if parts is None or parts[2] is not None:
        return None
    table, column, _, limit = parts
    return (
        "select value, n as count from facet_counts "
        f"where tbl = '{table}' and col = '{column}' and n > 0 and value is not null "
        f"order by count desc, value limit {limit}"
    )


class HotlineDatabase(Database):
    """Datasette's Database with the rewrites above (see the module doc)."""

    def __init__(
        self,
        *args: Any,
        counted: dict[str, tuple[str, ...]],
        facet_rows: dict[str, str] | None = None,
        **kwargs: Any,
    ):
        super().__init__(*args, **kwargs)
        self.counted = counted
        #: table -> the narrow table holding its counted columns under the same rowids
        self.facet_rows = facet_rows or {}
        self._sort_indexes: dict[tuple[str, str], str | None] = {}
        self._tables_present: dict[str, bool] = {}

    async def rewrite(self, sql: str, params: Any = None) -> str:
        """The SQL to run for `sql` (itself when no rewrite applies)."""
        faster = count_sql(sql) or facet_sql(sql, self.counted)
        if faster:
            return faster
        plan = rows_plan(sql)
        if plan is None:
            return sql
        table, column, count, indexed = plan
        index = await self._sort_index(table, column)
        if index is None:
            return sql
        matches = (await super().execute(count, params)).rows[0][0]
        return indexed.format(index=index) if matches >= ORDERED_SCAN_MIN_MATCHES else sql

    async def execute(self, sql, params=None, *args: Any, **kwargs: Any):
        parts = facet_parts(sql, self.counted)
        memo = REQUEST_MEMO.get()
        if parts is not None and parts[2] is not None and memo is not None:
            return await self._filtered_facet(parts, params, memo, kwargs.get("custom_time_limit"))
        return await super().execute(await self.rewrite(sql, params), params, *args, **kwargs)

    async def _filtered_facet(
        self, parts: tuple, params: Any, memo: dict, time_limit: int | None
    ) -> Results:
        """A facet of a filtered table (a search...): Datasette counts each facet over every
        match, one after another; here the first facet of a request counts all the table's
        counted columns in one pass and the others read that answer."""
        table, column, where, limit = parts
        key = (table, where, repr(sorted(params.items()) if isinstance(params, dict) else params))
        if key not in memo:
            columns = self.counted[table]
            names = ", ".join(f"[{c}]" for c in columns)
            source = table
            narrow = self.facet_rows.get(table)
            if narrow and _SEARCH_ONLY.match(where) and await self._present(narrow):
                source = narrow  # `where` reads rowid only: the same rows, far smaller pages
            try:
                memo[key] = (
                    columns,
                    (
                        await super().execute(
                            f"select {names}, count(*) from [{source}] {where} group by {names}",
                            params,
                            custom_time_limit=time_limit,
                        )
                    ).rows,
                )
            except QueryInterrupted as exc:
                memo[key] = exc  # the other facets of the page time out at once
        if isinstance(memo[key], QueryInterrupted):
            raise memo[key]
        columns, rows = memo[key]
        index = columns.index(column)
        counts: dict[Any, int] = {}
        for row in rows:
            if row[index] is not None:
                counts[row[index]] = counts.get(row[index], 0) + row[-1]
        ordered = sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:limit]
        return Results(
            [{"value": value, "count": n} for value, n in ordered],
            False,
            (("value", None, None, None, None, None, None), ("count",) + (None,) * 6),
        )

    async def _present(self, table: str) -> bool:
        """Whether `table` exists (cached: a database from before its migration lacks it)."""
        if table not in self._tables_present:
            rows = await super().execute(
                "select 1 from sqlite_master where type = 'table' and name = :name",
                {"name": table},
            )
            self._tables_present[table] = bool(rows.rows)
        return self._tables_present[table]

    async def _sort_index(self, table: str, column: str) -> str | None:
        """An index of `table` whose first column is `column` (cached)."""
        key = (table, column)
        if key not in self._sort_indexes:
            rows = await super().execute(
                "select il.name from pragma_index_list(:table) il "
                "join pragma_index_info(il.name) ii on ii.seqno = 0 "
                "where ii.name = :column and il.partial = 0 order by il.name limit 1",
                {"table": table, "column": column},
            )
            self._sort_indexes[key] = rows.rows[0][0] if rows.rows else None
        return self._sort_indexes[key]
