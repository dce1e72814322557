//! `syncbn-compile --run --comm mpi` under `mpirun` (feature `mpi`; run them with
//! `cargo test --features mpi --test cli_mpi`, as .ci/run does): 4 ranks on the BatchNorm-only models with uneven and
//! empty shards and groups of 2 give the in-process 4-replica run's outputs bit for bit (and the
//! float64 reference's within docs/architecture.md section 6's bounds), run to run, and so does a training step
//! with its gradients; `--train` on 2 ranks with uneven shards equals the threaded run bit for bit; a rank that fails is named by every rank and ends the job non-zero; a rank
//! killed mid-run ends the job within 30 s.
//!
//! Without the `mpi` feature only the usage error of `--comm mpi` is tested, and the test says that
//! the MPI tests did not run.

use std::process::Command;

#[cfg(feature = "mpi")]
fn root() -> std::path::PathBuf {
    std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

mod common;

fn syncbn() -> Command {
    common::command()
}

#[cfg(not(feature = "mpi"))]
#[test]
fn without_the_mpi_feature_comm_mpi_is_a_usage_error() {
    eprintln!(
        "NOTE: the MPI tests of tests/cli_mpi.rs did NOT run: this build lacks the `mpi` feature; run \
         `cargo test --features mpi --test cli_mpi` (CI does, see .ci/run)"
    );
    let out = syncbn().args(["examples/bn_only.json", "--run", "--comm", "mpi"]).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("--features mpi"), "{stderr}");
}

#[cfg(feature = "mpi")]
mod with_mpi {
    use super::*;
    use std::io::Read;
    use std::path::{Path, PathBuf};
    use std::process::Output;
    use std::time::{Duration, Instant};

    use ndarray::{ArrayD, IxDyn};
    use ndarray_npy::{read_npy, write_npy};
    use rand::{Rng, SeedableRng};
    use rand_chacha::ChaCha8Rng;

    /// `mpirun` for `np` ranks of syncbn-compile on one machine (loopback, more ranks than cores).
    fn mpirun(np: usize) -> Command {
        let mut cmd = Command::new("mpirun");
        cmd.current_dir(root()).args(["--oversubscribe", "--allow-run-as-root", "--bind-to", "none"]);
        cmd.args(["--mca", "btl_vader_single_copy_mechanism", "none", "-np", &np.to_string()]);
        cmd.env("SYNCBN_CACHE_DIR", common::test_cache_dir());
        cmd.env(common::WEIGHT_BOUND_FROM.0, common::WEIGHT_BOUND_FROM.1).arg(env!("CARGO_BIN_EXE_syncbn-compile"));
        cmd
    }

    fn output(cmd: &mut Command) -> Output {
        cmd.output().unwrap_or_else(|e| panic!("cannot start {cmd:?} (is openmpi-bin installed?): {e}"))
    }

    fn succeed(cmd: &mut Command) -> Output {
        let out = output(cmd);
        assert_eq!(out.status.code(), Some(0), "{cmd:?}: {}", String::from_utf8_lossy(&out.stderr));
        out
    }

    /// The model's input shape with batch `batch`.
    fn input_shape(model: &str, batch: usize) -> Vec<usize> {
        use syncbn::ir::{load_model, Dim, Limits};
        let graph = load_model(&root().join(model), &Limits::default()).unwrap();
        let mut shape = vec![batch];
        shape.extend(graph.inputs[0].shape[1..].iter().map(|d| match d {
            Dim::Fixed(n) => *n as usize,
            Dim::Named(n) => panic!("{model}: unexpected named dim {n}"),
        }));
        shape
    }

