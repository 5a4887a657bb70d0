"""``csdesk today``: the Today page's cards on the command line.

    csdesk today [--date YYYY-MM-DD] [--format csv]

CSV: one line per card item, ``section,item,count,detail``; a section with nothing to
report still prints its items with count 0.
"""

from __future__ import annotations

import argparse
import csv
import sys

from csdesk.cli.arguments import common_options, day, open_shop
from csdesk.common import today_labels
from csdesk.common.i18n import translate
from csdesk.services.today.cards import MOST_URGENT, TOLD


def add_today(sub) -> None:
    """The ``today`` command."""
    p = sub.add_parser("today", help=translate("CLI", "what needs doing today, every area"))
    common_options(p, top=False)
    p.add_argument(
        "--date", type=day, help=translate("CLI", "as of this day, YYYY-MM-DD (default: today)")
    )
    p.add_argument("--format", choices=("text", "csv"), default="text")
    p.set_defaults(run=run_today)


def run_today(args: argparse.Namespace) -> int:
    """Print the cards."""
    from csdesk.services.today.today import today

    db = open_shop(args)
    try:
        cards = today(db, args.date)
    finally:
        db.close()
    if args.format == "csv":
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(["section", "item", "count", "detail"])
        for card in cards:
            for item in card.items:
                writer.writerow([card.section, item.key, item.count, item.detail])
        return 0
    titles, quiet = today_labels.section_titles(), today_labels.quiet_texts()
    for card in cards:
        print(titles[card.section])
        if card.quiet and card.section != TOLD:
            print("  " + quiet[card.section])
        for item in card.shown():
            print("  " + today_labels.item_text(card.section, item.key, item.count, item.lines))
            if not today_labels.names_first(card.section, item.key):
                for line in item.lines[:MOST_URGENT]:
                    print("    " + line)
    return 0
