//! Instruction decoding: an opcode with its modifiers (`setp.ne.s64`, `cvt.rn.f32.f64`) and raw
//! operands become an [`Op`] with register slots, typed immediates and resolved symbols.

use std::collections::HashMap;

use crate::error::{PtxError, Result};
use crate::instr::{
    Addr, Cmp, CvtRound, FloatOp, FloatUnary, IntOp, IntUnary, Op, Rnd, ShflMode, Space, Src, Sreg, Ty,
};

/// A numeric literal as written.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Lit {
    /// A decimal, hex, octal or binary integer.
    Int(i128),
    /// `0fXXXXXXXX`: single-precision bits.
    F32(u32),
    /// `0dXXXXXXXXXXXXXXXX`: double-precision bits.
    F64(u64),
    /// A decimal floating-point literal.
    Float(f64),
}

impl Lit {
    /// Parses a number token (sign excluded).
    pub fn parse(s: &str) -> Option<Lit> {
        let lower = s.to_ascii_lowercase();
        if let Some(h) = lower.strip_prefix("0f").filter(|h| h.len() == 8) {
            return u32::from_str_radix(h, 16).ok().map(Lit::F32);
        }
        if let Some(h) = lower.strip_prefix("0d").filter(|h| h.len() == 16) {
            return u64::from_str_radix(h, 16).ok().map(Lit::F64);
        }
        let int = lower.trim_end_matches('u');
        if let Some(h) = int.strip_prefix("0x") {
            return i128::from_str_radix(h, 16).ok().map(Lit::Int);
        }
        if let Some(b) = int.strip_prefix("0b") {
            return i128::from_str_radix(b, 2).ok().map(Lit::Int);
        }
        if int.contains(['.', 'e']) {
            return lower.parse::<f64>().ok().map(Lit::Float);
        }
        if int.len() > 1 && int.starts_with('0') {
            return i128::from_str_radix(&int[1..], 8).ok().map(Lit::Int);
        }
        int.parse::<i128>().ok().map(Lit::Int)
    }

    /// The literal with its sign flipped.
    pub fn negate(self) -> Lit {
        match self {
            Lit::Int(v) => Lit::Int(-v),
            Lit::F32(b) => Lit::F32(b ^ 0x8000_0000),
            Lit::F64(b) => Lit::F64(b ^ (1 << 63)),
            Lit::Float(f) => Lit::Float(-f),
        }
    }

    /// The literal's bits as a value of type `ty`.
    fn bits(self, ty: Ty) -> Option<u64> {
        Some(match (self, ty) {
            (Lit::Int(v), Ty::F32) => u64::from((v as f32).to_bits()),
            (Lit::Int(v), Ty::F64) => (v as f64).to_bits(),
            (Lit::Int(v), Ty::Pred) => u64::from(v != 0),
            (Lit::Int(v), _) => (v as u64) & ty.mask(),
            (Lit::F32(b), Ty::F64) => f64::from(f32::from_bits(b)).to_bits(),
            (Lit::F32(b), _) => u64::from(b) & ty.mask(),
            (Lit::F64(b), Ty::F32) => u64::from((f64::from_bits(b) as f32).to_bits()),
            (Lit::F64(b), _) => b & ty.mask(),
            (Lit::Float(f), Ty::F32) => u64::from((f as f32).to_bits()),
            (Lit::Float(f), Ty::F64) => f.to_bits(),
            (Lit::Float(_), _) => return None,
        })
    }
}

/// A raw operand as parsed.
#[derive(Clone, Debug, PartialEq)]
pub enum Raw {
    /// `%name` (a register or special register).
    Reg(String),
    /// A number.
    Lit(Lit),
    /// A name: a label or a variable.
    Sym(String),
    /// `[base + offset]`.
    Addr {
        /// A register or variable name.
        base: Option<String>,
        /// The offset.
        offset: i64,
    },
    /// `{a, b, ...}`.
    Vec(Vec<Raw>),
    /// `!operand`.
    Not(Box<Raw>),
    /// `%p|%q`.
    Pair(String, String),
}