    /// Runs `model` on 4 replicas in groups of `group`, in process and under mpirun, with the same
    /// `.npy` input of `batch` rows; returns both output folders.
    fn both_runs(dir: &Path, model: &str, batch: usize, group: usize) -> (PathBuf, PathBuf, ArrayD<f32>) {
        let mut rng = ChaCha8Rng::seed_from_u64((batch * 131 + group) as u64);
        let x = ArrayD::from_shape_fn(IxDyn(&input_shape(model, batch)), |_| rng.gen_range(-3.0f32..5.0));
        let xfile = dir.join("x.npy");
        write_npy(&xfile, &x).unwrap();
        let input = format!("x={}", xfile.display());
        let g = group.to_string();
        let (local, mpi) = (dir.join("local"), dir.join("mpi"));
        let common = ["--run", "--group-size", g.as_str(), "--input", input.as_str(), "-o", dir.to_str().unwrap()];
        succeed(syncbn().arg(model).args(common).args(["--replicas", "4", "--output-dir", local.to_str().unwrap()]));
        let out =
            succeed(mpirun(4).arg(model).args(common).args(["--comm", "mpi", "--output-dir", mpi.to_str().unwrap()]));
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert_eq!(stdout.matches("ran: 4 replicas").count(), 1, "only rank 0 prints the summary: {stdout}");
        (local, mpi, x)
    }

    fn check_model(model: &str, batch: usize, group: usize) {
        use syncbn::ir::{load_model, Limits};
        let dir = tempfile::tempdir().unwrap();
        let (local, mpi, x) = both_runs(dir.path(), model, batch, group);
        let graph = load_model(&root().join(model), &Limits::default()).unwrap();
        let inputs = [("x".to_string(), x.mapv(f64::from))].into_iter().collect();
        let want = syncbn_reference::run_global(&graph, &inputs, 4, group).unwrap();
        let case = format!("{model}, batch {batch}, 4 ranks, groups of {group}");
        for name in &graph.outputs {
            let file = format!("{name}.npy");
            let got: ArrayD<f32> = read_npy(mpi.join(&file)).unwrap();
            let local: ArrayD<f32> = read_npy(local.join(&file)).unwrap();
            assert_eq!(got.shape(), local.shape(), "{case}: {name} shape");
            // Same plan, shards, kernels and reduction order: the same bits as the in-process run.
            let bits = |a: &ArrayD<f32>| a.iter().map(|v| v.to_bits()).collect::<Vec<_>>();
            assert_eq!(bits(&got), bits(&local), "{case}: {name} differs from the in-process run");
            let expected = &want[name];
            assert_eq!(got.shape(), expected.shape(), "{case}: {name} reference shape");
            let scale = expected.iter().fold(1e-30f64, |m, v| m.max(v.abs()));
            for (i, (g, w)) in got.iter().zip(expected.iter()).enumerate() {
                assert!((*g as f64 - w).abs() <= 1e-5 * scale, "{case}: {name}[{i}]: {g} vs f64 {w}");
            }
        }
    }

    #[test]
    fn four_ranks_match_the_in_process_run_with_uneven_and_empty_shards_and_groups() {
        for model in ["examples/bn_only.json", "examples/bn_rank3.json", "examples/bn_rank5.json"] {
            check_model(model, 7, 4); // one group, shards 2, 2, 2, 1
            check_model(model, 3, 2); // groups {1, 1} and {1, 0}: uneven, and an empty shard
        }
    }

    #[test]
    fn mpi_runs_are_bit_identical_run_to_run() {
        let dir = tempfile::tempdir().unwrap();
        let (_, first, _) = both_runs(dir.path(), "examples/bn_only.json", 10, 4);
        let second = dir.path().join("again");
        let input = format!("x={}", dir.path().join("x.npy").display());
        let args = ["examples/bn_only.json", "--run", "--comm", "mpi", "--input", input.as_str()];
        succeed(mpirun(4).args(args).arg("-o").arg(dir.path()).arg("--output-dir").arg(&second));
        for name in ["y", "bn.running_mean_out", "bn.running_var_out"] {
            let file = format!("{name}.npy");
            assert_eq!(std::fs::read(first.join(&file)).unwrap(), std::fs::read(second.join(&file)).unwrap(), "{name}");
        }
    }

