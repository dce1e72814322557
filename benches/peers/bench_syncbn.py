#!/usr/bin/env python3
"""SyncBN forward (or, with --train, forward + backward) on R CPU replicas of [8, 64, 56, 56] f32
each, against its peers, in one run.

Rows: R = 2 and 4. Columns:
  syncbn   - syncbn-runtime on R CPU replica threads (criterion bench `syncbn_forward`, median step)
  jax      - Flax `nn.BatchNorm(axis_name="batch")` in training mode under `jax.pmap` over R host
             devices (XLA_FLAGS=--xla_force_host_platform_device_count=R), median of jitted calls
  torch    - PyTorch CPU `BatchNorm2d` in training mode over the global batch [8R, 64, 56, 56]
  bound    - the memory-copy bound: 1.5x a memcpy of the global tensor by R threads, one shard each
             (the forward makes three passes over it: statistics read, normalize read and write; a
             copy makes two)

With --train every column times one training step of the layer: the forward, then the gradients of
the input and of scale and bias for an upstream gradient dy (syncbn: the `syncbn_train` bench of the
root crate, the model through differentiate/lower/run; JAX: `jax.grad` of sum(y * dy) under pmap,
parameter gradients psum'd over the replicas as data-parallel training does; PyTorch: backward over
the global batch). The memory bound column is omitted there.

Usage: python benches/peers/bench_syncbn.py [--train] [--skip-rust] [--steps K]
Run from the repository root; uses $CARGO_TARGET_DIR (default target/) for criterion's results.
"""

import argparse
import json
import os
import statistics
import subprocess
import sys

from timing import time_steps

SHARD = (8, 64, 56, 56)
REPLICAS = (2, 4)


def rust_medians(skip_build, train):
    """Runs the criterion bench and returns {(kind, R): ms}: syncbn's step, and (forward only) a
    memcpy of the global tensor."""
    group, package, kinds = ("syncbn_train", "syncbn", ("replicas",)) if train else (
        "syncbn_forward", "syncbn-runtime", ("replicas", "memcpy_global"))
    if not skip_build:
        cmd = ["cargo", "bench", "-p", package, "--bench", group, "--", "--noplot"]
        subprocess.run(cmd, check=True)
    target = os.environ.get("CARGO_TARGET_DIR", "target")
    out = {}
    for kind in kinds:
        for r in REPLICAS:
            path = os.path.join(target, "criterion", group, kind, str(r), "new", "estimates.json")
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


JAX_TRAIN_CHILD = r"""
import sys, time, statistics, json
import numpy as np
import jax, jax.numpy as jnp
import flax.linen as nn
R, K = int(sys.argv[1]), int(sys.argv[2])
shard = (8, 64, 56, 56)
bn = nn.BatchNorm(use_running_average=False, axis=1, momentum=0.9, epsilon=1e-5, axis_name="batch")
rng = np.random.default_rng(0)
x = jnp.asarray(rng.standard_normal((R,) + shard, dtype=np.float32))
dy = jnp.asarray(rng.standard_normal((R,) + shard, dtype=np.float32))
variables = jax.pmap(lambda x: bn.init(jax.random.PRNGKey(0), x), axis_name="batch")(x)

def loss(params, x, dy, stats):
    y, updates = bn.apply({"params": params, "batch_stats": stats}, x, mutable=["batch_stats"])
    return jnp.sum(y * dy), updates

def train_step(variables, x, dy):
    grad = jax.grad(loss, argnums=(0, 1), has_aux=True)
    (d_params, dx), updates = grad(variables["params"], x, dy, variables["batch_stats"])
    return dx, jax.lax.psum(d_params, "batch"), updates

step = jax.pmap(train_step, axis_name="batch")
jax.block_until_ready(step(variables, x, dy))
times = []
for _ in range(K):
    t = time.perf_counter()
    jax.block_until_ready(step(variables, x, dy))
    times.append((time.perf_counter() - t) * 1e3)
print(json.dumps({"devices": jax.local_device_count(), "median_ms": statistics.median(times)}))
"""


def jax_median(r, steps, train=False):
    env = dict(os.environ, XLA_FLAGS=f"--xla_force_host_platform_device_count={r}", JAX_PLATFORMS="cpu")
    try:
        child = JAX_TRAIN_CHILD if train else JAX_CHILD
        res = subprocess.run([sys.executable, "-c", child, str(r), str(steps)], env=env, check=True,
                             capture_output=True, text=True)
    except subprocess.CalledProcessError as e:
        print(f"note: JAX/Flax failed for R={r}: {e.stderr.strip().splitlines()[-1:]}", file=sys.stderr)
        return None
    data = json.loads(res.stdout.strip().splitlines()[-1])
    assert data["devices"] == r, data
    return data["median_ms"]


def torch_median(r, steps, train=False):
    try:
        import torch
    except Exception as e:  # torch is optional: say so instead of failing
        print(f"note: PyTorch skipped ({e.__class__.__name__}: {e})", file=sys.stderr)
        return None
    torch.set_num_threads(os.cpu_count() or 1)
    bn = torch.nn.BatchNorm2d(SHARD[1], eps=1e-5, momentum=0.1).train()
    x = torch.randn((SHARD[0] * r,) + SHARD[1:], requires_grad=train)
    dy = torch.randn_like(x)

    def step():
        if train:
            bn.zero_grad(set_to_none=True)
            x.grad = None
            bn(x).backward(dy)
        else:
            with torch.no_grad():
                bn(x)

    times = time_steps(step, steps)
    return statistics.median(times)


def fmt(v):
    return "n/a" if v is None else f"{v:.2f}"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--train", action="store_true", help="time forward + backward instead of the forward")
    ap.add_argument("--skip-rust", action="store_true", help="reuse criterion's last results")
    ap.add_argument("--steps", type=int, default=30, help="timed steps for JAX and PyTorch")
    args = ap.parse_args()
    rust = rust_medians(args.skip_rust, args.train)
    what = "forward + backward" if args.train else "forward"
    print(f"\nSyncBN {what}, [8, 64, 56, 56] f32 per replica, {os.cpu_count()} CPU cores, median ms per step\n")
    bound_head = "" if args.train else " memory-copy bound |"
    print(f"| R | syncbn | JAX/Flax pmap | PyTorch (global batch) |{bound_head} syncbn / JAX |")
    print("|---|---|---|---|---|" + ("" if args.train else "---|"))
    for r in REPLICAS:
        ours = rust[("replicas", r)]
        jx = jax_median(r, args.steps, args.train)
        th = torch_median(r, args.steps, args.train)
        ratio = "n/a" if jx is None else f"{ours / jx:.2f}"
        bound = "" if args.train else f" {fmt(1.5 * rust[('memcpy_global', r)])} |"
        print(f"| {r} | {fmt(ours)} | {fmt(jx)} | {fmt(th)} |{bound} {ratio} |")


if __name__ == "__main__":
    main()
