"""The complaint list's queries on the demo shop: queues, counts, order, slices, search."""

from __future__ import annotations

from datetime import datetime

import pytest

from csdesk.services.complaints import case_files as complaints
from csdesk.services.complaints import complaint_list, complaint_rows
from csdesk.services.complaints.complaint_list import ComplaintFilter, Queue, SortKey

NOW = datetime(2026, 11, 23, 12, 0)  # the demo shop's "today", with work still open


def _ids(db, flt, sort=SortKey.RECEIVED, descending=True, **slice_):
    return complaint_list.matching_ids(db, flt, sort, descending, NOW, **slice_)


def test_queue_counts_agree_with_the_lists(demo_db):
    counts = complaint_list.queue_counts(demo_db, NOW)
    for queue in Queue:
        listed = _ids(demo_db, ComplaintFilter(queue=queue))
        assert counts[queue] == len(listed), queue
        first = complaint_list.first_matches(demo_db, ComplaintFilter(queue=queue), now=NOW)
        assert first.total == len(listed)
    assert counts[Queue.OPEN] > 0 and counts[Queue.CLOSED] > 100
    assert counts[Queue.ALL] == counts[Queue.OPEN] + counts[Queue.FOLLOW_UP] + counts[Queue.CLOSED]


@pytest.mark.parametrize("sort", list(SortKey))
@pytest.mark.parametrize("descending", [True, False])
def test_a_work_queue_keeps_the_order_of_the_whole_list(demo_db, sort, descending):
    """Work queues are ordered without the index (see ``_unindexed``): same order."""
    everything = _ids(demo_db, ComplaintFilter(queue=Queue.ALL), sort, descending)
    open_ = _ids(demo_db, ComplaintFilter(queue=Queue.OPEN), sort, descending)
    wanted = set(open_)
    assert open_ == [i for i in everything if i in wanted]


def test_the_first_matches_and_later_slices_make_up_the_list(demo_db):
    flt = ComplaintFilter(queue=Queue.ALL)
    whole = _ids(demo_db, flt, SortKey.DUE, False)
    first = complaint_list.first_matches(demo_db, flt, SortKey.DUE, False, NOW, first=50)
    assert first.first_ids == whole[:50] and first.total == len(whole)
    assert _ids(demo_db, flt, SortKey.DUE, False, offset=50, limit=70) == whole[50:120]
    narrow = complaint_list.first_matches(demo_db, ComplaintFilter(text="no such thing"), now=NOW)
    assert narrow.total == 0 and narrow.first_ids == []


def test_search_finds_reference_order_customer_and_contact_whatever_the_case(demo_db):
    row = complaint_rows.rows_for(demo_db, _ids(demo_db, ComplaintFilter(queue=Queue.ALL))[:1])[0]
    record = complaints.get_complaint(demo_db, row.id)
    for text in (row.ref.lower(), row.order_no[-6:], row.customer, record.data.contact[-4:]):
        found = _ids(demo_db, ComplaintFilter(queue=Queue.ALL, text=f"  {text.upper()} "))
        assert row.id in found, text
    # LIKE's wildcards are searched for as characters
    assert _ids(demo_db, ComplaintFilter(queue=Queue.ALL, text="%")) == []
    handles = _ids(demo_db, ComplaintFilter(queue=Queue.ALL, text="tb_"))
    assert handles and _ids(demo_db, ComplaintFilter(queue=Queue.ALL, text="_")) == handles


def test_rows_come_in_the_order_asked_and_missing_ids_are_left_out(demo_db):
    ids = _ids(demo_db, ComplaintFilter(queue=Queue.OPEN))[:5]
    rows = complaint_rows.rows_for(demo_db, [*reversed(ids), 10**9], NOW)
    assert [r.id for r in rows] == list(reversed(ids))
    assert all(r.due_state is not None for r in rows)  # open complaints have a clock
