"""Evaluation metrics shared by the benchmarks (scorers are tested like the rest of the code)."""
