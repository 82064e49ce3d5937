"""Imported by the fork server of a worker pool with a shared warm-up (``workers.run_isolated``,
``shared_warmup``): runs the pool's warm-up once, so each worker forked from the server starts with
the model and tables loaded and shares their memory (``workers.preload_warmup``)."""

from vitrina.workers import preload_warmup

preload_warmup()