/// The names an instruction may refer to: registers, labels, parameters, shared and local variables.
pub struct Symbols<'a> {
    /// Register name to slot.
    pub regs: &'a HashMap<String, u32>,
    /// Label to instruction index.
    pub labels: &'a HashMap<String, usize>,
    /// Parameter name to its offset in the parameter space.
    pub params: HashMap<String, u64>,
    /// Shared variable to its address in the block's shared window.
    pub shared: &'a HashMap<String, u64>,
    /// Local variable to its address in the thread's local window.
    pub local: &'a HashMap<String, u64>,
}

impl Symbols<'_> {
    /// The slot of register `name`.
    pub fn reg(&self, name: &str, line: u32) -> Result<u32> {
        self.regs
            .get(name)
            .copied()
            .ok_or_else(|| PtxError::Parse { line, message: format!("undeclared register `{name}`") })
    }

    fn variable(&self, name: &str) -> Option<u64> {
        self.shared.get(name).or_else(|| self.local.get(name)).or_else(|| self.params.get(name)).copied()
    }
}

fn sreg(name: &str) -> Option<Sreg> {
    let axis = |s: &str| match s {
        "x" => Some(0u8),
        "y" => Some(1),
        "z" => Some(2),
        _ => None,
    };
    if let Some((base, a)) = name.split_once('.') {
        let a = axis(a)?;
        return match base {
            "%tid" => Some(Sreg::Tid(a)),
            "%ntid" => Some(Sreg::Ntid(a)),
            "%ctaid" => Some(Sreg::Ctaid(a)),
            "%nctaid" => Some(Sreg::Nctaid(a)),
            _ => None,
        };
    }
    match name {
        "%laneid" => Some(Sreg::LaneId),
        "%warpid" => Some(Sreg::WarpId),
        _ => None,
    }
}

/// Opcode modifiers, parsed once.
#[derive(Default)]
struct Mods {
    tys: Vec<Ty>,
    rnd: Option<Rnd>,
    int_rnd: Option<Rnd>,
    ftz: bool,
    sat: bool,
    approx: bool,
    lo: bool,
    hi: bool,
    wide: bool,
    space: Option<Space>,
    vec: usize,
    cmp: Option<Cmp>,
    combine: Option<IntOp>,
    shfl: Option<ShflMode>,
    to: bool,
}

fn cmp(s: &str) -> Option<Cmp> {
    Some(match s {
        "eq" => Cmp::Eq,
        "ne" => Cmp::Ne,
        "lt" | "lo" => Cmp::Lt,
        "le" | "ls" => Cmp::Le,
        "gt" | "hi" => Cmp::Gt,
        "ge" | "hs" => Cmp::Ge,
        "equ" => Cmp::Equ,
        "neu" => Cmp::Neu,
        "ltu" => Cmp::Ltu,
        "leu" => Cmp::Leu,
        "gtu" => Cmp::Gtu,
        "geu" => Cmp::Geu,
        "num" => Cmp::Num,
        "nan" => Cmp::Nan,
        _ => return None,
    })
}

impl Mods {
    fn parse(name: &str, parts: &[&str]) -> std::result::Result<Mods, String> {
        let mut m = Mods { vec: 1, ..Default::default() };
        for &p in parts {
            if let Some(t) = Ty::parse(p) {
                m.tys.push(t);
                continue;
            }
            match p {
                "rn" => m.rnd = Some(Rnd::Nearest),
                "rz" => m.rnd = Some(Rnd::Zero),
                "rm" => m.rnd = Some(Rnd::Down),
                "rp" => m.rnd = Some(Rnd::Up),
                "rni" => m.int_rnd = Some(Rnd::Nearest),
                "rzi" => m.int_rnd = Some(Rnd::Zero),
                "rmi" => m.int_rnd = Some(Rnd::Down),
                "rpi" => m.int_rnd = Some(Rnd::Up),
                "ftz" => m.ftz = true,
                "sat" => m.sat = true,
                "approx" | "full" => m.approx = true,
                "lo" if name == "mul" || name == "mad" => m.lo = true,
                "hi" if name == "mul" || name == "mad" => m.hi = true,
                "wide" => m.wide = true,
                "global" => m.space = Some(Space::Global),
                "shared" => m.space = Some(Space::Shared),
                "local" => m.space = Some(Space::Local),
                "param" => m.space = Some(Space::Param),
                "v2" => m.vec = 2,
                "v4" => m.vec = 4,
                "to" => m.to = true,
                "and" if name == "setp" => m.combine = Some(IntOp::And),
                "or" if name == "setp" => m.combine = Some(IntOp::Or),
                "xor" if name == "setp" => m.combine = Some(IntOp::Xor),
                "up" => m.shfl = Some(ShflMode::Up),
                "down" => m.shfl = Some(ShflMode::Down),
                "bfly" => m.shfl = Some(ShflMode::Bfly),
                "idx" => m.shfl = Some(ShflMode::Idx),
                "uni" | "sync" | "aligned" | "nc" | "ca" | "cg" | "cs" | "lu" | "cv" | "wb" | "wt" | "volatile"
                | "weak" => {}
                _ if name == "setp" && cmp(p).is_some() => m.cmp = cmp(p),
                _ => return Err(format!("modifier `.{p}`")),
            }
        }
        Ok(m)
    }

