//! Launch execution: blocks one after another; in a block, each thread runs on its own registers
//! until it reaches a `bar.sync`, a `shfl.sync` or its exit; then warps' shuffles are exchanged
//! (every member lane must be at the same shuffle) and barriers released (every thread of the block
//! must be at the same barrier). Deterministic: threads run in index order.

use std::time::Instant;

use crate::error::{Fault, PtxError, Result};
use crate::float::{self, Rounded, NAN32, NAN64};
use crate::instr::{
    Addr, Cmp, CvtRound, FloatOp, FloatUnary, Inst, IntOp, IntUnary, Op, Rnd, ShflMode, Space, Src, Sreg, Ty,
};
use crate::kernel::{Kernel, LaunchConfig, LaunchStats, SourceLines};
use crate::memory::{DeviceMemory, UNINIT};

/// Generic addresses of the block's shared memory start here.
const SHARED_WINDOW: u64 = 0x1000_0000_0000;
/// Generic addresses of the thread's local memory start here.
const LOCAL_WINDOW: u64 = 0x2000_0000_0000;
const WARP: usize = 32;
/// The watchdog deadline is read once per this many executed instructions (a power of two).
const DEADLINE_PERIOD: u64 = 1 << 16;

/// Where a thread stopped.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Status {
    Ready,
    Barrier,
    Shuffle,
    Done,
}

/// A fault and the thread and instruction it happened in.
struct At {
    thread: usize,
    pc: usize,
    fault: Fault,
}

/// The state of one block.
struct Block<'a> {
    kernel: &'a Kernel,
    params: &'a [u8],
    ctaid: [u32; 3],
    ntid: [u32; 3],
    nctaid: [u32; 3],
    regs: Vec<u64>,
    pcs: Vec<usize>,
    status: Vec<Status>,
    shared: Vec<u8>,
    local: Vec<u8>,
    steps: u64,
    budget: u64,
    deadline: Option<Instant>,
}

/// Runs every block of the launch.
pub fn run_grid(
    module: &SourceLines,
    kernel: &Kernel,
    config: &LaunchConfig,
    params: &[u8],
    memory: &mut DeviceMemory,
) -> Result<LaunchStats> {
    let [gx, gy, gz] = config.grid;
    let mut stats = LaunchStats::default();
    for z in 0..gz {
        for y in 0..gy {
            for x in 0..gx {
                let mut block = Block::new(kernel, config, params, [x, y, z]);
                block.budget = config.step_budget.saturating_sub(stats.instructions);
                block.run(memory).map_err(|at| block.error(module, at))?;
                stats.instructions += block.steps;
            }
        }
    }
    Ok(stats)
}

fn sext(v: u64, bits: u32) -> i64 {
    if bits >= 64 {
        v as i64
    } else {
        ((v << (64 - bits)) as i64) >> (64 - bits)
    }
}

/// An integer operand as a 128-bit value of its type.
fn int_value(v: u64, ty: Ty) -> i128 {
    if ty.signed() {
        i128::from(sext(v, ty.bits()))
    } else {
        i128::from(v & ty.mask())
    }
}

fn read_float(v: u64, ty: Ty) -> f64 {
    if ty == Ty::F32 {
        f64::from(f32::from_bits(v as u32))
    } else {
        f64::from_bits(v)
    }
}

/// A float result as register bits: NaN canonical, `.ftz` and `.sat` applied.
fn float_bits(v: f64, ty: Ty, ftz: bool, sat: bool) -> u64 {
    let v = if sat {
        if v.is_nan() {
            0.0
        } else {
            v.clamp(0.0, 1.0)
        }
    } else {
        v
    };
    if ty == Ty::F32 {
        let f = v as f32;
        let f = if ftz { float::flush32(f) } else { f };
        u64::from(if f.is_nan() { NAN32 } else { f.to_bits() })
    } else if v.is_nan() {
        NAN64
    } else {
        v.to_bits()
    }
}