    /// A training step (`--grad-output`) of the bn_rank3 fixture on 4 ranks in groups of 2: the outputs
    /// and every gradient (input gradients gathered in rank order, parameter gradients all-reduced over
    /// every rank) are the in-process run's, bit for bit.
    #[test]
    fn training_step_gradients_match_the_in_process_run() {
        let dir = tempfile::tempdir().unwrap();
        let (local, mpi) = grad_step_both_ways("bn_rank3", &["--group-size", "2"], dir.path());
        let names = ["y", "bn.running_mean_out", "bn.running_var_out", "grad/x", "grad/bn.weight", "grad/bn.bias"];
        for name in names {
            let file = format!("{name}.npy");
            let want = std::fs::read(local.join(&file)).unwrap_or_else(|e| panic!("{file}: {e}"));
            assert_eq!(std::fs::read(mpi.join(&file)).unwrap(), want, "{name} differs from the in-process run");
        }
    }

    /// A step of wide_mini (`--grad-output`, 4 ranks, shards 2/2/1/1): its weight-bound Conv's and
    /// Linear layer's outputs and input gradients, which the threads compute as a team and each rank
    /// alone, and every other output and gradient file are the in-process run's, bit for bit.
    #[test]
    fn a_weight_bound_step_under_mpi_equals_the_threaded_team_bit_for_bit() {
        let dir = tempfile::tempdir().unwrap();
        let (local, mpi) = grad_step_both_ways("wide_mini", &[], dir.path());
        let mut compared = 0;
        for sub in ["", "grad"] {
            for entry in std::fs::read_dir(local.join(sub)).unwrap().map(|e| e.unwrap().path()) {
                if entry.extension().is_some_and(|e| e == "npy") {
                    let theirs = mpi.join(sub).join(entry.file_name().unwrap());
                    assert!(std::fs::read(&theirs).unwrap() == std::fs::read(&entry).unwrap(), "{}", entry.display());
                    compared += 1;
                }
            }
        }
        assert!(compared >= 20, "only {compared} files compared");
    }

    /// A `--grad-output` step of tests/fixtures/`fixture` (its input and upstream gradient) with
    /// `extra` flags on 4 in-process replicas and on 4 MPI ranks: their output folders, under `dir`.
    fn grad_step_both_ways(fixture: &str, extra: &[&str], dir: &Path) -> (PathBuf, PathBuf) {
        let base = format!("tests/fixtures/{fixture}");
        let (model, x, dy) =
            (format!("{base}/train.onnx"), format!("x={base}/input.npy"), format!("y={base}/grad_output.npy"));
        let args = [model.as_str(), "--run", "--input", x.as_str(), "--grad-output", dy.as_str()];
        let (local, mpi) = (dir.join("local"), dir.join("mpi"));
        succeed(syncbn().args(args).args(extra).args(["--replicas", "4"]).arg("-o").arg(&local));
        succeed(mpirun(4).args(args).args(extra).args(["--comm", "mpi"]).arg("-o").arg(&mpi));
        (local, mpi)
    }

    /// Trains with `args` on `ranks` threaded replicas and under mpirun on as many ranks; asserts
    /// that every step's loss and the checkpoint agree bit for bit (`steps` steps).
    fn assert_mpi_training_equals_threaded(args: &[&str], ranks: usize, steps: usize, case: &str) {
        let dir = tempfile::tempdir().unwrap();
        let p = |name: &str| dir.path().join(name);
        let run = |cmd: &mut Command, tag: &str| {
            let (ckpt, report) = (p(&format!("{tag}.safetensors")), p(&format!("{tag}.json")));
            succeed(cmd.args(args).arg("--save").arg(&ckpt).arg("--report").arg(&report).arg("-o").arg(p(tag)));
            let json: serde_json::Value = serde_json::from_slice(&std::fs::read(report).unwrap()).unwrap();
            let losses: Vec<u64> =
                json["train"]["loss"].as_array().unwrap().iter().map(|v| v.as_f64().unwrap().to_bits()).collect();
            (std::fs::read(ckpt).unwrap(), losses)
        };
        let r = ranks.to_string();
        let (local_ckpt, local_losses) = run(syncbn().args(["--replicas", &r]), "local");
        let (mpi_ckpt, mpi_losses) = run(mpirun(ranks).args(["--comm", "mpi"]), "mpi");
        assert_eq!(local_losses.len(), steps);
        assert_eq!(mpi_losses, local_losses, "{case}: the losses differ from the threaded run");
        assert!(mpi_ckpt == local_ckpt, "{case}: the checkpoint differs from the threaded run's");
    }