    fn ty(&self) -> std::result::Result<Ty, String> {
        match self.tys.as_slice() {
            [t] => Ok(*t),
            _ => Err("expected one type modifier".into()),
        }
    }
}

/// Operand conversion for one instruction.
struct Ops<'a, 'b> {
    raw: &'a [Raw],
    sym: &'a Symbols<'b>,
}

impl Ops<'_, '_> {
    fn count(&self, n: usize) -> std::result::Result<(), String> {
        if self.raw.len() == n {
            Ok(())
        } else {
            Err(format!("expected {n} operands, found {}", self.raw.len()))
        }
    }

    fn dst(&self, i: usize) -> std::result::Result<u32, String> {
        match self.raw.get(i) {
            Some(Raw::Reg(r)) => self.sym.regs.get(r).copied().ok_or_else(|| format!("undeclared register `{r}`")),
            other => Err(format!("operand {} must be a register, found {other:?}", i + 1)),
        }
    }

    fn src_raw(&self, raw: &Raw, ty: Ty) -> std::result::Result<Src, String> {
        match raw {
            Raw::Reg(r) => match sreg(r) {
                Some(s) => Ok(Src::Sreg(s)),
                None => self.sym.regs.get(r).map(|&s| Src::Reg(s)).ok_or_else(|| format!("undeclared register `{r}`")),
            },
            Raw::Sym(s) if s == "WARP_SZ" => Ok(Src::Sreg(Sreg::WarpSize)),
            Raw::Lit(l) => l.bits(ty).map(Src::Imm).ok_or_else(|| format!("literal {l:?} does not fit .{ty:?}")),
            Raw::Sym(s) => self.sym.variable(s).map(Src::Imm).ok_or_else(|| format!("unknown symbol `{s}`")),
            Raw::Not(inner) => match self.src_raw(inner, ty)? {
                Src::Reg(r) if ty == Ty::Pred => Ok(Src::NotReg(r)),
                _ => Err("`!` applies to predicate registers only".into()),
            },
            other => Err(format!("unexpected operand {other:?}")),
        }
    }

    fn src(&self, i: usize, ty: Ty) -> std::result::Result<Src, String> {
        self.raw.get(i).ok_or_else(|| format!("missing operand {}", i + 1)).and_then(|r| self.src_raw(r, ty))
    }

    fn addr(&self, i: usize) -> std::result::Result<Addr, String> {
        match self.raw.get(i) {
            Some(Raw::Addr { base: None, offset }) => Ok(Addr { base: None, offset: *offset }),
            Some(Raw::Addr { base: Some(b), offset }) => {
                if let Some(&slot) = self.sym.regs.get(b) {
                    return Ok(Addr { base: Some(slot), offset: *offset });
                }
                let at = self.sym.variable(b).ok_or_else(|| format!("unknown address base `{b}`"))?;
                Ok(Addr { base: None, offset: at as i64 + offset })
            }
            other => Err(format!("operand {} must be an address, found {other:?}", i + 1)),
        }
    }

