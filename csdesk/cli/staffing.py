"""``csdesk staffing``: how many agents each hour of a week needs, from the forecast (Erlang C)."""

from __future__ import annotations

import argparse

from csdesk.cli.arguments import common_options
from csdesk.common.i18n import translate


def add_staffing(sub) -> None:
    """The ``staffing`` command."""
    p = sub.add_parser(
        "staffing", help=translate("CLI", "agents needed for an hour of contacts (Erlang C)")
    )
    common_options(p, top=False, db=False)
    p.add_argument(
        "--contacts", type=float, required=True, help=translate("CLI", "contacts in the hour")
    )
    p.add_argument(
        "--aht",
        type=float,
        required=True,
        metavar="SECONDS",
        help=translate("CLI", "average handling time in seconds"),
    )
    p.add_argument(
        "--target",
        type=float,
        default=0.8,
        help=translate("CLI", "share answered within the time (default 0.8)"),
    )
    p.add_argument(
        "--within",
        type=float,
        default=30.0,
        metavar="SECONDS",
        help=translate("CLI", "answer time in seconds (default 30)"),
    )
    p.add_argument(
        "--concurrency",
        type=float,
        default=1.0,
        help=translate("CLI", "chats an agent handles at once (default 1: phone)"),
    )
    p.add_argument(
        "--shrinkage",
        type=float,
        default=0.3,
        help=translate("CLI", "share of paid time away from contacts (default 0.3)"),
    )
    p.add_argument(
        "--max-occupancy",
        type=float,
        default=0.85,
        help=translate("CLI", "highest share of time busy with contacts (default 0.85)"),
    )
    p.set_defaults(run=run_staffing)


def run_staffing(args: argparse.Namespace) -> int:
    """Agents needed for an hour of contacts (Erlang C)."""
    from csdesk.services.rota.staffing import agents_needed

    need = agents_needed(
        args.contacts,
        args.aht,
        args.target,
        args.within,
        args.concurrency,
        args.shrinkage,
        args.max_occupancy,
    )
    print(
        f"agents={need.agents} service_level={need.service_level:.3f} "
        f"occupancy={need.occupancy:.3f} scheduled={need.scheduled}"
    )
    return 0
