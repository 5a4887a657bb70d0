"""Every page and main dialog fits a 1366 x 768 laptop (issue 19, §2).

A maximised window there has about 1366 x 698 pixels. The pages and dialogs are opened
on an offscreen screen of that size in a separate process (Qt takes the screen's size
at start-up) in Chinese and English: a minimum size that does not fit hides buttons
below the screen, and a window that opens larger than the screen starts cut off.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

LAPTOP = (1366, 698)


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_every_page_and_main_dialog_fits_a_laptop_screen(demo_template, tmp_path, language):
    screen = tmp_path / "screen.json"
    screen.write_text(
        json.dumps(
            {
                "screens": [
                    {"name": "laptop", "x": 0, "y": 0, "width": LAPTOP[0], "height": LAPTOP[1],
                     "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
                ]
            }
        )
    )  # fmt: skip
    shop = tmp_path / "shop.sqlite3"
    shutil.copyfile(demo_template, shop)
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={screen}",
        "CSDESK_DATA_DIR": str(tmp_path / "userdata"),
    }
    script = Path(__file__).with_name("screen_fit.py")
    result = subprocess.run(
        [sys.executable, str(script), str(shop), language],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        cwd=Path(__file__).parent.parent,
    )
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout.strip().splitlines()[-1])
    literal = {name: texts for name, texts in found.items() if name.endswith("as text")}
    assert literal == {}  # a mnemonic without a buddy shows "(&C)" on screen
    assert len(found) >= 19
    too_big = {
        name: sizes
        for name, sizes in found.items()
        if sizes[0] > LAPTOP[0]
        or sizes[1] > LAPTOP[1]
        or sizes[2] > LAPTOP[0]
        or sizes[3] > LAPTOP[1]
    }
    assert too_big == {}
