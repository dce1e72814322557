#!/usr/bin/env python3
"""ResNet-18 forward with SyncBN: syncbn on 4 CPU replicas x 2 images of 3x32x32 against PyTorch's
CPU train-mode forward over the global batch of 8, in one run.

The model is torchvision's full-size ResNet-18 (MobileNetV2 with --model; random weights), exported
in training mode by tests/fixtures/make_fixtures.py --full. syncbn: `syncbn-compile train.onnx --run --replicas 4
--bench K --report`, median step (the lowered graph's kernels, convolutions and collectives; JIT and
I/O excluded). PyTorch: median of K timed `model(x)` calls under no_grad with as many threads as
cores. With --train both sides also run the backward (syncbn: --grad-output; PyTorch: backward of
the same upstream gradient).

Usage: python benches/peers/bench_resnet18.py [--steps K] [--train] [--model resnet18|mobilenet_v2]
       [--binary PATH]
Needs torch, torchvision and onnx; run from the repository root after `cargo build --release`.
"""

import argparse
import json
import os
import statistics
import subprocess
import tempfile

import numpy as np
import torch

from full_models import NAMES, default_binary, export, torch_model
from timing import time_steps


def syncbn_median(binary, folder, steps, train):
    report = os.path.join(folder, "report.json")
    cmd = [binary, os.path.join(folder, "train.onnx"), "--run", "--replicas", "4",
           "--input", "x=" + os.path.join(folder, "input.npy"), "-o", os.path.join(folder, "out"),
           "--bench", str(steps), "--report", report]
    if train:
        cmd += ["--grad-output", "y=" + os.path.join(folder, "grad_output.npy")]
    subprocess.run(cmd, check=True, capture_output=True)
    with open(report) as f:
        run = json.load(f)["run"]
    return run["step_ms"]["median"], run["step_ms"]["min"]


def torch_median(folder, name, steps, train):
    torch.set_num_threads(os.cpu_count() or 1)
    model = torch_model(folder, name)
    x = torch.from_numpy(np.load(os.path.join(folder, "input.npy")))
    dy = torch.from_numpy(np.load(os.path.join(folder, "grad_output.npy")))

    def step():
        if train:
            model.zero_grad(set_to_none=True)
            model(x).backward(dy)
        else:
            with torch.no_grad():
                model(x)

    times = time_steps(step, steps)
    return statistics.median(times), min(times)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--steps", type=int, default=30)
    ap.add_argument("--train", action="store_true", help="forward + backward")
    ap.add_argument("--model", choices=NAMES, default="resnet18")
    ap.add_argument("--binary", default=default_binary())
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = export(tmp, args.model)
        ours = syncbn_median(args.binary, folder, args.steps, args.train)
        theirs = torch_median(folder, args.model, args.steps, args.train)
    what = "forward + backward" if args.train else "forward"
    print(f"\n{args.model} {what}, global batch 8x3x32x32, {os.cpu_count()} CPU cores, ms per step (median / min)\n")
    print("| syncbn, 4 replicas x 2 | PyTorch CPU, batch 8 | syncbn / PyTorch |")
    print("|---|---|---|")
    print(f"| {ours[0]:.2f} / {ours[1]:.2f} | {theirs[0]:.2f} / {theirs[1]:.2f} | {ours[0] / theirs[0]:.2f} |")


if __name__ == "__main__":
    main()
