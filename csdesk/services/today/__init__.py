"""Today (今日): what needs doing this morning, from every area, in one place (issue 22)."""
