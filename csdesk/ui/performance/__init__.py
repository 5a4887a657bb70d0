"""The performance page: KPIs, hand-entered figures, QA reviews and rubrics."""
