"""The full-size torchvision models the peer benchmarks run on both sides: exported by
tests/fixtures/make_fixtures.py --full, and loaded back into PyTorch with the exported weights."""

import os
import subprocess
import sys

FIXTURES = os.path.join(os.path.dirname(__file__), "..", "..", "tests", "fixtures")
NAMES = ["resnet18", "mobilenet_v2"]


def default_binary():
    """The release `syncbn-compile` under `$CARGO_TARGET_DIR` (else `target`)."""
    return os.path.join(os.environ.get("CARGO_TARGET_DIR", "target"), "release", "syncbn-compile")


def export(folder, name):
    """Exports model `name` in training mode with its inputs into `folder/name`; that folder."""
    script = os.path.join(FIXTURES, "make_fixtures.py")
    subprocess.run([sys.executable, script, "--full", folder, "--only", name], check=True, capture_output=True)
    return os.path.join(folder, name)


def torch_model(folder, name):
    """The PyTorch model `name` in training mode with the weights exported into `folder`."""
    sys.path.insert(0, FIXTURES)
    import make_fixtures

    constructor = {n: c for n, c, _ in make_fixtures.full_models()}[name]
    return make_fixtures.load_exported_weights(constructor().train(), os.path.join(folder, "train.onnx"))
