#!/usr/bin/env python3
"""A training loop, images/s: syncbn `--train` on 4 CPU replicas against a PyTorch loop with
torch.optim.SGD on the same global batches, in one run; also the step times (syncbn's median
`train.step_ms`, PyTorch's mean over the timed loop) and their ratio.

The model is torchvision's full-size ResNet-18 or MobileNetV2 (random weights, exported in training
mode by tests/fixtures/make_fixtures.py --full), trained with softmax cross-entropy over its 1000
logits for STEPS steps of a global batch of 8 images 3x32x32 (random images and labels, the same
for both), SGD with momentum 0.9, weight decay 1e-4, learning rate 0.01. syncbn: `syncbn-compile
train.onnx --train --loss cross-entropy --replicas 4 --batch 8 --steps STEPS` (2 images per
replica), `train.images_per_s` of its report (the loop: every step's forward, backward, all-reduces
and update; JIT and loading excluded). PyTorch: the same loop on one process over the batch of 8
(`zero_grad`, forward, `CrossEntropyLoss`, backward, `step`) with as many threads as cores, after
one warm-up step on a copy of the model, timed as a whole. Both losses are printed (every step's
with SYNCBN_BENCH_LOSSES=1): SyncBN over 4 x 2 images is BatchNorm over the batch of 8, and the
first steps agree to float32 rounding (1.7e-7, 2.4e-6, 4.7e-5 relative); later steps drift apart
by percents, as PyTorch's own float32 and float64 runs of this loop do (2e-3 at step 3, 6e-2 at
step 6: random labels over 1000 classes and BatchNorms over 8 values at 1x1 in layer4 amplify
rounding).

With --mpi, syncbn's replicas are 4 MPI processes (`mpirun -np 4 ... --comm mpi`; build with
`cargo build --release --features mpi`) instead of 4 threads of one process.

Usage: python benches/peers/bench_train_loop.py [--steps 50] [--model resnet18|mobilenet_v2]
       [--binary PATH] [--mpi]
Needs torch, torchvision and onnx; run from the repository root after `cargo build --release`.
"""

import argparse
import copy
import json
import os
import subprocess
import tempfile
import time

import numpy as np
import torch

from full_models import NAMES, default_binary, export, torch_model

LR, MOMENTUM, WEIGHT_DECAY, BATCH, REPLICAS = 0.01, 0.9, 1e-4, 8, 4


def write_data(folder, steps):
    rng = np.random.default_rng(7)
    x = rng.standard_normal((steps * BATCH, 3, 32, 32), dtype=np.float32)
    labels = rng.integers(0, 1000, size=steps * BATCH, dtype=np.int64)
    np.save(os.path.join(folder, "loop_x.npy"), x)
    np.save(os.path.join(folder, "loop_labels.npy"), labels)
    return x, labels


def syncbn_loop(binary, folder, steps, mpi):
    report = os.path.join(folder, "loop_report.json")
    launcher = ["mpirun", "--allow-run-as-root", "--oversubscribe", "-np", str(REPLICAS)] if mpi else []
    cmd = launcher + [binary, os.path.join(folder, "train.onnx"), "--train", "--loss", "cross-entropy",
           "--input", "x=" + os.path.join(folder, "loop_x.npy"),
           "--labels", os.path.join(folder, "loop_labels.npy"),
           "--replicas", str(REPLICAS), "--batch", str(BATCH), "--steps", str(steps),
           "--lr", str(LR), "--momentum", str(MOMENTUM), "--weight-decay", str(WEIGHT_DECAY),
           "--quiet", "--report", report, "-o", os.path.join(folder, "loop_out")]
    cmd += ["--comm", "mpi"] if mpi else []
    subprocess.run(cmd, check=True, capture_output=True)
    with open(report) as f:
        train = json.load(f)["train"]
    return train["images_per_s"], train["step_ms"]["median"], train["loss"]


def torch_loop(folder, name, x, labels, steps):
    torch.set_num_threads(os.cpu_count() or 1)
    model = torch_model(folder, name)
    loss_fn = torch.nn.CrossEntropyLoss()

    def loop(m, count):
        opt = torch.optim.SGD(m.parameters(), lr=LR, momentum=MOMENTUM, weight_decay=WEIGHT_DECAY)
        losses = []
        for s in range(count):
            rows = slice(s * BATCH, (s + 1) * BATCH)
            opt.zero_grad(set_to_none=True)
            loss = loss_fn(m(torch.from_numpy(x[rows])), torch.from_numpy(labels[rows]))
            loss.backward()
            opt.step()
            losses.append(loss.item())
        return losses

    loop(copy.deepcopy(model), 1)
    t = time.perf_counter()
    losses = loop(model, steps)
    seconds = time.perf_counter() - t
    return steps * BATCH / seconds, 1e3 * seconds / steps, losses


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--steps", type=int, default=50)
    ap.add_argument("--model", choices=NAMES, default="resnet18")
    ap.add_argument("--binary", default=default_binary())
    ap.add_argument("--mpi", action="store_true", help="syncbn's replicas as MPI processes")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = export(tmp, args.model)
        x, labels = write_data(folder, args.steps)
        ours, our_step, our_losses = syncbn_loop(args.binary, folder, args.steps, args.mpi)
        theirs, their_step, their_losses = torch_loop(folder, args.model, x, labels, args.steps)
    print(f"\n{args.model}, {args.steps} SGD steps of a global batch of {BATCH}x3x32x32, "
          f"{os.cpu_count()} CPU cores: images/s, and ms a step (syncbn: median; PyTorch: mean)\n")
    kind = "MPI ranks" if args.mpi else "replicas"
    print(f"| syncbn, {REPLICAS} {kind} x {BATCH // REPLICAS} | PyTorch CPU, torch.optim.SGD | syncbn / PyTorch "
          "| step, syncbn | step, PyTorch | step ratio |")
    print("|---|---|---|---|---|---|")
    print(f"| {ours:.1f} | {theirs:.1f} | {ours / theirs:.2f}x | {our_step:.1f} | {their_step:.1f} "
          f"| {our_step / their_step:.2f}x |")
    print(f"\nloss, first / last step: syncbn {our_losses[0]:.5f} / {our_losses[-1]:.5f}, "
          f"PyTorch {their_losses[0]:.5f} / {their_losses[-1]:.5f}")
    if os.environ.get("SYNCBN_BENCH_LOSSES"):
        for step, (a, b) in enumerate(zip(our_losses, their_losses)):
            print(f"step {step}: syncbn {a:.6f} PyTorch {b:.6f} relative {abs(a - b) / abs(b):.2e}")


if __name__ == "__main__":
    main()
