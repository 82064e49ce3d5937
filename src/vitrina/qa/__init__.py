"""Question answering helpers: question typing, candidate answers, scoring."""
