//! The host SIMT emulator: runs JIT-compiled GPU kernels on CPU threads, one OS thread per GPU thread
//! of a block, with real barrier semantics, per-block shared memory and 32-lane warp shuffles.
//!
//! The blocks of a grid run one after another on the same `blockDim` threads. A barrier that not all
//! threads of the block reach (some wait at `__syncthreads`, others finished the block) is reported at
//! once as divergence; one that some threads never reach at all is reported after a timeout. Either
//! way the launch returns an error instead of hanging.

use std::cell::Cell;
use std::ffi::c_void;
use std::sync::atomic::{AtomicI32, Ordering};
use std::sync::{Condvar, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use crate::error::{CodegenError, Result};
use crate::gpu::WARP;

/// Bytes of shared memory each emulated block has.
pub const SHARED_BYTES: u32 = 48 * 1024;

/// The emulator entry points the JIT maps the device intrinsics to: `(symbol, address)`.
pub fn externals() -> [(&'static str, usize); 4] {
    [
        (SREG, syncbn_sim_sreg as *const () as usize),
        (BARRIER, syncbn_sim_barrier as *const () as usize),
        (SHARED, syncbn_sim_shared as *const () as usize),
        (SHFL, syncbn_sim_shfl_down_i32 as *const () as usize),
    ]
}

/// `i32 syncbn_sim_sreg(i32 which)`: 0 thread index, 1 block index, 2 block size, 3 grid size.
pub const SREG: &str = "syncbn_sim_sreg";
/// `void syncbn_sim_barrier()`.
pub const BARRIER: &str = "syncbn_sim_barrier";
/// `i8* syncbn_sim_shared(i64 offset)`: the current block's shared memory at `offset`.
pub const SHARED: &str = "syncbn_sim_shared";
/// `i32 syncbn_sim_shfl_down_i32(i32 mask, i32 value, i32 delta)`.
pub const SHFL: &str = "syncbn_sim_shfl_down_i32";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Sync,
    BlockEnd,
    Shuffle,
}

struct BarState {
    arrived: usize,
    generation: u64,
    kind: Option<Kind>,
    broken: bool,
}

/// A reusable barrier for `n` threads that reports divergence and timeouts instead of hanging.
struct SimBarrier {
    n: usize,
    state: Mutex<BarState>,
    cv: Condvar,
}

impl SimBarrier {
    fn new(n: usize) -> Self {
        SimBarrier {
            n,
            state: Mutex::new(BarState { arrived: 0, generation: 0, kind: None, broken: false }),
            cv: Condvar::new(),
        }
    }

    fn lock(&self) -> MutexGuard<'_, BarState> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn wait(&self, kind: Kind, timeout: Duration) -> std::result::Result<(), String> {
        let mut st = self.lock();
        if st.broken {
            return Err(String::new());
        }
        if st.kind.is_some_and(|k| k != kind) {
            return Err(format!(
                "barrier divergence: {} thread(s) wait at {:?} while another reached {kind:?}",
                st.arrived,
                st.kind.unwrap_or(kind)
            ));
        }
        st.kind = Some(kind);
        st.arrived += 1;
        if st.arrived == self.n {
            st.arrived = 0;
            st.kind = None;
            st.generation += 1;
            self.cv.notify_all();
            return Ok(());
        }
        let generation = st.generation;
        let deadline = Instant::now() + timeout;
        while st.generation == generation && !st.broken {
            let now = Instant::now();
            if now >= deadline {
                return Err(format!(
                    "barrier timeout: {} of {} threads reached a {kind:?} barrier within {timeout:?}",
                    st.arrived, self.n
                ));
            }
            st = self.cv.wait_timeout(st, deadline - now).unwrap_or_else(|e| e.into_inner()).0;
        }
        if st.generation != generation {
            Ok(())
        } else {
            Err(String::new())
        }
    }

    fn break_all(&self) {
        self.lock().broken = true;
        self.cv.notify_all();
    }
}

struct Warp {
    slots: [AtomicI32; WARP as usize],
    barrier: SimBarrier,
}

/// One block's shared state.
struct Block {
    barrier: SimBarrier,
    warps: Vec<Warp>,
    shared: Vec<Cell<u64>>,
    error: Mutex<Option<String>>,
    timeout: Duration,
}

// SAFETY: `shared` is the emulated GPU shared memory: kernels access it concurrently through raw
// pointers, exactly as GPU threads do; ordering comes from the kernel's barriers (mutex-based here).
unsafe impl Sync for Block {}

impl Block {
    /// Records the first error and breaks every barrier so that all threads finish quickly.
    fn fail(&self, msg: String) {
        if msg.is_empty() {
            return;
        }
        let mut e = self.error.lock().unwrap_or_else(|e| e.into_inner());
        if e.is_none() {
            *e = Some(msg);
        }
        drop(e);
        self.barrier.break_all();
        self.warps.iter().for_each(|w| w.barrier.break_all());
    }