    fn list(&self, i: usize, n: usize) -> std::result::Result<&[Raw], String> {
        match self.raw.get(i) {
            Some(Raw::Vec(v)) if v.len() == n => Ok(v),
            Some(r) if n == 1 => Ok(std::slice::from_ref(r)),
            other => Err(format!("operand {} must be a {n}-element vector, found {other:?}", i + 1)),
        }
    }

    fn label(&self, i: usize) -> std::result::Result<usize, String> {
        match self.raw.get(i) {
            Some(Raw::Sym(s)) => self.sym.labels.get(s).copied().ok_or_else(|| format!("unknown label `{s}`")),
            other => Err(format!("operand {} must be a label, found {other:?}", i + 1)),
        }
    }
}

fn int_op(name: &str, m: &Mods) -> Option<IntOp> {
    Some(match name {
        "add" => IntOp::Add,
        "sub" => IntOp::Sub,
        "mul" if m.hi => IntOp::MulHi,
        "mul" => IntOp::MulLo,
        "div" => IntOp::Div,
        "rem" => IntOp::Rem,
        "and" => IntOp::And,
        "or" => IntOp::Or,
        "xor" => IntOp::Xor,
        "shl" => IntOp::Shl,
        "shr" => IntOp::Shr,
        "min" => IntOp::Min,
        "max" => IntOp::Max,
        _ => return None,
    })
}

fn float_op(name: &str) -> Option<FloatOp> {
    Some(match name {
        "add" => FloatOp::Add,
        "sub" => FloatOp::Sub,
        "mul" => FloatOp::Mul,
        "div" => FloatOp::Div,
        "min" => FloatOp::Min,
        "max" => FloatOp::Max,
        _ => return None,
    })
}

fn float_unary(name: &str) -> Option<FloatUnary> {
    Some(match name {
        "neg" => FloatUnary::Neg,
        "abs" => FloatUnary::Abs,
        "sqrt" => FloatUnary::Sqrt,
        "rcp" => FloatUnary::Rcp,
        "rsqrt" => FloatUnary::Rsqrt,
        "ex2" => FloatUnary::Ex2,
        "lg2" => FloatUnary::Lg2,
        "sin" => FloatUnary::Sin,
        "cos" => FloatUnary::Cos,
        "tanh" => FloatUnary::Tanh,
        _ => return None,
    })
}

fn int_unary(name: &str) -> Option<IntUnary> {
    Some(match name {
        "neg" => IntUnary::Neg,
        "abs" => IntUnary::Abs,
        "not" => IntUnary::Not,
        "popc" => IntUnary::Popc,
        "clz" => IntUnary::Clz,
        _ => return None,
    })
}

/// The rounding mode of a floating-point operation: required for `div`, `sqrt` and `rcp` unless
/// `.approx`; `.rn` otherwise.
fn float_rnd(name: &str, m: &Mods) -> std::result::Result<Rnd, String> {
    match m.rnd {
        Some(r) => Ok(r),
        None if m.approx || !matches!(name, "div" | "sqrt" | "rcp") => Ok(Rnd::Nearest),
        None => Err(format!("`{name}` needs a rounding modifier or .approx")),
    }
}

