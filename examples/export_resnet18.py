#!/usr/bin/env python3
"""Exports a reduced-width ResNet-18 from PyTorch in training mode and converts it to syncbn-ir JSON.

Produces examples/resnet18_torch.json and examples/weights/resnet18_torch.safetensors (all
initializers, one key each). Needs torch, onnx and numpy (run with the project's .venv):

    .venv/bin/python examples/export_resnet18.py

The network is torchvision's ResNet-18 layout (BasicBlock, [2, 2, 2, 2], downsampling 1x1 shortcuts)
with widths 8/16/32/64 instead of 64/128/256/512, for 32x32 inputs and 10 classes, so the fixture
stays small. Node and tensor names are exactly those torch.onnx.export writes.
"""
import io
import json
import os
import struct

import numpy as np
import onnx
import torch
from onnx import helper, numpy_helper
from torch import nn

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "resnet18_torch"


class BasicBlock(nn.Module):
    expansion = 1

    def __init__(self, inplanes, planes, stride=1, downsample=None):
        super().__init__()
        self.conv1 = nn.Conv2d(inplanes, planes, 3, stride, 1, bias=False)
        self.bn1 = nn.BatchNorm2d(planes)
        self.relu = nn.ReLU(inplace=True)
        self.conv2 = nn.Conv2d(planes, planes, 3, 1, 1, bias=False)
        self.bn2 = nn.BatchNorm2d(planes)
        self.downsample = downsample

    def forward(self, x):
        identity = x
        out = self.relu(self.bn1(self.conv1(x)))
        out = self.bn2(self.conv2(out))
        if self.downsample is not None:
            identity = self.downsample(x)
        return self.relu(out + identity)


class ResNet(nn.Module):
    def __init__(self, widths=(8, 16, 32, 64), blocks=(2, 2, 2, 2), num_classes=10):
        super().__init__()
        self.inplanes = widths[0]
        self.conv1 = nn.Conv2d(3, widths[0], 7, 2, 3, bias=False)
        self.bn1 = nn.BatchNorm2d(widths[0])
        self.relu = nn.ReLU(inplace=True)
        self.maxpool = nn.MaxPool2d(3, 2, 1)
        self.layer1 = self._layer(widths[0], blocks[0], 1)
        self.layer2 = self._layer(widths[1], blocks[1], 2)
        self.layer3 = self._layer(widths[2], blocks[2], 2)
        self.layer4 = self._layer(widths[3], blocks[3], 2)
        self.avgpool = nn.AdaptiveAvgPool2d((1, 1))
        self.fc = nn.Linear(widths[3], num_classes)

    def _layer(self, planes, count, stride):
        downsample = None
        if stride != 1 or self.inplanes != planes:
            downsample = nn.Sequential(
                nn.Conv2d(self.inplanes, planes, 1, stride, bias=False), nn.BatchNorm2d(planes)
            )
        layers = [BasicBlock(self.inplanes, planes, stride, downsample)]
        self.inplanes = planes
        layers += [BasicBlock(planes, planes) for _ in range(1, count)]
        return nn.Sequential(*layers)

    def forward(self, x):
        x = self.maxpool(self.relu(self.bn1(self.conv1(x))))
        x = self.layer4(self.layer3(self.layer2(self.layer1(x))))
        return self.fc(torch.flatten(self.avgpool(x), 1))


def export_onnx():
    torch.manual_seed(0)
    model = ResNet()
    model.train()
    buffer = io.BytesIO()
    torch.onnx.export(
        model,
        (torch.randn(2, 3, 32, 32),),
        buffer,
        input_names=["input"],
        output_names=["output"],
        dynamic_axes={"input": {0: "N"}, "output": {0: "N"}},
        training=torch.onnx.TrainingMode.TRAINING,
        do_constant_folding=False,
        opset_version=17,
        dynamo=False,
    )
    return onnx.load_from_string(buffer.getvalue())


DTYPES = {
    onnx.TensorProto.FLOAT: ("f32", "F32"),
    onnx.TensorProto.DOUBLE: ("f64", "F64"),
    onnx.TensorProto.INT64: ("i64", "I64"),
    onnx.TensorProto.INT32: ("i32", "I32"),
    onnx.TensorProto.BOOL: ("bool", "BOOL"),
}


def shape_of(value_info):
    dims = []
    for d in value_info.type.tensor_type.shape.dim:
        dims.append(d.dim_param if d.HasField("dim_param") else d.dim_value)
    return dims


def attr_value(a):
    value = helper.get_attribute_value(a)
    if isinstance(value, bytes):
        return value.decode()
    if isinstance(value, list):
        return [v.decode() if isinstance(v, bytes) else v for v in value]
    return value


def write_safetensors(path, tensors):
    """Writes the safetensors format by hand: u64 header length, JSON header, raw little-endian data."""
    header, blobs, offset = {}, [], 0
    for name, (array, st_dtype) in tensors.items():
        data = np.ascontiguousarray(array).astype(array.dtype.newbyteorder("<")).tobytes()
        header[name] = {"dtype": st_dtype, "shape": list(array.shape), "data_offsets": [offset, offset + len(data)]}
        blobs.append(data)
        offset += len(data)
    text = json.dumps(header, separators=(",", ":")).encode()
    text += b" " * ((8 - len(text) % 8) % 8)
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(text)))
        f.write(text)
        for blob in blobs:
            f.write(blob)


def convert(model):
    graph = model.graph
    init_names = {i.name for i in graph.initializer}
    weights_rel = f"weights/{NAME}.safetensors"
    tensors, initializers = {}, []
    for init in graph.initializer:
        array = numpy_helper.to_array(init)
        ir_dtype, st_dtype = DTYPES[init.data_type]
        tensors[init.name] = (array, st_dtype)
        initializers.append(
            {"name": init.name, "dtype": ir_dtype, "shape": list(array.shape), "file": weights_rel, "key": init.name}
        )
    write_safetensors(os.path.join(HERE, weights_rel), tensors)
    nodes = []
    for n in graph.node:
        node = {"name": n.name, "op": n.op_type, "inputs": list(n.input), "outputs": list(n.output)}
        attrs = {a.name: attr_value(a) for a in n.attribute}
        if attrs:
            node["attrs"] = attrs
        nodes.append(node)
    return {
        "format": "syncbn-ir",
        "version": 1,
        "name": NAME,
        "inputs": [
            {"name": i.name, "dtype": DTYPES[i.type.tensor_type.elem_type][0], "shape": shape_of(i)}
            for i in graph.input
            if i.name not in init_names
        ],
        "outputs": [o.name for o in graph.output],
        "initializers": initializers,
        "nodes": nodes,
    }


def main():
    model = export_onnx()
    converted = convert(model)
    path = os.path.join(HERE, f"{NAME}.json")
    with open(path, "w") as f:
        json.dump(converted, f, indent=1)
        f.write("\n")
    ops = {}
    for n in converted["nodes"]:
        ops[n["op"]] = ops.get(n["op"], 0) + 1
    print(path, ops, "outputs:", len(converted["outputs"]))


if __name__ == "__main__":
    main()
