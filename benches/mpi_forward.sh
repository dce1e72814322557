#!/usr/bin/env bash
# SyncBN forward on 2 and 4 MPI processes (one replica each, `--comm mpi`) against the in-process run of
# the same replicas (threads): one training BatchNorm, [8, 64, 56, 56] f32 per replica, STEPS timed steps
# (default 50) after a warm-up step. Prints, per run, the median step time and the median time in
# collectives (the slowest replica's, waiting included) with its share of the step, from each --report.
# Needs Open MPI (mpirun) and a Python with numpy (PYTHON, default python3). Usage: benches/mpi_forward.sh (BIN=path/to/syncbn-compile
# to time an existing build with the mpi feature instead of building the release one).
set -euo pipefail
cd "$(dirname "$0")/.."
STEPS="${STEPS:-50}"
PYTHON="${PYTHON:-python3}"
if [ -z "${BIN:-}" ]; then
  cargo build --release --features mpi --bin syncbn-compile
  BIN="${CARGO_TARGET_DIR:-target}/release/syncbn-compile"
fi
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

"$PYTHON" - "$WORK" <<'PY'
import json, sys
import numpy as np
work = sys.argv[1]
model = json.load(open("examples/bn_only.json"))
c = 64
model["name"] = "bn_64x56x56"
model["inputs"][0]["shape"] = ["N", c, 56, 56]
for init in model["initializers"]:
    init["shape"] = [c]
    if "data" in init:
        del init["data"]
        init["fill"] = 1.0 if init["name"].endswith("weight") else 0.0
json.dump(model, open(f"{work}/model.json", "w"))
rng = np.random.default_rng(0)
for r in (2, 4):
    np.save(f"{work}/x{r}.npy", rng.standard_normal((8 * r, c, 56, 56), dtype=np.float32))
PY

MPIRUN=(mpirun --oversubscribe --bind-to none --mca btl_vader_single_copy_mechanism none)
if [ "$(id -u)" = 0 ]; then MPIRUN+=(--allow-run-as-root); fi
for R in 2 4; do
  common=(--run --input "x=$WORK/x$R.npy" --bench "$STEPS" -o "$WORK/out" --output-dir "$WORK/out")
  "$BIN" "$WORK/model.json" "${common[@]}" --replicas "$R" --report "$WORK/local$R.json" >/dev/null
  "${MPIRUN[@]}" -np "$R" "$BIN" "$WORK/model.json" "${common[@]}" --comm mpi --report "$WORK/mpi$R.json" >/dev/null
done

"$PYTHON" - "$WORK" "$STEPS" <<'PY'
import json, sys
work, steps = sys.argv[1], sys.argv[2]
print(f"SyncBN forward, [8, 64, 56, 56] f32 per replica, median of {steps} steps (ms)")
print(f"{'R':>2} {'comm':>6} {'step':>9} {'collectives':>12} {'share':>7}")
for r in (2, 4):
    for comm in ("local", "mpi"):
        run = json.load(open(f"{work}/{comm}{r}.json"))["run"]
        step, coll = run["step_ms"]["median"], run["collectives_ms"]["median"]
        print(f"{r:>2} {comm:>6} {step:>9.3f} {coll:>12.3f} {100 * coll / step:>6.1f}%")
PY