fn decode_op(name: &str, m: &Mods, o: &Ops) -> std::result::Result<Op, String> {
    Ok(match name {
        "mov" => {
            o.count(2)?;
            let ty = m.ty()?;
            Op::Mov { d: o.dst(0)?, a: o.src(1, ty)?, ty }
        }
        "mul" | "mad" if m.wide => {
            let ty = m.ty()?;
            if ty.float() || ty.bits() > 32 {
                return Err(".wide needs a 16- or 32-bit integer type".into());
            }
            let c = if name == "mad" {
                o.count(4)?;
                let wide = if ty.signed() { Ty::S64 } else { Ty::U64 };
                Some(o.src(3, if ty.bits() == 32 { wide } else { Ty::B32 })?)
            } else {
                o.count(3)?;
                None
            };
            Op::MulWide { ty, d: o.dst(0)?, a: o.src(1, ty)?, b: o.src(2, ty)?, c }
        }
        "mad" if !m.tys.first().is_some_and(|t| t.float()) => {
            o.count(4)?;
            let ty = m.ty()?;
            Op::Mad { hi: m.hi, ty, d: o.dst(0)?, a: o.src(1, ty)?, b: o.src(2, ty)?, c: o.src(3, ty)? }
        }
        "bfe" => {
            o.count(4)?;
            let ty = m.ty()?;
            if ty.float() || ty.bits() < 32 {
                return Err("bfe takes a 32- or 64-bit integer type".into());
            }
            Op::Bfe { ty, d: o.dst(0)?, a: o.src(1, ty)?, pos: o.src(2, Ty::U32)?, len: o.src(3, Ty::U32)? }
        }
        "fma" | "mad" => {
            o.count(4)?;
            let ty = m.ty()?;
            if m.rnd.is_some_and(|r| r != Rnd::Nearest) {
                return Err("fma rounds to nearest only here".into());
            }
            Op::Fma { ty, ftz: m.ftz, sat: m.sat, d: o.dst(0)?, a: o.src(1, ty)?, b: o.src(2, ty)?, c: o.src(3, ty)? }
        }
        "add" | "sub" | "mul" | "div" | "min" | "max" if m.tys.first().is_some_and(|t| t.float()) => {
            o.count(3)?;
            let ty = m.ty()?;
            let op = float_op(name).ok_or("unknown float op")?;
            let rnd = float_rnd(name, m)?;
            Op::Float { op, ty, rnd, ftz: m.ftz, sat: m.sat, d: o.dst(0)?, a: o.src(1, ty)?, b: o.src(2, ty)? }
        }
        "add" | "sub" | "mul" | "div" | "rem" | "and" | "or" | "xor" | "shl" | "shr" | "min" | "max" => {
            o.count(3)?;
            let ty = m.ty()?;
            let op = int_op(name, m).ok_or("unknown integer op")?;
            let b_ty = if matches!(op, IntOp::Shl | IntOp::Shr) { Ty::U32 } else { ty };
            Op::Int { op, ty, d: o.dst(0)?, a: o.src(1, ty)?, b: o.src(2, b_ty)? }
        }
        "neg" | "abs" | "sqrt" | "rcp" | "rsqrt" | "ex2" | "lg2" | "sin" | "cos" | "tanh"
            if m.tys.first().is_some_and(|t| t.float()) =>
        {
            o.count(2)?;
            let ty = m.ty()?;
            let op = float_unary(name).ok_or("unknown float op")?;
            let exact = matches!(op, FloatUnary::Neg | FloatUnary::Abs | FloatUnary::Sqrt | FloatUnary::Rcp);
            if !exact && !m.approx {
                return Err(format!("`{name}` exists only as .approx"));
            }
            Op::FloatUn { op, ty, rnd: float_rnd(name, m)?, ftz: m.ftz, d: o.dst(0)?, a: o.src(1, ty)? }
        }
        "neg" | "abs" | "not" | "popc" | "clz" => {
            o.count(2)?;
            let ty = m.ty()?;
            Op::IntUn { op: int_unary(name).ok_or("unknown integer op")?, ty, d: o.dst(0)?, a: o.src(1, ty)? }
        }
        "setp" => {
            let ty = m.ty()?;
            let cmp = m.cmp.ok_or("setp needs a comparison")?;
            let d = match o.raw.first() {
                Some(Raw::Pair(..)) => return Err("two-destination setp".into()),
                _ => o.dst(0)?,
            };
            let combine = match m.combine {
                Some(op) => {
                    o.count(4)?;
                    Some((op, o.src(3, Ty::Pred)?))
                }
                None => {
                    o.count(3)?;
                    None
                }
            };
            Op::Setp { cmp, ty, d, a: o.src(1, ty)?, b: o.src(2, ty)?, combine }
        }
        "selp" => {
            o.count(4)?;
            let ty = m.ty()?;
            Op::Selp { ty, d: o.dst(0)?, a: o.src(1, ty)?, b: o.src(2, ty)?, p: o.src(3, Ty::Pred)? }
        }
        "cvt" => {
            o.count(2)?;
            let [dst, src] = m.tys.as_slice() else { return Err("cvt needs two types".into()) };
            let round = match (m.rnd, m.int_rnd) {
                (Some(r), None) => CvtRound::Float(r),
                (None, Some(r)) => CvtRound::Int(r),
                (None, None) => CvtRound::None,
                _ => return Err("two rounding modifiers".into()),
            };
            let needs = (dst.float() && src.float() && dst.bits() < src.bits())
                || (dst.float() && !src.float())
                || (!dst.float() && src.float());
            if needs && round == CvtRound::None {
                return Err("this conversion needs a rounding modifier".into());
            }
            Op::Cvt { dst: *dst, src: *src, round, ftz: m.ftz, sat: m.sat, d: o.dst(0)?, a: o.src(1, *src)? }
        }
        "cvta" => {
            o.count(2)?;
            let space = m.space.ok_or("cvta needs a state space")?;
            Op::Cvta { to: m.to, space, d: o.dst(0)?, a: o.src(1, Ty::U64)? }
        }
        "ld" | "st" => {
            o.count(2)?;
            let ty = m.ty()?;
            let space = m.space.unwrap_or(Space::Generic);
            if name == "ld" {
                let d = (o.list(0, m.vec)?.iter())
                    .map(|r| match r {
                        Raw::Reg(n) => o.sym.regs.get(n).copied().ok_or_else(|| format!("undeclared register `{n}`")),
                        other => Err(format!("ld destination {other:?}")),
                    })
                    .collect::<std::result::Result<_, _>>()?;
                Op::Ld { space, ty, d, addr: o.addr(1)? }
            } else {
                let s = (o.list(1, m.vec)?.iter()).map(|r| o.src_raw(r, ty)).collect::<std::result::Result<_, _>>()?;
                Op::St { space, ty, addr: o.addr(0)?, s }
            }
        }
        "bra" => {
            o.count(1)?;
            Op::Bra { target: o.label(0)? }
        }
        "ret" | "exit" => {
            o.count(0)?;
            Op::Exit
        }
        "bar" | "barrier" => {
            if o.raw.len() != 1 {
                return Err("barriers with a thread count are not supported".into());
            }
            Op::Bar { id: o.src(0, Ty::U32)? }
        }
        "shfl" => {
            o.count(5)?;
            let mode = m.shfl.ok_or("shfl needs a mode")?;
            let (d, pd) = match &o.raw[0] {
                Raw::Pair(a, b) => {
                    let reg = |n: &str| o.sym.regs.get(n).copied().ok_or_else(|| format!("undeclared register `{n}`"));
                    (reg(a)?, Some(reg(b)?))
                }
                _ => (o.dst(0)?, None),
            };
            let [a, b, c, mask] = [1, 2, 3, 4].map(|i| o.src(i, Ty::B32));
            Op::Shfl { mode, d, pd, a: a?, b: b?, c: c?, mask: mask? }
        }
        _ => return Err("unknown opcode".into()),
    })
}