/// A rounded result in `ty`'s precision and mode `rnd`, as register bits.
fn rounded_bits(r: Rounded, ty: Ty, rnd: Rnd, ftz: bool, sat: bool) -> u64 {
    if ty == Ty::F32 {
        float_bits(f64::from(r.to_f32(rnd)), ty, ftz, sat)
    } else {
        float_bits(r.to_f64(rnd), ty, ftz, sat)
    }
}

fn int_op(op: IntOp, ty: Ty, a: u64, b: u64) -> std::result::Result<u64, Fault> {
    let (w, mask) = (ty.bits(), ty.mask());
    let (sa, sb) = (int_value(a, ty), int_value(b, ty));
    let v: i128 = match op {
        IntOp::Add => sa.wrapping_add(sb),
        IntOp::Sub => sa.wrapping_sub(sb),
        IntOp::MulLo => sa.wrapping_mul(sb),
        IntOp::MulHi => sa.wrapping_mul(sb) >> w,
        IntOp::Div | IntOp::Rem if sb == 0 => return Err(Fault::DivisionByZero),
        IntOp::Div => sa / sb,
        IntOp::Rem => sa % sb,
        IntOp::And => sa & sb,
        IntOp::Or => sa | sb,
        IntOp::Xor => sa ^ sb,
        IntOp::Shl => {
            let amount = (b & 0xffff_ffff) as u32;
            if amount >= w {
                0
            } else {
                sa << amount
            }
        }
        IntOp::Shr => {
            let amount = ((b & 0xffff_ffff) as u32).min(w);
            if amount >= w {
                if sa < 0 {
                    -1
                } else {
                    0
                }
            } else {
                sa >> amount
            }
        }
        IntOp::Min => sa.min(sb),
        IntOp::Max => sa.max(sb),
    };
    Ok((v as u64) & mask)
}

/// `bfe`: bits `pos .. pos + len` of `a` (positions and lengths from their low 8 bits), the bits past
/// the type's width or the field's length filled with the field's top bit for a signed type (0 for an
/// empty field) and with 0 for an unsigned one.
fn bit_field(ty: Ty, a: u64, pos: u64, len: u64) -> u64 {
    let (width, pos, len) = (ty.bits() as u64, pos & 0xff, len & 0xff);
    let msb = width - 1;
    let fill = ty.signed() && len != 0 && (a >> (pos + len - 1).min(msb)) & 1 == 1;
    let mut d = 0u64;
    for i in 0..width {
        let bit = if i < len && pos + i <= msb { (a >> (pos + i)) & 1 == 1 } else { fill };
        d |= u64::from(bit) << i;
    }
    d & ty.mask()
}

fn int_unary(op: IntUnary, ty: Ty, a: u64) -> u64 {
    let mask = ty.mask();
    let v = int_value(a, ty);
    let r = match op {
        IntUnary::Neg => (v.wrapping_neg()) as u64,
        IntUnary::Abs => v.unsigned_abs() as u64,
        IntUnary::Not if ty == Ty::Pred => u64::from(a == 0),
        IntUnary::Not => !a,
        IntUnary::Popc => u64::from((a & mask).count_ones()),
        IntUnary::Clz => u64::from((a & mask).leading_zeros() - (64 - ty.bits())),
    };
    r & mask
}

fn compare(cmp: Cmp, ty: Ty, a: u64, b: u64) -> bool {
    if ty.float() {
        let (x, y) = (read_float(a, ty), read_float(b, ty));
        let nan = x.is_nan() || y.is_nan();
        return match cmp {
            Cmp::Eq => x == y,
            Cmp::Ne => !nan && x != y,
            Cmp::Lt => x < y,
            Cmp::Le => x <= y,
            Cmp::Gt => x > y,
            Cmp::Ge => x >= y,
            Cmp::Equ => nan || x == y,
            Cmp::Neu => x != y,
            Cmp::Ltu => nan || x < y,
            Cmp::Leu => nan || x <= y,
            Cmp::Gtu => nan || x > y,
            Cmp::Geu => nan || x >= y,
            Cmp::Num => !nan,
            Cmp::Nan => nan,
        };
    }
    let (x, y) = (int_value(a, ty), int_value(b, ty));
    match cmp {
        Cmp::Eq | Cmp::Equ => x == y,
        Cmp::Ne | Cmp::Neu => x != y,
        Cmp::Lt | Cmp::Ltu => x < y,
        Cmp::Le | Cmp::Leu => x <= y,
        Cmp::Gt | Cmp::Gtu => x > y,
        Cmp::Ge | Cmp::Geu => x >= y,
        Cmp::Num => true,
        Cmp::Nan => false,
    }
}

