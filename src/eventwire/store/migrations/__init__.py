"""Alembic migration scripts, shipped inside the package and run programmatically (see store.engine)."""