    /// The SGD flags shared by the MPI training tests.
    const SGD: [&str; 9] =
        ["--lr", "0.1", "--momentum", "0.9", "--weight-decay", "5e-4", "--lr-schedule", "poly:0.9", "--quiet"];

    /// `--train --comm mpi` on 2 ranks with uneven shards (a batch of 5: 3/2) equals the threaded
    /// run of 2 replicas bit for bit: every step's loss and the checkpoint (parameters, momentum
    /// buffers, running statistics), for SyncBN with an exported SoftmaxCrossEntropyLoss (class
    /// weights, ignored labels) and for LogSoftmax + NegativeLogLikelihoodLoss.
    #[test]
    fn training_under_mpi_equals_the_threaded_run_bit_for_bit() {
        let data = "tests/fixtures/train/loss_mini";
        for model in ["sce", "nll"] {
            let (onnx, x, labels) =
                (format!("{data}/{model}.onnx"), format!("x={data}/x.npy"), format!("{data}/labels.npy"));
            let mut args = vec![onnx.as_str(), "--train", "--input", &x, "--labels", &labels];
            args.extend(["--batch", "5", "--steps", "8"]);
            args.extend(SGD);
            assert_mpi_training_equals_threaded(&args, 2, 8, model);
        }
    }

    /// Per-pixel cross-entropy (tests/fixtures/train/seg_mini: labels [N, 7, 5], 255 ignored) under
    /// `--comm mpi` on 4 ranks, a batch of 3 (shards 1/1/1/0: rank 1's first shard has no kept
    /// pixel, rank 3's is empty), equals the threaded run bit for bit.
    #[test]
    fn per_pixel_training_under_mpi_equals_the_threaded_run_bit_for_bit() {
        let data = "tests/fixtures/train/seg_mini";
        let (onnx, x, labels) = (format!("{data}/seg.onnx"), format!("x={data}/x.npy"), format!("{data}/labels.npy"));
        let mut args = vec![onnx.as_str(), "--train", "--input", &x, "--labels", &labels];
        args.extend(["--loss", "cross-entropy", "--ignore-index", "255", "--batch", "3", "--steps", "6"]);
        args.extend(SGD);
        assert_mpi_training_equals_threaded(&args, 4, 6, "seg");
    }

    /// wide_mini's weight-bound Conv, which the threads of a run compute together (each a part of
    /// every replica's output, the weight gradient summed into one replica's buffer) and each MPI
    /// rank alone: the same bits, on 4 ranks (batch 6: 2/2/1/1) and on 2 (batch 17: 9/8 images,
    /// 36 and 32 columns: one replica's weight gradient through the gemm crate, the other's through
    /// the team's kernel).
    #[test]
    fn weight_bound_convs_under_mpi_equal_the_threaded_team_bit_for_bit() {
        let (x, labels) = ("x=tests/fixtures/train/x.npy", "tests/fixtures/train/labels.npy");
        for (ranks, batch) in [(4, "6"), (2, "17")] {
            let mut args = vec!["tests/fixtures/wide_mini/train.onnx", "--train", "--input", x, "--labels", labels];
            args.extend(["--loss", "cross-entropy", "--batch", batch, "--steps", "3"]);
            args.extend(SGD);
            assert_mpi_training_equals_threaded(&args, ranks, 3, &format!("wide_mini on {ranks}"));
        }
    }

