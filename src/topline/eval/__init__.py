"""Evaluation metrics shared by the benchmarks (each a small module of pure functions)."""
