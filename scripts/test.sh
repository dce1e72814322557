#!/usr/bin/env bash
# The project's test command: every test of every crate. PTX tests need ptxas: .ci/run installs it and
# sets SYNCBN_PTXAS; locally, scripts/test.sh finds it in .venv when present.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${SYNCBN_PTXAS:-}" ]; then
  found="$(ls .venv/lib/python3*/site-packages/nvidia/cuda_nvcc/bin/ptxas 2>/dev/null | head -1 || true)"
  if [ -n "$found" ]; then export SYNCBN_PTXAS="$PWD/$found"; fi
fi
export LLVM_SYS_140_PREFIX="${LLVM_SYS_140_PREFIX:-/usr/lib/llvm-14}"
export PROPTEST_CASES="${PROPTEST_CASES:-64}"
cargo test --workspace --all-targets --no-fail-fast
