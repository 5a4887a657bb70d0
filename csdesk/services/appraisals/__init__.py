"""Appraisals: rules, drafts, the monthly workflow, quarters, evidence and the printed pack."""
