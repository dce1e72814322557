#!/usr/bin/env python3
"""SyncBN forward on R CPU replicas of [8, 64, 56, 56] f32 each, against its peers, in one run.

Rows: R = 2 and 4. Columns:
  syncbn   - syncbn-runtime on R CPU replica threads (criterion bench `syncbn_forward`, median step)
  jax      - Flax `nn.BatchNorm(axis_name="batch")` in training mode under `jax.pmap` over R host
             devices (XLA_FLAGS=--xla_force_host_platform_device_count=R), median of jitted calls
  torch    - PyTorch CPU `BatchNorm2d` in training mode over the global batch [8R, 64, 56, 56]
  bound    - the memory-copy bound: 1.5x a memcpy of the global tensor by R threads, one shard each
             (the forward makes three passes over it: statistics read, normalize read and write; a
             copy makes two)

Usage: python benches/peers/bench_syncbn.py [--skip-rust] [--steps K]
Run from the repository root; uses $CARGO_TARGET_DIR (default target/) for criterion's results.
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import time

SHARD = (8, 64, 56, 56)
REPLICAS = (2, 4)


def rust_medians(skip_build):
    """Runs the criterion bench and returns {R: ms} for syncbn and for memcpy of the global tensor."""
    if not skip_build:
        cmd = ["cargo", "bench", "-p", "syncbn-runtime", "--bench", "syncbn_forward", "--", "--noplot"]
        subprocess.run(cmd, check=True)
    target = os.environ.get("CARGO_TARGET_DIR", "target")
    out = {}
    for kind in ("replicas", "memcpy_global"):
        for r in REPLICAS:
            path = os.path.join(target, "criterion", "syncbn_forward", kind, str(r), "new", "estimates.json")
            with open(path) as f:
                out[(kind, r)] = json.load(f)["median"]["point_estimate"] / 1e6
    return out


JAX_CHILD = r"""
import sys, time, statistics, json
import numpy as np
import jax, jax.numpy as jnp
import flax.linen as nn
R, K = int(sys.argv[1]), int(sys.argv[2])
shard = (8, 64, 56, 56)
bn = nn.BatchNorm(use_running_average=False, axis=1, momentum=0.9, epsilon=1e-5, axis_name="batch")
x = jnp.asarray(np.random.default_rng(0).standard_normal((R,) + shard, dtype=np.float32))
variables = jax.pmap(lambda x: bn.init(jax.random.PRNGKey(0), x), axis_name="batch")(x)
step = jax.pmap(lambda v, x: bn.apply(v, x, mutable=["batch_stats"]), axis_name="batch")
jax.block_until_ready(step(variables, x))
times = []
for _ in range(K):
    t = time.perf_counter()
    jax.block_until_ready(step(variables, x))
    times.append((time.perf_counter() - t) * 1e3)
print(json.dumps({"devices": jax.local_device_count(), "median_ms": statistics.median(times)}))
"""


def jax_median(r, steps):
    env = dict(os.environ, XLA_FLAGS=f"--xla_force_host_platform_device_count={r}", JAX_PLATFORMS="cpu")
    try:
        res = subprocess.run([sys.executable, "-c", JAX_CHILD, str(r), str(steps)], env=env, check=True,
                             capture_output=True, text=True)
    except subprocess.CalledProcessError as e:
        print(f"note: JAX/Flax failed for R={r}: {e.stderr.strip().splitlines()[-1:]}", file=sys.stderr)
        return None
    data = json.loads(res.stdout.strip().splitlines()[-1])
    assert data["devices"] == r, data
    return data["median_ms"]


def torch_median(r, steps):
    try:
        import torch
    except Exception as e:  # torch is optional: say so instead of failing
        print(f"note: PyTorch skipped ({e.__class__.__name__}: {e})", file=sys.stderr)
        return None
    torch.set_num_threads(os.cpu_count() or 1)
    bn = torch.nn.BatchNorm2d(SHARD[1], eps=1e-5, momentum=0.1).train()
    x = torch.randn((SHARD[0] * r,) + SHARD[1:])
    with torch.no_grad():
        bn(x)
        times = []
        for _ in range(steps):
            t = time.perf_counter()
            bn(x)
            times.append((time.perf_counter() - t) * 1e3)
    return statistics.median(times)


def fmt(v):
    return "n/a" if v is None else f"{v:.2f}"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--skip-rust", action="store_true", help="reuse criterion's last results")
    ap.add_argument("--steps", type=int, default=30, help="timed steps for JAX and PyTorch")
    args = ap.parse_args()
    rust = rust_medians(args.skip_rust)
    print(f"\nSyncBN forward, [8, 64, 56, 56] f32 per replica, {os.cpu_count()} CPU cores, median ms per step\n")
    print("| R | syncbn | JAX/Flax pmap | PyTorch (global batch) | memory-copy bound | syncbn / JAX |")
    print("|---|---|---|---|---|---|")
    for r in REPLICAS:
        ours = rust[("replicas", r)]
        bound = 1.5 * rust[("memcpy_global", r)]
        jx = jax_median(r, args.steps)
        th = torch_median(r, args.steps)
        ratio = "n/a" if jx is None else f"{ours / jx:.2f}"
        print(f"| {r} | {fmt(ours)} | {fmt(jx)} | {fmt(th)} | {fmt(bound)} | {ratio} |")


if __name__ == "__main__":
    main()
