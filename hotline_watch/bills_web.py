"""Bills on the state pages (/state/XX): a Datasette plugin hook beside hotline_watch.web's.

The state page template shows `state_bills` in a block of its own at its end: the bills of the
jurisdiction coded as posting bills first, then the others that matched the queries.
"""

from __future__ import annotations

import re
from typing import Any

from datasette import hookimpl

STATE_TEMPLATE = "pages/state/{code}.html"
_STATE_PATH = re.compile(r"/state/([A-Za-z]{2})$")
STATE_BILLS_LIMIT = 50

STATE_BILLS_SQL = """
select id, identifier, session, title, status, status_date, status_action, requires_posting,
  posting_basis, coalesce(official_url, openstates_url, legiscan_url) as url
from bills where jurisdiction = :code
order by requires_posting desc, coalesce(status_date, '') desc, identifier
limit :limit
"""


async def state_bills(datasette, code: str) -> dict[str, Any]:
    """The bills block of one state page: rows, and how many bills there are in all."""
    db = datasette.get_database("hotline")
    if not await db.table_exists("bills"):
        return {"rows": [], "total": 0, "posting": 0}
    params = {"code": code.upper(), "limit": STATE_BILLS_LIMIT}
    rows = [dict(r) for r in (await db.execute(STATE_BILLS_SQL, params)).rows]
    total, posting = (
        await db.execute(
            "select count(*), coalesce(sum(requires_posting), 0) from bills "
            "where jurisdiction = :code",
            params,
        )
    ).first()
    return {"rows": rows, "total": total, "posting": posting}


@hookimpl
def extra_template_vars(template, datasette, request):
    if template != STATE_TEMPLATE or request is None:
        return None
    match = _STATE_PATH.search(request.path)
    if not match:
        return None

    async def bills_vars():
        return {"state_bills": await state_bills(datasette, match.group(1))}

    return bills_vars