    /// Sync groups (`--group-size 2` of 4 ranks, shards 2/2/1/1): BatchNorm statistics per group,
    /// gradients summed over all ranks; the threaded run (one shared parameter copy, each thread
    /// updating its slice) equals the ranks' own copies bit for bit.
    #[test]
    fn training_in_sync_groups_under_mpi_equals_the_threaded_run_bit_for_bit() {
        let (x, labels) = ("x=tests/fixtures/train/x.npy", "tests/fixtures/train/labels.npy");
        let mut args = vec!["tests/fixtures/resnet_mini/train.onnx", "--train", "--input", x, "--labels", labels];
        args.extend(["--loss", "cross-entropy", "--group-size", "2", "--batch", "6", "--steps", "4"]);
        args.extend(SGD);
        assert_mpi_training_equals_threaded(&args, 4, 4, "groups");
    }

    /// Parameter gradients in 7 buckets (`--bucket-cap-mb 0.001`) on 4 ranks in sync groups of 2:
    /// several split sums in flight at once (each a reduce-scatter, then an all-gather started once
    /// the rank's slice is summed), interleaved with the groups' BatchNorm all-reduces, still give
    /// the threaded run's bits.
    #[test]
    fn many_buckets_in_flight_under_mpi_equal_the_threaded_run_bit_for_bit() {
        let (x, labels) = ("x=tests/fixtures/train/x.npy", "tests/fixtures/train/labels.npy");
        let mut args = vec!["tests/fixtures/resnet_mini/train.onnx", "--train", "--input", x, "--labels", labels];
        args.extend(["--loss", "cross-entropy", "--group-size", "2", "--batch", "7", "--steps", "4"]);
        args.extend(["--bucket-cap-mb", "0.001"]);
        args.extend(SGD);
        assert_mpi_training_equals_threaded(&args, 4, 4, "7 buckets");
    }

    #[test]
    fn replicas_must_equal_the_number_of_ranks() {
        let out = output(mpirun(2).args(["examples/bn_only.json", "--run", "--comm", "mpi", "--replicas", "3"]));
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{stderr}");
        assert!(stderr.contains("--replicas 3 does not match the 2 MPI ranks"), "{stderr}");
    }

    /// Rank 2 of 4 gets a float64 file for `x` (a bad shard); every rank reports rank 2's failure and
    /// the job ends non-zero.
    #[test]
    fn a_failing_rank_is_named_by_every_rank() {
        let dir = tempfile::tempdir().unwrap();
        let shape = input_shape("examples/bn_only.json", 8);
        let good = dir.path().join("good.npy");
        let bad = dir.path().join("bad.npy");
        write_npy(&good, &ArrayD::<f32>::zeros(IxDyn(&shape))).unwrap();
        write_npy(&bad, &ArrayD::<f64>::zeros(IxDyn(&shape))).unwrap();
        let bin = env!("CARGO_BIN_EXE_syncbn-compile");
        let args = |file: &Path| {
            let input = format!("x={}", file.display());
            let out = dir.path().display().to_string();
            ["examples/bn_only.json", "--run", "--comm", "mpi", "--input", input.as_str(), "-o", out.as_str()]
                .map(String::from)
        };
        let mut cmd = mpirun(2);
        cmd.args(args(&good)).args([":", "-np", "1", bin]).args(args(&bad)).args([":", "-np", "1", bin]);
        cmd.args(args(&good));
        let started = Instant::now();
        let out = output(&mut cmd);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_ne!(out.status.code(), Some(0), "{stderr}");
        assert!(started.elapsed() < Duration::from_secs(30), "took {:?}", started.elapsed());
        // Lines from different ranks arrive in any order; each must be whole and name rank 2 and its file.
        let lines: Vec<&str> = stderr.lines().collect();
        let has_line = |start: &str| lines.iter().any(|l| l.starts_with(start) && l.contains("dtype is '<f8'"));
        let origin = format!("error: rank 2: {}: dtype is", bad.display());
        assert!(has_line(&origin), "missing a line starting {origin:?} in {stderr}");
        for rank in [0, 1, 3] {
            let start = format!("error: rank {rank}: replica 2 failed at step 0: {}", bad.display());
            assert!(has_line(&start), "missing a line starting {start:?} in {stderr}");
        }
        for line in lines.iter().filter(|l| l.contains("error: rank")) {
            assert!(line.starts_with("error: rank ") && line.matches("error: ").count() == 1, "garbled {line:?}");
        }
    }

