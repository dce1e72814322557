#!/usr/bin/env python3
"""Writes the small .npy weight files of the example models (numpy only; deterministic).

Run from anywhere: python3 examples/make_weights.py
"""
import os

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))


def save(name, array):
    path = os.path.join(HERE, "weights", name + ".npy")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    np.save(path, array)
    print(path, array.dtype, array.shape)


def conv_weight(rng, out_ch, in_ch, k):
    """Kaiming-style normal weights, float32."""
    std = np.sqrt(2.0 / (in_ch * k * k))
    return (rng.standard_normal((out_ch, in_ch, k, k)) * std).astype(np.float32)


def main():
    rng = np.random.default_rng(20260101)
    save("conv1.weight", conv_weight(rng, 8, 3, 3))
    save("block.conv1.weight", conv_weight(rng, 16, 8, 3))
    save("block.conv2.weight", conv_weight(rng, 16, 16, 3))
    save("block.downsample.weight", conv_weight(rng, 16, 8, 1))


if __name__ == "__main__":
    main()