/// Decodes one instruction.
pub fn decode(opcode: &str, raw: &[Raw], sym: &Symbols, line: u32) -> Result<Op> {
    let parts: Vec<&str> = opcode.split('.').collect();
    let name = parts[0];
    let result = Mods::parse(name, &parts[1..]).and_then(|m| decode_op(name, &m, &Ops { raw, sym }));
    result.map_err(|reason| PtxError::Unsupported { line, instruction: opcode.to_string(), reason })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literals_in_every_notation() {
        assert_eq!(Lit::parse("0f3F800000"), Some(Lit::F32(0x3F80_0000)));
        assert_eq!(Lit::parse("0d3FF0000000000000"), Some(Lit::F64(0x3FF0_0000_0000_0000)));
        assert_eq!(Lit::parse("0x1f"), Some(Lit::Int(31)));
        assert_eq!(Lit::parse("017"), Some(Lit::Int(15)));
        assert_eq!(Lit::parse("1065353216"), Some(Lit::Int(1_065_353_216)));
        assert_eq!(Lit::parse("1.5"), Some(Lit::Float(1.5)));
        assert_eq!(Lit::Int(-4).bits(Ty::B64), Some(u64::MAX - 3));
        assert_eq!(Lit::Int(-1).bits(Ty::B32), Some(0xffff_ffff));
    }
}