    fn failed(&self) -> bool {
        self.error.lock().unwrap_or_else(|e| e.into_inner()).is_some()
    }
}

#[derive(Clone, Copy)]
struct ThreadState {
    regs: [u32; 4],
    block: *const Block,
}

thread_local! {
    static STATE: Cell<ThreadState> = const { Cell::new(ThreadState { regs: [0; 4], block: std::ptr::null() }) };
}

fn with_block<R>(default: R, f: impl FnOnce(&Block, &ThreadState) -> R) -> R {
    let st = STATE.with(Cell::get);
    // SAFETY: `block` is set only by `run_grid`'s threads and points to the `Block` that outlives them.
    match unsafe { st.block.as_ref() } {
        Some(b) => f(b, &st),
        None => default,
    }
}

extern "C" fn syncbn_sim_sreg(which: i32) -> i32 {
    STATE.with(|s| s.get().regs.get(which as usize).copied().unwrap_or(0) as i32)
}

extern "C" fn syncbn_sim_barrier() {
    with_block((), |b, _| {
        if let Err(e) = b.barrier.wait(Kind::Sync, b.timeout) {
            b.fail(e)
        }
    })
}

extern "C" fn syncbn_sim_shared(offset: i64) -> *mut u8 {
    with_block(std::ptr::null_mut(), |b, _| b.shared.as_ptr().cast::<u8>().wrapping_add(offset as usize).cast_mut())
}

extern "C" fn syncbn_sim_shfl_down_i32(mask: i32, value: i32, delta: i32) -> i32 {
    with_block(value, |b, st| {
        if mask != -1 {
            b.fail(format!("shfl.sync with partial mask {mask:#x} is not supported"));
            return value;
        }
        let tid = st.regs[0] as usize;
        let (lane, warp) = (tid % WARP as usize, &b.warps[tid / WARP as usize]);
        warp.slots[lane].store(value, Ordering::SeqCst);
        if let Err(e) = warp.barrier.wait(Kind::Shuffle, b.timeout) {
            b.fail(e);
            return value;
        }
        let src = lane + delta as usize;
        let out = if src < WARP as usize { warp.slots[src].load(Ordering::SeqCst) } else { value };
        if let Err(e) = warp.barrier.wait(Kind::Shuffle, b.timeout) {
            b.fail(e);
        }
        out
    })
}

struct Args(*const *mut c_void);
// SAFETY: the argument array outlives the launch and kernels only read it.
unsafe impl Sync for Args {}

/// Runs `entry(args)` (a kernel's `void launch(i8** args)` wrapper) on a `grid x block` launch.
///
/// # Safety
/// `entry` must be such a wrapper compiled against this emulator's externals, and `args` must hold
/// the kernel's arguments with buffers as large as the kernel accesses for them.
pub unsafe fn run_grid(entry: usize, grid: u32, block: u32, args: *const *mut c_void, timeout: Duration) -> Result<()> {
    if block == 0 || block & (WARP - 1) != 0 || block > 1024 || grid == 0 {
        return Err(CodegenError::Simt(format!(
            "launch {grid} x {block}: the block size must be a multiple of 32 in 32..=1024 and the grid at least 1"
        )));
    }
    // SAFETY: the caller guarantees `entry` is a `void(i8**)` function.
    let f: unsafe extern "C" fn(*const *mut c_void) = unsafe { std::mem::transmute(entry) };
    let blk = Block {
        barrier: SimBarrier::new(block as *const () as usize),
        warps: (0..block / WARP)
            .map(|_| Warp { slots: Default::default(), barrier: SimBarrier::new(WARP as usize) })
            .collect(),
        shared: (0..SHARED_BYTES / 8).map(|_| Cell::new(f64::NAN.to_bits())).collect(),
        error: Mutex::new(None),
        timeout,
    };
    let args = Args(args);
    std::thread::scope(|scope| {
        for t in 0..block {
            let (blk, args) = (&blk, &args);
            let spawned = std::thread::Builder::new().stack_size(256 * 1024).spawn_scoped(scope, move || {
                for b in 0..grid {
                    if blk.failed() {
                        break;
                    }
                    STATE.with(|s| s.set(ThreadState { regs: [t, b, block, grid], block: blk }));
                    // SAFETY: guaranteed by the caller of `run_grid`.
                    unsafe { f(args.0) };
                    if let Err(e) = blk.barrier.wait(Kind::BlockEnd, blk.timeout) {
                        blk.fail(e);
                    }
                }
                STATE.with(|s| s.set(ThreadState { regs: [0; 4], block: std::ptr::null() }));
            });
            if let Err(e) = spawned {
                blk.fail(format!("could not start emulated thread {t}: {e}"));
                break;
            }
        }
    });
    match blk.error.into_inner().unwrap_or_else(|e| e.into_inner()) {
        Some(e) => Err(CodegenError::Simt(e)),
        None => Ok(()),
    }
}
