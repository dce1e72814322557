//! The decoded instruction set: every instruction of a kernel as an [`Inst`] with its operands
//! resolved to register slots, immediates, special registers and instruction indices.

/// A PTX scalar type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ty {
    /// Untyped bits.
    B8,
    /// Untyped bits.
    B16,
    /// Untyped bits.
    B32,
    /// Untyped bits.
    B64,
    /// Unsigned.
    U8,
    /// Unsigned.
    U16,
    /// Unsigned.
    U32,
    /// Unsigned.
    U64,
    /// Signed.
    S8,
    /// Signed.
    S16,
    /// Signed.
    S32,
    /// Signed.
    S64,
    /// Single precision.
    F32,
    /// Double precision.
    F64,
    /// A predicate (stored as 0 or 1).
    Pred,
}

impl Ty {
    /// The type named by a modifier (`u32`, `f64`, `pred`, ...).
    pub fn parse(s: &str) -> Option<Ty> {
        Some(match s {
            "b8" => Ty::B8,
            "b16" => Ty::B16,
            "b32" => Ty::B32,
            "b64" => Ty::B64,
            "u8" => Ty::U8,
            "u16" => Ty::U16,
            "u32" => Ty::U32,
            "u64" => Ty::U64,
            "s8" => Ty::S8,
            "s16" => Ty::S16,
            "s32" => Ty::S32,
            "s64" => Ty::S64,
            "f32" => Ty::F32,
            "f64" => Ty::F64,
            "pred" => Ty::Pred,
            _ => return None,
        })
    }

    /// Width in bits (1 for a predicate).
    pub fn bits(self) -> u32 {
        match self {
            Ty::Pred => 1,
            Ty::B8 | Ty::U8 | Ty::S8 => 8,
            Ty::B16 | Ty::U16 | Ty::S16 => 16,
            Ty::B32 | Ty::U32 | Ty::S32 | Ty::F32 => 32,
            Ty::B64 | Ty::U64 | Ty::S64 | Ty::F64 => 64,
        }
    }

    /// Size in memory, in bytes.
    pub fn bytes(self) -> u32 {
        self.bits().div_ceil(8)
    }

    /// Whether the type is signed integer.
    pub fn signed(self) -> bool {
        matches!(self, Ty::S8 | Ty::S16 | Ty::S32 | Ty::S64)
    }

    /// Whether the type is floating point.
    pub fn float(self) -> bool {
        matches!(self, Ty::F32 | Ty::F64)
    }

    /// `bits` low bits set.
    pub fn mask(self) -> u64 {
        match self.bits() {
            64 => u64::MAX,
            b => (1u64 << b) - 1,
        }
    }
}

/// An IEEE rounding mode of a floating-point result (`.rn`, `.rz`, `.rm`, `.rp`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rnd {
    /// To nearest, ties to even.
    Nearest,
    /// Toward zero.
    Zero,
    /// Toward minus infinity.
    Down,
    /// Toward plus infinity.
    Up,
}

/// A special register.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sreg {
    /// `%tid.{x,y,z}`.
    Tid(u8),
    /// `%ntid.{x,y,z}`.
    Ntid(u8),
    /// `%ctaid.{x,y,z}`.
    Ctaid(u8),
    /// `%nctaid.{x,y,z}`.
    Nctaid(u8),
    /// `%laneid`.
    LaneId,
    /// `%warpid`.
    WarpId,
    /// `WARP_SZ`.
    WarpSize,
}

/// A source operand.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Src {
    /// A register slot.
    Reg(u32),
    /// A register slot, logically negated (`!%p`, predicates only).
    NotReg(u32),
    /// Immediate bits, already in the instruction type's representation.
    Imm(u64),
    /// A special register.
    Sreg(Sreg),
}

/// A state space.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Space {
    /// `.global`.
    Global,
    /// `.shared` (per block).
    Shared,
    /// `.local` (per thread).
    Local,
    /// `.param` (the kernel's parameters).
    Param,
    /// Generic addressing (no space given).
    Generic,
}

impl Space {
    /// The space's name in messages.
    pub fn name(self) -> &'static str {
        match self {
            Space::Global => "global",
            Space::Shared => "shared",
            Space::Local => "local",
            Space::Param => "param",
            Space::Generic => "generic",
        }
    }
}

/// A memory operand: `[reg + offset]` or `[symbol + offset]` (a symbol resolved to its address).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Addr {
    /// The base register, or `None` for a resolved symbol.
    pub base: Option<u32>,
    /// The offset (the symbol's address plus the written offset when `base` is `None`).
    pub offset: i64,
}

/// Integer and bitwise binary operations.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IntOp {
    /// Wrapping add.
    Add,
    /// Wrapping subtract.
    Sub,
    /// Low half of the product.
    MulLo,
    /// High half of the product.
    MulHi,
    /// Quotient (zero divisor faults).
    Div,
    /// Remainder (zero divisor faults).
    Rem,
    /// Bitwise and.
    And,
    /// Bitwise or.
    Or,
    /// Bitwise exclusive or.
    Xor,
    /// Shift left.
    Shl,
    /// Shift right (arithmetic for signed types).
    Shr,
    /// Minimum.
    Min,
    /// Maximum.
    Max,
}

/// Floating-point binary operations.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FloatOp {
    /// Add.
    Add,
    /// Subtract.
    Sub,
    /// Multiply.
    Mul,
    /// Divide.
    Div,
    /// Minimum (a NaN operand yields the other).
    Min,
    /// Maximum (a NaN operand yields the other).
    Max,
}

