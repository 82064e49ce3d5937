"""Extraction stage: sentences, mentions, dates, quantities, quotes, events."""
