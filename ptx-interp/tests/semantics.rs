//! CUDA semantics of the interpreter on hand-written PTX: indices, shared memory and barriers,
//! shuffles with member masks, rounding modifiers, and every fault as a clear error.

use syncbn_ptx_interp::{DeviceMemory, Fault, LaunchConfig, Module, PtxError};

/// A kernel `name(.u64 out)` around `body`; `%rd1` holds `out`, `%r1` `tid.x`, `%r2` the global thread index.
fn kernel(name: &str, decls: &str, body: &str) -> String {
    format!(
        ".version 7.0\n.target sm_80\n.address_size 64\n.visible .entry {name}(\n\t.param .u64 {name}_param_0\n)\n{{\n\
         \t.reg .pred %p<8>;\n\t.reg .b32 %r<32>;\n\t.reg .f32 %f<16>;\n\t.reg .b64 %rd<16>;\n\t.reg .f64 %fd<8>;\n{decls}\n\
         \tld.param.u64 %rd1, [{name}_param_0];\n\tmov.u32 %r1, %tid.x;\n\tmov.u32 %r3, %ctaid.x;\n\tmov.u32 %r4, %ntid.x;\n\
         \tmad.lo.s32 %r2, %r3, %r4, %r1;\n{body}\n\tret;\n}}\n"
    )
}

/// Runs `ptx`'s kernel `name` with an output buffer of `len` u32 and returns it (or the error).
fn run(ptx: &str, name: &str, grid: u32, block: u32, len: usize) -> Result<Vec<u32>, PtxError> {
    let module = Module::parse(ptx)?;
    let mut mem = DeviceMemory::default();
    let out = mem.alloc(len as u64 * 4)?;
    mem.fill(out, len * 4, 0)?;
    module.launch(name, &LaunchConfig::linear(grid, block), &[&out.to_le_bytes()], &mut mem)?;
    let bytes = mem.read(out, len * 4)?;
    Ok(bytes.chunks_exact(4).map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]])).collect())
}

const STORE_R5: &str = "\tmul.wide.u32 %rd2, %r2, 4;\n\tadd.s64 %rd3, %rd1, %rd2;\n\tst.global.u32 [%rd3], %r5;";

#[test]
fn grid_indices_cover_every_thread_once() {
    let ptx = kernel("ids", "", &format!("\tmul.lo.s32 %r5, %r3, 1000;\n\tadd.s32 %r5, %r5, %r1;\n{STORE_R5}"));
    let out = run(&ptx, "ids", 3, 40, 120).unwrap();
    for (i, v) in out.iter().enumerate() {
        assert_eq!(*v as usize, (i / 40) * 1000 + i % 40);
    }
}

#[test]
fn shared_memory_barrier_and_shuffle_exchange_values() {
    // Each thread writes tid to shared[tid], waits, reads shared[(tid+1) % ntid] and adds the
    // value shuffled down by 1 (clamped at lane 31): out = (tid+1)%ntid * 1000 + shfl.
    let decls = "\t.shared .align 4 .b8 slots[256];";
    let body = "\tmov.u64 %rd4, slots;\n\tmul.wide.u32 %rd5, %r1, 4;\n\tadd.s64 %rd6, %rd4, %rd5;\n\
                \tst.shared.u32 [%rd6], %r1;\n\tbar.sync 0;\n\tadd.s32 %r6, %r1, 1;\n\trem.u32 %r6, %r6, %r4;\n\
                \tmul.wide.u32 %rd7, %r6, 4;\n\tadd.s64 %rd8, %rd4, %rd7;\n\tld.shared.u32 %r7, [%rd8];\n\
                \tshfl.sync.down.b32 %r8|%p1, %r1, 1, 31, -1;\n\tmul.lo.s32 %r5, %r7, 1000;\n\tadd.s32 %r5, %r5, %r8;\n";
    let ptx = kernel("xchg", decls, &format!("{body}{STORE_R5}"));
    let out = run(&ptx, "xchg", 2, 64, 128).unwrap();
    for (i, v) in out.iter().enumerate() {
        let t = i % 64;
        let down = if t % 32 == 31 { t } else { t + 1 };
        assert_eq!(*v as usize, ((t + 1) % 64) * 1000 + down, "thread {i}");
    }
}