/// Floating-point unary operations.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FloatUnary {
    /// Sign flip.
    Neg,
    /// Absolute value.
    Abs,
    /// Square root.
    Sqrt,
    /// Reciprocal.
    Rcp,
    /// Reciprocal square root (`.approx`).
    Rsqrt,
    /// `2^x` (`.approx`).
    Ex2,
    /// `log2(x)` (`.approx`).
    Lg2,
    /// Sine (`.approx`).
    Sin,
    /// Cosine (`.approx`).
    Cos,
    /// Hyperbolic tangent (`.approx`).
    Tanh,
}

/// Integer unary operations.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IntUnary {
    /// Two's complement negation.
    Neg,
    /// Absolute value.
    Abs,
    /// Bitwise (or logical, for predicates) not.
    Not,
    /// Population count.
    Popc,
    /// Count leading zeros.
    Clz,
}

/// A comparison of `setp`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cmp {
    /// `==` (ordered for floats).
    Eq,
    /// `!=` (ordered for floats).
    Ne,
    /// `<`.
    Lt,
    /// `<=`.
    Le,
    /// `>`.
    Gt,
    /// `>=`.
    Ge,
    /// `==` or unordered.
    Equ,
    /// `!=` or unordered.
    Neu,
    /// `<` or unordered.
    Ltu,
    /// `<=` or unordered.
    Leu,
    /// `>` or unordered.
    Gtu,
    /// `>=` or unordered.
    Geu,
    /// Neither operand is NaN.
    Num,
    /// Either operand is NaN.
    Nan,
}

/// How `cvt` rounds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CvtRound {
    /// No rounding modifier (exact or integer conversions).
    None,
    /// A floating-point result rounded in this mode.
    Float(Rnd),
    /// Rounded to an integral value in this mode (`.rni`, `.rzi`, `.rmi`, `.rpi`).
    Int(Rnd),
}

/// The mode of `shfl.sync`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ShflMode {
    /// From a lower lane.
    Up,
    /// From a higher lane.
    Down,
    /// From `lane ^ b`.
    Bfly,
    /// From lane `b`.
    Idx,
}

/// One decoded operation.
#[derive(Clone, Debug, PartialEq)]
pub enum Op {
    /// `mov`: `d = a`.
    Mov { d: u32, a: Src, ty: Ty },
    /// An integer or bitwise binary operation of type `ty`.
    Int { op: IntOp, ty: Ty, d: u32, a: Src, b: Src },
    /// `mul.wide` / `mad.wide`: the full product of `ty` operands (plus `c`), twice as wide.
    MulWide { ty: Ty, d: u32, a: Src, b: Src, c: Option<Src> },
    /// `mad.lo` / `mad.hi`: `(a * b).lo/hi + c`.
    Mad { hi: bool, ty: Ty, d: u32, a: Src, b: Src, c: Src },
    /// `bfe`: the `len` bits of `a` from bit `pos`, zero- or sign-extended as `ty`.
    Bfe { ty: Ty, d: u32, a: Src, pos: Src, len: Src },
    /// A floating-point binary operation.
    Float { op: FloatOp, ty: Ty, rnd: Rnd, ftz: bool, sat: bool, d: u32, a: Src, b: Src },
    /// `fma`: `a * b + c` rounded once.
    Fma { ty: Ty, ftz: bool, sat: bool, d: u32, a: Src, b: Src, c: Src },
    /// A floating-point unary operation.
    FloatUn { op: FloatUnary, ty: Ty, rnd: Rnd, ftz: bool, d: u32, a: Src },
    /// An integer unary operation.
    IntUn { op: IntUnary, ty: Ty, d: u32, a: Src },
    /// `setp`: `d = a cmp b` (optionally `&& / || / ^ c`).
    Setp { cmp: Cmp, ty: Ty, d: u32, a: Src, b: Src, combine: Option<(IntOp, Src)> },
    /// `selp`: `d = p ? a : b`.
    Selp { ty: Ty, d: u32, a: Src, b: Src, p: Src },
    /// `cvt`: conversion from `src` to `dst` type.
    Cvt { dst: Ty, src: Ty, round: CvtRound, ftz: bool, sat: bool, d: u32, a: Src },
    /// `cvta` (`to == false`) or `cvta.to` (`to == true`) between `space` and generic addresses.
    Cvta { to: bool, space: Space, d: u32, a: Src },
    /// `ld`: one to four elements of type `ty`.
    Ld { space: Space, ty: Ty, d: Vec<u32>, addr: Addr },
    /// `st`: one to four elements of type `ty`.
    St { space: Space, ty: Ty, addr: Addr, s: Vec<Src> },
    /// A branch to instruction `target`.
    Bra { target: usize },
    /// `ret` / `exit`.
    Exit,
    /// `bar.sync` / `barrier.sync` on barrier `id`.
    Bar { id: Src },
    /// `shfl.sync`.
    Shfl { mode: ShflMode, d: u32, pd: Option<u32>, a: Src, b: Src, c: Src, mask: Src },
}

/// One instruction: a guard predicate (`@%p` / `@!%p`), the operation and its 1-based PTX line.
#[derive(Clone, Debug, PartialEq)]
pub struct Inst {
    /// The guard: register slot and whether it is negated.
    pub guard: Option<(u32, bool)>,
    /// The operation.
    pub op: Op,
    /// 1-based line in the PTX text.
    pub line: u32,
}