/// `cvt` from `src` to `dst`.
fn convert(dst: Ty, src: Ty, round: CvtRound, ftz: bool, sat: bool, a: u64) -> u64 {
    match (dst.float(), src.float()) {
        (false, false) => {
            let v = int_value(a, src);
            let v = if sat { clamp_int(v, dst) } else { v };
            (v as u64) & dst.mask()
        }
        (true, true) => {
            let mut x = read_float(a, src);
            if ftz && src == Ty::F32 {
                x = f64::from(float::flush32(x as f32));
            }
            match round {
                CvtRound::Int(r) => float_bits(float::round_integral(x, r), dst, ftz, sat),
                CvtRound::Float(r) => {
                    rounded_bits(Rounded { value: x, error: std::cmp::Ordering::Equal }, dst, r, ftz, sat)
                }
                CvtRound::None => float_bits(x, dst, ftz, sat),
            }
        }
        (false, true) => {
            let x = read_float(a, src);
            let r = match round {
                CvtRound::Int(r) | CvtRound::Float(r) => r,
                CvtRound::None => Rnd::Zero,
            };
            let v = if x.is_nan() { 0 } else { float::round_integral(x, r).clamp(-1e39, 1e39) as i128 };
            (clamp_int(v, dst) as u64) & dst.mask()
        }
        (true, false) => {
            let r = match round {
                CvtRound::Float(r) | CvtRound::Int(r) => r,
                CvtRound::None => Rnd::Nearest,
            };
            float_bits(float::from_int(int_value(a, src), dst == Ty::F32, r), dst, ftz, sat)
        }
    }
}

/// `v` saturated to the range of integer type `ty`.
fn clamp_int(v: i128, ty: Ty) -> i128 {
    let bits = ty.bits();
    if ty.signed() {
        let max = (1i128 << (bits - 1)) - 1;
        v.clamp(-max - 1, max)
    } else {
        v.clamp(0, (1i128 << bits) - 1)
    }
}

impl<'a> Block<'a> {
    fn new(kernel: &'a Kernel, config: &LaunchConfig, params: &'a [u8], ctaid: [u32; 3]) -> Self {
        let threads = config.block.iter().map(|&d| d as usize).product::<usize>();
        let shared = kernel.shared_bytes as usize + config.dynamic_shared_bytes as usize;
        Block {
            kernel,
            params,
            ctaid,
            ntid: config.block,
            nctaid: config.grid,
            regs: vec![0; threads * kernel.regs as usize],
            pcs: vec![0; threads],
            status: vec![Status::Ready; threads],
            shared: vec![UNINIT; shared],
            local: vec![UNINIT; threads * kernel.local_bytes as usize],
            steps: 0,
            budget: 0,
            deadline: config.deadline,
        }
    }

    fn tid(&self, t: usize) -> [u32; 3] {
        let [bx, by, _] = self.ntid.map(|d| d as usize);
        [(t % bx) as u32, ((t / bx) % by) as u32, (t / (bx * by)) as u32]
    }

    fn error(&self, module: &SourceLines, at: At) -> PtxError {
        let line = self.kernel.insts.get(at.pc).map_or(0, |i| i.line);
        PtxError::Fault {
            kernel: self.kernel.name.clone(),
            block: self.ctaid,
            thread: self.tid(at.thread),
            line,
            instruction: module.line(line).to_string(),
            fault: at.fault,
        }
    }