#[test]
fn out_of_bounds_store_names_kernel_line_and_address() {
    let ptx = kernel("oob", "", &format!("\tmov.u32 %r5, 7;\n{STORE_R5}"));
    let err = run(&ptx, "oob", 1, 32, 31).unwrap_err();
    let PtxError::Fault {
        kernel, thread, line, instruction, fault: Fault::OutOfBounds { space, address, size }, ..
    } = &err
    else {
        panic!("{err}")
    };
    assert_eq!((kernel.as_str(), thread[0], *space, *size), ("oob", 31, "global", 4));
    assert!(instruction.starts_with("st.global.u32"), "{instruction}");
    assert_eq!(ptx.lines().nth(*line as usize - 1).map(str::trim), Some(instruction.as_str()));
    assert!(err.to_string().contains(&format!("{address:#x}")), "{err}");
}

#[test]
fn misaligned_and_null_accesses_fault() {
    let ptx = kernel("mis", "", "\tld.global.u32 %r5, [%rd1+2];");
    let err = run(&ptx, "mis", 1, 1, 4).unwrap_err();
    assert!(matches!(err, PtxError::Fault { fault: Fault::Misaligned { .. }, .. }), "{err}");
    let ptx = kernel("null", "", "\tmov.u64 %rd5, 0;\n\tld.global.f32 %f1, [%rd5];");
    let err = run(&ptx, "null", 1, 1, 4).unwrap_err();
    assert!(err.to_string().contains("out of bounds"), "{err}");
}

#[test]
fn barrier_skipped_by_some_threads_is_divergence() {
    let body = "\tsetp.lt.u32 %p1, %r1, 16;\n\t@%p1 bra DONE;\n\tbar.sync 0;\nDONE:";
    let err = run(&kernel("div", "", body), "div", 1, 64, 4).unwrap_err();
    assert!(matches!(err, PtxError::Fault { fault: Fault::DivergentBarrier(_), .. }), "{err}");
    assert!(err.to_string().contains("divergent barrier"), "{err}");
}

#[test]
fn shuffle_by_half_a_warp_or_outside_its_mask_is_an_error() {
    let half = "\tsetp.lt.u32 %p1, %r1, 16;\n\t@%p1 bra DONE;\n\tshfl.sync.down.b32 %r5, %r1, 1, 31, -1;\nDONE:";
    let err = run(&kernel("half", "", half), "half", 1, 32, 4).unwrap_err();
    assert!(err.to_string().contains("member lane 0"), "{err}");
    let outside = "\tshfl.sync.down.b32 %r5, %r1, 1, 31, 65535;";
    let err = run(&kernel("mask", "", outside), "mask", 1, 32, 4).unwrap_err();
    assert!(err.to_string().contains("outside the member mask"), "{err}");
    let partial = "\tshfl.sync.bfly.b32 %r5, %r1, 1, 31, 65535;\n";
    let ok = run(&kernel("part", "", &format!("{partial}{STORE_R5}")), "part", 1, 16, 16).unwrap();
    assert_eq!(ok, (0..16u32).map(|t| t ^ 1).collect::<Vec<_>>());
}

#[test]
fn rounding_modifiers_bracket_the_exact_result() {
    // out[mode] = bits of 1/3 as f32 in .rn, .rz, .rm, .rp, then of 1 + 2^-30 (f32 add) in .rz/.rp.
    let body = "\tmov.f32 %f1, 0f3F800000;\n\tmov.f32 %f2, 0f40400000;\n\
                \tdiv.rn.f32 %f3, %f1, %f2;\n\tdiv.rz.f32 %f4, %f1, %f2;\n\tdiv.rm.f32 %f5, %f1, %f2;\n\tdiv.rp.f32 %f6, %f1, %f2;\n\
                \tmov.f32 %f7, 0f30800000;\n\tadd.rz.f32 %f8, %f1, %f7;\n\tadd.rp.f32 %f9, %f1, %f7;\n\
                \tst.global.f32 [%rd1], %f3;\n\tst.global.f32 [%rd1+4], %f4;\n\tst.global.f32 [%rd1+8], %f5;\n\
                \tst.global.f32 [%rd1+12], %f6;\n\tst.global.f32 [%rd1+16], %f8;\n\tst.global.f32 [%rd1+20], %f9;";
    let out = run(&kernel("rnd", "", body), "rnd", 1, 1, 6).unwrap();
    let third = (1.0f32 / 3.0).to_bits();
    assert_eq!(third, 0x3EAA_AAAB, "the nearest single is above 1/3");
    assert_eq!(out[0], third);
    assert_eq!(out[1], third - 1);
    assert_eq!(out[2], third - 1);
    assert_eq!(out[3], third);
    assert_eq!(out[4], 1.0f32.to_bits());
    assert_eq!(out[5], 1.0f32.to_bits() + 1);
}

