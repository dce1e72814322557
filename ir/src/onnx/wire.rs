//! A pass over the protobuf wire format before decoding, bounding the memory the decoded messages
//! will take: a few input bytes can stand for a whole message struct (an empty node is 2 bytes), so
//! the decoded size is estimated field by field and checked against a limit first.

use std::mem::size_of;

use super::proto::{
    AttributeProto, Dimension, GraphProto, ModelProto, NodeProto, OperatorSetIdProto, StringStringEntryProto,
    TensorProto, TensorShapeProto, TypeProto, TypeProtoTensor, ValueInfoProto,
};

/// Messages of the subset syncbn decodes (see [`super::proto`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Msg {
    Model,
    OpsetId,
    Graph,
    Node,
    Attribute,
    Tensor,
    Entry,
    ValueInfo,
    Type,
    TypeTensor,
    Shape,
    Dim,
}

/// What a field decodes to, as far as memory goes.
enum Field {
    /// A nested message.
    Message(Msg),
    /// Packed varints widening to `usize` bytes each (one or more input bytes per value).
    Varints(u64),
    /// A string, bytes or packed fixed-width values: its length plus a header.
    Bytes,
    /// A scalar, or a field syncbn does not read (skipped, not stored).
    Small,
}

fn field(msg: Msg, number: u64) -> Field {
    use Field::{Bytes, Message, Varints};
    use Msg::*;
    match (msg, number) {
        (Model, 7) => Message(Graph),
        (Model, 8) => Message(OpsetId),
        (Model, 2) | (OpsetId, 1) | (Graph, 2) | (Node, 1..=4 | 7) | (Attribute, 1 | 4 | 7 | 9) => Bytes,
        (Graph, 1) => Message(Node),
        (Graph, 5) | (Attribute, 5) => Message(Tensor),
        (Graph, 11..=13) => Message(ValueInfo),
        (Node, 5) => Message(Attribute),
        (Attribute, 8) | (Tensor, 1 | 7) => Varints(8),
        (Tensor, 5) => Varints(4),
        (Tensor, 4 | 8 | 9 | 10) | (Entry, 1 | 2) | (ValueInfo, 1) | (Dim, 2) => Bytes,
        (Tensor, 13) => Message(Entry),
        (ValueInfo, 2) => Message(Type),
        (Type, 1) => Message(TypeTensor),
        (TypeTensor, 2) => Message(Shape),
        (Shape, 1) => Message(Dim),
        _ => Field::Small,
    }
}

impl Msg {
    /// The decoded struct's own size in bytes.
    fn size(self) -> u64 {
        (match self {
            Msg::Model => size_of::<ModelProto>(),
            Msg::OpsetId => size_of::<OperatorSetIdProto>(),
            Msg::Graph => size_of::<GraphProto>(),
            Msg::Node => size_of::<NodeProto>(),
            Msg::Attribute => size_of::<AttributeProto>(),
            Msg::Tensor => size_of::<TensorProto>(),
            Msg::Entry => size_of::<StringStringEntryProto>(),
            Msg::ValueInfo => size_of::<ValueInfoProto>(),
            Msg::Type => size_of::<TypeProto>(),
            Msg::TypeTensor => size_of::<TypeProtoTensor>(),
            Msg::Shape => size_of::<TensorShapeProto>(),
            Msg::Dim => size_of::<Dimension>(),
        }) as u64
    }
}

/// Header bytes of a decoded string or vector.
const HEADER: u64 = 24;
/// Bytes of one decoded repeated scalar given unpacked.
const SCALAR: u64 = 8;

/// An estimate (an upper bound, up to allocator slack) of the bytes that decoding `bytes` as a
/// `ModelProto` allocates; an error describes malformed wire data.
pub(crate) fn decoded_size(bytes: &[u8]) -> Result<u64, String> {
    let mut total = 0u64;
    walk(bytes, Msg::Model, &mut total)?;
    Ok(total)
}

fn walk(mut buf: &[u8], msg: Msg, total: &mut u64) -> Result<(), String> {
    while !buf.is_empty() {
        let key = varint(&mut buf)?;
        let number = key >> 3;
        let cost = match key & 7 {
            0 => varint(&mut buf).map(|_| SCALAR)?,
            1 => take(&mut buf, 8).map(|_| SCALAR)?,
            5 => take(&mut buf, 4).map(|_| SCALAR)?,
            2 => {
                let len = varint(&mut buf)?;
                let len = usize::try_from(len).map_err(|_| format!("a field length of {len} bytes"))?;
                let body = take(&mut buf, len)?;
                match field(msg, number) {
                    Field::Message(child) => {
                        walk(body, child, total)?;
                        child.size()
                    }
                    Field::Varints(width) => HEADER + width * len as u64,
                    Field::Bytes => HEADER + len as u64,
                    Field::Small => 0,
                }
            }
            other => return Err(format!("wire type {other} of field {number} is not supported")),
        };
        *total = total.saturating_add(cost);
    }
    Ok(())
}

fn varint(buf: &mut &[u8]) -> Result<u64, String> {
    let mut value = 0u64;
    for shift in (0..70).step_by(7) {
        let (&byte, rest) = buf.split_first().ok_or("the data ends inside a number")?;
        *buf = rest;
        value |= u64::from(byte & 0x7f).checked_shl(shift).unwrap_or(0);
        if byte & 0x80 == 0 {
            return Ok(value);
        }
    }
    Err("a number runs over 10 bytes".into())
}

fn take<'a>(buf: &mut &'a [u8], len: usize) -> Result<&'a [u8], String> {
    if len > buf.len() {
        return Err(format!("a field of {len} bytes runs past the end of the data ({} bytes left)", buf.len()));
    }
    let (head, rest) = buf.split_at(len);
    *buf = rest;
    Ok(head)
}