    fn run(&mut self, memory: &mut DeviceMemory) -> std::result::Result<(), At> {
        loop {
            for t in 0..self.status.len() {
                if self.status[t] == Status::Ready {
                    self.status[t] = self.run_thread(t, memory)?;
                }
            }
            if self.status.iter().all(|&s| s == Status::Done) {
                return Ok(());
            }
            if self.status.contains(&Status::Shuffle) {
                self.shuffles()?;
            } else {
                self.barrier()?;
            }
        }
    }

    fn read(&self, t: usize, s: Src) -> u64 {
        let base = t * self.kernel.regs as usize;
        match s {
            Src::Reg(r) => self.regs[base + r as usize],
            Src::NotReg(r) => u64::from(self.regs[base + r as usize] == 0),
            Src::Imm(v) => v,
            Src::Sreg(sr) => {
                let tid = self.tid(t);
                u64::from(match sr {
                    Sreg::Tid(a) => tid[a as usize],
                    Sreg::Ntid(a) => self.ntid[a as usize],
                    Sreg::Ctaid(a) => self.ctaid[a as usize],
                    Sreg::Nctaid(a) => self.nctaid[a as usize],
                    Sreg::LaneId => (t % WARP) as u32,
                    Sreg::WarpId => (t / WARP) as u32,
                    Sreg::WarpSize => WARP as u32,
                })
            }
        }
    }

    fn write(&mut self, t: usize, d: u32, v: u64) {
        self.regs[t * self.kernel.regs as usize + d as usize] = v;
    }

    /// Runs thread `t` until it waits at a barrier or shuffle, or exits.
    fn run_thread(&mut self, t: usize, memory: &mut DeviceMemory) -> std::result::Result<Status, At> {
        let kernel = self.kernel;
        let mut pc = self.pcs[t];
        let result = loop {
            let Some(inst) = kernel.insts.get(pc) else { break Ok(Status::Done) };
            self.steps += 1;
            if self.steps > self.budget {
                break Err(Fault::StepBudget(self.budget));
            }
            if self.steps & (DEADLINE_PERIOD - 1) == 0 && self.deadline.is_some_and(|d| Instant::now() >= d) {
                break Err(Fault::Deadline);
            }
            if let Some((p, negated)) = inst.guard {
                if (self.read(t, Src::Reg(p)) != 0) == negated {
                    pc += 1;
                    continue;
                }
            }
            match &inst.op {
                Op::Bar { .. } => break Ok(Status::Barrier),
                Op::Shfl { .. } => break Ok(Status::Shuffle),
                Op::Exit => break Ok(Status::Done),
                Op::Bra { target } => pc = *target,
                op => {
                    if let Err(f) = self.execute(t, op, memory) {
                        break Err(f);
                    }
                    pc += 1;
                }
            }
        };
        self.pcs[t] = pc;
        result.map_err(|fault| At { thread: t, pc, fault })
    }

