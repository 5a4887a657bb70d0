"""Performance data: conversations, agent summaries, QA reviews and the monthly KPIs."""