    /// Every live process whose environment holds `marker` and `OMPI_COMM_WORLD_RANK=rank`.
    fn rank_pids(marker: &str, rank: usize) -> Vec<u32> {
        let want = format!("OMPI_COMM_WORLD_RANK={rank}");
        let mut pids = Vec::new();
        for entry in std::fs::read_dir("/proc").unwrap().flatten() {
            let Some(pid) = entry.file_name().to_str().and_then(|s| s.parse::<u32>().ok()) else { continue };
            let mut env = Vec::new();
            if std::fs::File::open(entry.path().join("environ")).and_then(|mut f| f.read_to_end(&mut env)).is_err() {
                continue;
            }
            let vars: Vec<&[u8]> = env.split(|&b| b == 0).collect();
            if vars.contains(&marker.as_bytes()) && vars.contains(&want.as_bytes()) {
                pids.push(pid);
            }
        }
        pids
    }

    /// A long benchmark run on 4 ranks; rank 2 is killed with SIGKILL 3 s after rank 0 has compiled
    /// the model (while the ranks JIT their kernels or step); the job must end non-zero within 30 s,
    /// `mpirun` naming the killed rank.
    #[test]
    fn killing_a_rank_mid_run_ends_the_job_within_30_s() {
        let dir = tempfile::tempdir().unwrap();
        let marker = format!("SYNCBN_KILL_TEST={}-{}", std::process::id(), dir.path().display());
        let (key, value) = marker.split_once('=').unwrap();
        let mut child = mpirun(4)
            .args(["examples/bn_only.json", "--run", "--comm", "mpi", "--bench", "1000000", "-o"])
            .arg(dir.path())
            .env(key, value)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("mpirun");
        let deadline = Instant::now() + Duration::from_secs(60);
        let victim = loop {
            let found: Vec<Vec<u32>> = (0..4).map(|r| rank_pids(&marker, r)).collect();
            if found.iter().all(|p| !p.is_empty()) {
                break found[2][0];
            }
            assert!(Instant::now() < deadline, "the 4 ranks did not start");
            assert!(child.try_wait().unwrap().is_none(), "the job ended before the kill");
            std::thread::sleep(Duration::from_millis(50));
        };
        // Rank 0 writes the artifacts once it has compiled the model; then let the ranks enter the steps.
        while !dir.path().join("graph.json").exists() {
            assert!(Instant::now() < deadline, "rank 0 did not compile the model");
            assert!(child.try_wait().unwrap().is_none(), "the job ended before the kill");
            std::thread::sleep(Duration::from_millis(50));
        }
        std::thread::sleep(Duration::from_secs(3));
        assert!(child.try_wait().unwrap().is_none(), "the job ended before the kill");
        let killed = Command::new("kill").args(["-9", &victim.to_string()]).status().unwrap();
        assert!(killed.success());
        let killed_at = Instant::now();
        let status = loop {
            if let Some(status) = child.try_wait().unwrap() {
                break status;
            }
            if killed_at.elapsed() > Duration::from_secs(30) {
                let _ = child.kill();
                panic!("the job still runs 30 s after rank 2 was killed");
            }
            std::thread::sleep(Duration::from_millis(50));
        };
        let mut stderr = String::new();
        child.stderr.take().unwrap().read_to_string(&mut stderr).unwrap();
        assert!(!status.success(), "{stderr}");
        assert!(stderr.contains("rank 2"), "mpirun does not name rank 2: {stderr}");
    }
}
