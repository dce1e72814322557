"""Wall-clock timing shared by the peer benchmark scripts."""

import time


def time_steps(step, steps):
    """Calls `step` once to warm up, then `steps` times; the milliseconds of each timed call."""
    step()
    times = []
    for _ in range(steps):
        t = time.perf_counter()
        step()
        times.append((time.perf_counter() - t) * 1e3)
    return times