    fn execute(&mut self, t: usize, op: &Op, memory: &mut DeviceMemory) -> std::result::Result<(), Fault> {
        let r = |s: Src| self.read(t, s);
        let value = match *op {
            Op::Mov { d, a, ty } => (d, r(a) & ty.mask()),
            Op::Int { op, ty, d, a, b } => (d, int_op(op, ty, r(a), r(b))?),
            Op::MulWide { ty, d, a, b, c } => {
                let p = int_value(r(a), ty) * int_value(r(b), ty);
                let wide = if ty.signed() { Ty::S64 } else { Ty::U64 };
                let wide = if ty.bits() == 32 { wide } else { Ty::B32 };
                let sum = p.wrapping_add(c.map_or(0, |c| int_value(r(c), wide)));
                (d, (sum as u64) & wide.mask())
            }
            Op::Mad { hi, ty, d, a, b, c } => {
                let op = if hi { IntOp::MulHi } else { IntOp::MulLo };
                (d, int_op(IntOp::Add, ty, int_op(op, ty, r(a), r(b))?, r(c))?)
            }
            Op::Bfe { ty, d, a, pos, len } => (d, bit_field(ty, r(a), r(pos), r(len))),
            Op::Float { op, ty, rnd, ftz, sat, d, a, b } => (d, self.float_op(op, ty, rnd, ftz, sat, r(a), r(b))),
            Op::Fma { ty, ftz, sat, d, a, b, c } => {
                let v = if ty == Ty::F32 {
                    let f = |s: Src| {
                        let x = f32::from_bits(r(s) as u32);
                        if ftz {
                            float::flush32(x)
                        } else {
                            x
                        }
                    };
                    f64::from(float::fma32(f(a), f(b), f(c)))
                } else {
                    float::fma64(f64::from_bits(r(a)), f64::from_bits(r(b)), f64::from_bits(r(c)))
                };
                (d, float_bits(v, ty, ftz, sat))
            }
            Op::FloatUn { op, ty, rnd, ftz, d, a } => (d, float_unary(op, ty, rnd, ftz, r(a))),
            Op::IntUn { op, ty, d, a } => (d, int_unary(op, ty, r(a))),
            Op::Setp { cmp, ty, d, a, b, combine } => {
                let mut v = compare(cmp, ty, r(a), r(b));
                if let Some((op, c)) = combine {
                    let c = r(c) != 0;
                    v = match op {
                        IntOp::And => v && c,
                        IntOp::Or => v || c,
                        _ => v ^ c,
                    };
                }
                (d, u64::from(v))
            }
            Op::Selp { ty, d, a, b, p } => (d, if r(p) != 0 { r(a) } else { r(b) } & ty.mask()),
            Op::Cvt { dst, src, round, ftz, sat, d, a } => (d, convert(dst, src, round, ftz, sat, r(a))),
            Op::Cvta { to, space, d, a } => {
                let window = match space {
                    Space::Shared => SHARED_WINDOW,
                    Space::Local => LOCAL_WINDOW,
                    _ => 0,
                };
                (d, if to { r(a).wrapping_sub(window) } else { r(a).wrapping_add(window) })
            }
            Op::Ld { space, ty, ref d, addr } => {
                let address = self.address(t, addr);
                let size = ty.bytes();
                self.check_align(space, address, size * d.len() as u32)?;
                for (i, &reg) in d.iter().enumerate() {
                    let v = self.load(t, space, address + u64::from(size) * i as u64, ty, memory)?;
                    self.write(t, reg, v);
                }
                return Ok(());
            }
            Op::St { space, ty, addr, ref s } => {
                let address = self.address(t, addr);
                let size = ty.bytes();
                self.check_align(space, address, size * s.len() as u32)?;
                for (i, &src) in s.iter().enumerate() {
                    let v = self.read(t, src);
                    self.store(t, space, address + u64::from(size) * i as u64, ty, v, memory)?;
                }
                return Ok(());
            }
            Op::Bra { .. } | Op::Exit | Op::Bar { .. } | Op::Shfl { .. } => return Ok(()),
        };
        self.write(t, value.0, value.1);
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    fn float_op(&self, op: FloatOp, ty: Ty, rnd: Rnd, ftz: bool, sat: bool, a: u64, b: u64) -> u64 {
        let f = |v: u64| {
            let x = read_float(v, ty);
            if ftz && ty == Ty::F32 {
                f64::from(float::flush32(x as f32))
            } else {
                x
            }
        };
        rounded_bits(float::binary(op, f(a), f(b)), ty, rnd, ftz, sat)
    }

    fn address(&self, t: usize, addr: Addr) -> u64 {
        let base = addr.base.map_or(0, |b| self.read(t, Src::Reg(b)));
        base.wrapping_add(addr.offset as u64)
    }

    fn check_align(&self, space: Space, address: u64, size: u32) -> std::result::Result<(), Fault> {
        if !address.is_multiple_of(u64::from(size.max(1))) {
            return Err(Fault::Misaligned { space: space.name(), address, size });
        }
        Ok(())
    }

    /// The bytes `[address, address + size)` of `space` (generic addresses resolved to their window).
    fn bytes<'m>(
        &'m mut self,
        t: usize,
        space: Space,
        address: u64,
        size: u32,
        memory: &'m mut DeviceMemory,
    ) -> std::result::Result<&'m mut [u8], Fault> {
        let (space, address) = match space {
            Space::Generic if (SHARED_WINDOW..LOCAL_WINDOW).contains(&address) => {
                (Space::Shared, address - SHARED_WINDOW)
            }
            Space::Generic if (LOCAL_WINDOW..LOCAL_WINDOW + (1 << 40)).contains(&address) => {
                (Space::Local, address - LOCAL_WINDOW)
            }
            Space::Generic => (Space::Global, address),
            s => (s, address),
        };
        let oob = Fault::OutOfBounds { space: space.name(), address, size };
        let len = size as usize;
        let window = |data: &'m mut [u8], start: usize, end: usize| {
            let a = usize::try_from(address).ok().filter(|&a| a.checked_add(len).is_some_and(|e| e <= end - start));
            a.map(|a| &mut data[start + a..start + a + len])
        };
        let out = match space {
            Space::Global => memory.bytes_mut(address, len),
            Space::Shared => {
                let n = self.shared.len();
                window(&mut self.shared, 0, n)
            }
            Space::Local => {
                let per = self.kernel.local_bytes as usize;
                window(&mut self.local, t * per, (t + 1) * per)
            }
            Space::Param | Space::Generic => None,
        };
        out.ok_or(oob)
    }

    fn load(
        &mut self,
        t: usize,
        space: Space,
        address: u64,
        ty: Ty,
        memory: &mut DeviceMemory,
    ) -> std::result::Result<u64, Fault> {
        let size = ty.bytes();
        let mut buf = [0u8; 8];
        if space == Space::Param {
            let a = usize::try_from(address).ok().filter(|&a| a + size as usize <= self.params.len());
            let a = a.ok_or(Fault::OutOfBounds { space: "param", address, size })?;
            buf[..size as usize].copy_from_slice(&self.params[a..a + size as usize]);
        } else {
            buf[..size as usize].copy_from_slice(self.bytes(t, space, address, size, memory)?);
        }
        let v = u64::from_le_bytes(buf);
        Ok(if ty.signed() { sext(v, ty.bits()) as u64 } else { v })
    }

    fn store(
        &mut self,
        t: usize,
        space: Space,
        address: u64,
        ty: Ty,
        v: u64,
        memory: &mut DeviceMemory,
    ) -> std::result::Result<(), Fault> {
        let size = ty.bytes();
        if space == Space::Param {
            return Err(Fault::OutOfBounds { space: "param", address, size });
        }
        self.bytes(t, space, address, size, memory)?.copy_from_slice(&v.to_le_bytes()[..size as usize]);
        Ok(())
    }

    fn inst(&self, t: usize) -> &'a Inst {
        &self.kernel.insts[self.pcs[t]]
    }

    /// Exchanges the values of every warp's pending `shfl.sync`.
    fn shuffles(&mut self) -> std::result::Result<(), At> {
        let threads = self.status.len();
        for warp in (0..threads).step_by(WARP) {
            let lanes = warp..(warp + WARP).min(threads);
            let waiting: Vec<usize> = lanes.clone().filter(|&t| self.status[t] == Status::Shuffle).collect();
            let Some(&first) = waiting.first() else { continue };
            let fail = |t: usize, pc: usize, m: String| At { thread: t, pc, fault: Fault::Shuffle(m) };
            let pc = self.pcs[first];
            let Op::Shfl { mode, d, pd, a, b, c, mask } = self.inst(first).op else {
                return Err(fail(first, pc, "not at a shuffle".into()));
            };
            let member = self.read(first, mask) as u32;
            for &t in &waiting {
                if self.pcs[t] != pc || self.read(t, mask) as u32 != member {
                    return Err(fail(
                        t,
                        self.pcs[t],
                        format!("lanes {} and {} reach different shfl.sync", first - warp, t - warp),
                    ));
                }
                if member & (1 << (t - warp)) == 0 {
                    return Err(fail(t, pc, format!("lane {} is outside the member mask {member:#010x}", t - warp)));
                }
            }
            for lane in 0..WARP {
                if member & (1 << lane) == 0 {
                    continue;
                }
                let t = warp + lane;
                let why = match self.status.get(t) {
                    None => "does not exist in this block".to_string(),
                    Some(Status::Shuffle) => continue,
                    Some(Status::Done) => "has exited".to_string(),
                    Some(_) => format!("waits at PTX line {}", self.inst(t).line),
                };
                return Err(fail(first, pc, format!("member lane {lane} of mask {member:#010x} {why}")));
            }
            let values: Vec<u64> = lanes.clone().map(|t| self.read(t, a) & 0xffff_ffff).collect();
            for &t in &waiting {
                let lane = (t - warp) as i64;
                let (bval, cval) = (self.read(t, b) as i64 & 0x1f, self.read(t, c) as i64 & 0x1f);
                let seg = (self.read(t, c) as i64 >> 8) & 0x1f;
                let max_lane = (lane & seg) | (cval & !seg);
                let (j, ok) = match mode {
                    ShflMode::Up => (lane - bval, lane - bval >= max_lane),
                    ShflMode::Down => (lane + bval, lane + bval <= max_lane),
                    ShflMode::Bfly => (lane ^ bval, (lane ^ bval) <= max_lane),
                    ShflMode::Idx => {
                        let j = (lane & seg) | (bval & !seg);
                        (j, j <= max_lane)
                    }
                };
                let j = if ok { j } else { lane };
                if member & (1 << j) == 0 {
                    return Err(fail(
                        t,
                        pc,
                        format!("lane {lane} reads lane {j}, outside the member mask {member:#010x}"),
                    ));
                }
                self.write(t, d, values[j as usize]);
                if let Some(p) = pd {
                    self.write(t, p, u64::from(ok));
                }
                self.pcs[t] += 1;
                self.status[t] = Status::Ready;
            }
        }
        Ok(())
    }

    /// Releases the block's barrier once every thread waits at the same one.
    fn barrier(&mut self) -> std::result::Result<(), At> {
        let Some(first) = self.status.iter().position(|&s| s == Status::Barrier) else { return Ok(()) };
        let pc = self.pcs[first];
        for t in 0..self.status.len() {
            let fail = |m: String| At {
                thread: t,
                pc: self.pcs[t].min(self.kernel.insts.len().saturating_sub(1)),
                fault: Fault::DivergentBarrier(m),
            };
            match self.status[t] {
                Status::Done => {
                    return Err(fail(format!(
                        "thread {:?} exited while thread {:?} waits at the barrier of PTX line {}",
                        self.tid(t),
                        self.tid(first),
                        self.inst(first).line
                    )))
                }
                Status::Barrier if self.pcs[t] != pc => {
                    return Err(fail(format!(
                        "threads wait at different barriers (PTX lines {} and {})",
                        self.inst(first).line,
                        self.inst(t).line
                    )))
                }
                _ => {}
            }
        }
        for t in 0..self.status.len() {
            self.pcs[t] += 1;
            self.status[t] = Status::Ready;
        }
        Ok(())
    }
}

fn float_unary(op: FloatUnary, ty: Ty, rnd: Rnd, ftz: bool, a: u64) -> u64 {
    let sign = if ty == Ty::F32 { 1u64 << 31 } else { 1u64 << 63 };
    match op {
        FloatUnary::Neg => a ^ sign,
        FloatUnary::Abs => a & !sign,
        _ => {
            let x = read_float(a, ty);
            let x = if ftz && ty == Ty::F32 { f64::from(float::flush32(x as f32)) } else { x };
            rounded_bits(float::unary(op, x), ty, rnd, ftz, false)
        }
    }
}
