//! PTX and LLVM IR of every GPU kernel, and LLVM IR of every host kernel for a reference CPU: golden
//! text files under `tests/out/<target>/` (`sm_80/<kernel>.ptx`, `sm_80/<kernel>.ll`,
//! `x86-64-v3/<kernel>.ll`) that any tool can read, rewritten with `SYNCBN_BLESS=1`; the golden PTX files
//! assembled by a real `ptxas` for sm_80 and sm_90, the generated PTX with spills as errors, a register
//! budget per kernel, and every `--target` architecture.

use std::path::{Path, PathBuf};
use std::process::Command;

use syncbn_codegen::ptxas::{assemble, find_ptxas, KernelResources};
use syncbn_codegen::{compile_kernels, host_ir_for_cpu, KernelKind, Target};

/// Set to `1` to rewrite the golden files from the generated text instead of comparing.
const BLESS_ENV: &str = "SYNCBN_BLESS";

/// Registers per thread a kernel may use (keeps 256-thread blocks at full occupancy headroom).
const REGISTER_BUDGET: u32 = 64;

/// Registers per thread of the kernels that walk nested windows or taps per element with 64-bit
/// indices (the gathering adjoints MaxPoolGrad, AveragePoolGrad, col2im, ResizeGrad, ReduceToShape
/// and PadGrad, and Resize with its f64 source coordinates): 160 x 256 threads still fits one
/// 256-thread block in an SM's 64 Ki registers, without spills.
const NESTED_REGISTER_BUDGET: u32 = 160;

/// The register budget of the kernel called `name`.
fn budget(name: &str) -> u32 {
    let nested =
        ["max_pool_grad", "average_pool_grad", "col2im", "resize_grad", "reduce_to_shape", "resize", "pad_grad"];
    if nested.iter().any(|g| name == format!("syncbn_{g}")) {
        NESTED_REGISTER_BUDGET
    } else {
        REGISTER_BUDGET
    }
}

/// The folder of the golden files of `target` (`sm_80`, `x86-64-v3`).
fn golden_dir(target: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/out").join(target)
}

/// Checks `text` against the golden file `tests/out/<target>/<file>`, or rewrites the file when
/// `SYNCBN_BLESS=1`.
fn golden(target: &str, file: &str, text: &str) {
    let path = golden_dir(target).join(file);
    if std::env::var_os(BLESS_ENV).is_some_and(|v| v == "1") {
        std::fs::create_dir_all(golden_dir(target)).unwrap();
        std::fs::write(&path, text).unwrap_or_else(|e| panic!("writing {}: {e}", path.display()));
        return;
    }
    let want = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e} (run with {BLESS_ENV}=1 to write it)", path.display()));
    if want != text {
        let line = want
            .lines()
            .zip(text.lines())
            .position(|(a, b)| a != b)
            .unwrap_or(want.lines().count().min(text.lines().count()));
        panic!(
            "{} differs from the generated text at line {} (review the change, then rerun with {BLESS_ENV}=1)",
            path.display(),
            line + 1
        );
    }
}

#[test]
fn every_gpu_kernel_has_golden_ptx_and_llvm_ir() {
    for kind in KernelKind::gpu_set() {
        let (ir, ptx) = compile_kernels(&[kind], Target::DEFAULT_GPU).unwrap();
        let ptx = ptx.expect("GPU target yields PTX");
        let name = kind.name();
        assert!(ptx.contains(&format!(".entry syncbn_{name}(")), "{name}: not a PTX entry");
        assert!(ptx.contains(".target sm_80"), "{name}: wrong target");
        assert!(!ptx.contains(".local"), "{name}: uses local memory");
        assert!(!ir.contains("contract") && !ir.contains("fast"), "{name}: fast-math flags in IR");
        golden("sm_80", &format!("{name}.ptx"), &ptx);
        golden("sm_80", &format!("{name}.ll"), &ir);
    }
}