#[test]
fn bit_field_extract_zero_or_sign_extends_its_field() {
    // 0xF0F0_00B5: bits 4..8 = 0xB; bits 0..8 signed = 0xB5 -> -75; past the width: the top bit.
    let body = "\tmov.u32 %r6, -252706635;\n\
                \tbfe.u32 %r7, %r6, 4, 4;\n\tbfe.s32 %r8, %r6, 0, 8;\n\tbfe.s32 %r9, %r6, 28, 8;\n\tbfe.u32 %r10, %r6, 0, 0;\n\
                \tcvt.u64.u32 %rd4, %r6;\n\tshl.b64 %rd4, %rd4, 20;\n\tbfe.u64 %rd5, %rd4, 52, 11;\n\
                \tcvt.u32.u64 %r11, %rd5;\n\
                \tst.global.u32 [%rd1], %r7;\n\tst.global.u32 [%rd1+4], %r8;\n\tst.global.u32 [%rd1+8], %r9;\n\
                \tst.global.u32 [%rd1+12], %r10;\n\tst.global.u32 [%rd1+16], %r11;";
    let out = run(&kernel("bfe", "", body), "bfe", 1, 1, 5).unwrap();
    let a: u32 = 0xF0F0_00B5;
    assert_eq!(a as i32, -252_706_635);
    assert_eq!(out[0], 0xB);
    assert_eq!(out[1] as i32, -75);
    assert_eq!(out[2] as i32, -1, "the 4 bits past bit 31 repeat the sign");
    assert_eq!(out[3], 0, "an empty field");
    assert_eq!(out[4], (((u64::from(a) << 20) >> 52) & 0x7ff) as u32);
}

#[test]
fn unsupported_instruction_names_itself_and_its_line() {
    let ptx = kernel("bad", "", "\tatom.global.add.u32 %r5, [%rd1], 1;");
    let err = Module::parse(&ptx).unwrap_err();
    let PtxError::Unsupported { line, instruction, .. } = &err else { panic!("{err}") };
    assert_eq!(instruction, "atom.global.add.u32");
    assert!(ptx.lines().nth(*line as usize - 1).unwrap().contains("atom.global"), "{err}");
    let err = Module::parse(&kernel("undeclared", "", "\tmov.u32 %q1, 0;")).unwrap_err();
    assert!(err.to_string().contains("undeclared register `%q1`"), "{err}");
}

#[test]
fn launch_checks_argument_bytes_and_geometry() {
    let module = Module::parse(&kernel("k", "", "")).unwrap();
    let mut mem = DeviceMemory::default();
    let err = module.launch("k", &LaunchConfig::linear(1, 1), &[&[0u8; 4]], &mut mem).unwrap_err();
    assert!(err.to_string().contains("argument 0 (`k_param_0`) has 4 bytes; the parameter has 8"), "{err}");
    let err = module.launch("k", &LaunchConfig::linear(1, 2048), &[&[0u8; 8]], &mut mem).unwrap_err();
    assert!(err.to_string().contains("exceeds 1024 threads"), "{err}");
    let err = module.launch("nope", &LaunchConfig::linear(1, 1), &[], &mut mem).unwrap_err();
    assert!(err.to_string().contains("no such kernel"), "{err}");
}

#[test]
fn endless_loop_exhausts_the_step_budget() {
    let module = Module::parse(&kernel("spin", "", "LOOP:\n\tbra.uni LOOP;")).unwrap();
    let mut mem = DeviceMemory::default();
    let config = LaunchConfig { step_budget: 10_000, ..LaunchConfig::linear(1, 1) };
    let err = module.launch("spin", &config, &[&0u64.to_le_bytes()], &mut mem).unwrap_err();
    assert!(matches!(err, PtxError::Fault { fault: Fault::StepBudget(10_000), .. }), "{err}");
}

#[test]
fn endless_loop_stops_at_the_watchdog_deadline() {
    let module = Module::parse(&kernel("spin", "", "LOOP:\n\tbra.uni LOOP;")).unwrap();
    let mut mem = DeviceMemory::default();
    let start = std::time::Instant::now();
    let deadline = Some(start + std::time::Duration::from_millis(200));
    let config = LaunchConfig { deadline, ..LaunchConfig::linear(2, 64) };
    let err = module.launch("spin", &config, &[&0u64.to_le_bytes()], &mut mem).unwrap_err();
    assert!(matches!(err, PtxError::Fault { fault: Fault::Deadline, .. }), "{err}");
    assert!(err.to_string().contains("`spin`") && err.to_string().contains("watchdog"), "{err}");
    assert!(start.elapsed() < std::time::Duration::from_secs(5), "stopped after {:?}", start.elapsed());
}
