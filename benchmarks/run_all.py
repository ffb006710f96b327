"""Run every benchmark (placeholder: completed with issue 5)."""
print("no benchmarks yet")
