"""Benchmarks against PRODUCT.md's performance targets (run: python -m bench; see README)."""