#[test]
fn every_host_kernel_has_golden_llvm_ir_for_x86_64_v3() {
    for kind in KernelKind::host_set() {
        let ir = host_ir_for_cpu(&[kind], "x86-64-v3").unwrap();
        let name = kind.name();
        assert!(ir.contains(&format!("define void @syncbn_{name}(")), "{name}: missing");
        let vectorized = ir.contains("<8 x float>") || ir.contains("<8 x double>") || ir.contains("<4 x double>");
        assert!(
            vectorized || kind == KernelKind::BnFinalize,
            "{name}: not vectorized (only the O(C) finalize may be scalar)"
        );
        assert!(!ir.contains(" fast ") && !ir.contains(" contract "), "{name}: fast-math flags in IR");
        golden("x86-64-v3", &format!("{name}.ll"), &ir);
    }
}

#[test]
fn vector_paths_use_128_bit_loads() {
    for kind in [KernelKind::MomentsPartial, KernelKind::BnNormalize { act: syncbn_codegen::Act::Clip, residual: true }]
    {
        let (_, ptx) = compile_kernels(&[kind], Target::DEFAULT_GPU).unwrap();
        assert!(ptx.unwrap().contains("ld.global.v4.f32"), "{kind:?}: no 128-bit vector load");
    }
}

/// `ptxas` or, without one, `None` after saying so (an error under CI).
fn ptxas_or_skip() -> Option<std::path::PathBuf> {
    let found = find_ptxas();
    if found.is_none() {
        assert!(std::env::var_os("CI").is_none(), "ptxas not found under CI: set SYNCBN_PTXAS");
        println!("SKIPPED: ptxas not found (set SYNCBN_PTXAS)");
    }
    found
}

fn report(rows: &[KernelResources]) {
    println!("{:<34} {:>6} {:>5} {:>7}", "kernel", "arch", "regs", "spills");
    for r in rows {
        println!("{:<34} {:>6} {:>5} {:>7}", r.name, r.arch, r.registers, r.spill_stores + r.spill_loads);
    }
}

#[test]
fn ptxas_assembles_all_kernels_for_sm80_and_sm90_within_register_budget() {
    let Some(ptxas) = ptxas_or_skip() else { return };
    let kinds = KernelKind::gpu_set();
    let (_, ptx) = compile_kernels(&kinds, Target::DEFAULT_GPU).unwrap();
    let ptx = ptx.unwrap();
    let mut rows = Vec::new();
    for arch in ["sm_80", "sm_90"] {
        let res = assemble(&ptxas, &ptx, arch).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(res.len(), kinds.len(), "{arch}: one report per kernel");
        rows.extend(res);
    }
    report(&rows);
    for r in &rows {
        assert!(r.registers > 0, "{}: no register count parsed", r.name);
        assert!(
            r.registers <= budget(&r.name),
            "{} on {}: {} registers > budget {}",
            r.name,
            r.arch,
            r.registers,
            budget(&r.name)
        );
        assert_eq!((r.spill_stores, r.spill_loads, r.stack_frame), (0, 0, 0), "{} on {}: local memory", r.name, r.arch);
    }
}

#[test]
fn every_target_architecture_assembles() {
    let Some(ptxas) = ptxas_or_skip() else { return };
    for arch in [70, 72, 75, 80, 86] {
        let (_, ptx) = compile_kernels(&KernelKind::gpu_set(), Target::Sm(arch)).unwrap();
        let ptx = ptx.unwrap();
        assert!(ptx.contains(&format!(".target sm_{arch}")));
        let res = assemble(&ptxas, &ptx, &format!("sm_{arch}")).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(res.len(), KernelKind::gpu_set().len());
    }
}

#[test]
fn golden_ptx_files_assemble_with_ptxas_for_sm80_and_sm90() {
    let Some(ptxas) = ptxas_or_skip() else { return };
    let mut files: Vec<PathBuf> = std::fs::read_dir(golden_dir("sm_80"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "ptx"))
        .collect();
    files.sort();
    assert_eq!(files.len(), KernelKind::gpu_set().len(), "one golden PTX file per GPU kernel");
    for file in &files {
        for arch in ["sm_80", "sm_90"] {
            let out = Command::new(&ptxas)
                .arg(format!("-arch={arch}"))
                .arg("-o")
                .arg("/dev/null")
                .arg(file)
                .output()
                .unwrap_or_else(|e| panic!("running {}: {e}", ptxas.display()));
            let log = String::from_utf8_lossy(&out.stderr);
            assert!(out.status.success(), "ptxas {arch} {}: {log}", file.display());
        }
    }
}
