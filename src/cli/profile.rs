//! `--profile FILE.json`: the run's step profile written as a Chrome trace-event file, and its
//! per-node summary put into the report.

use std::collections::BTreeMap;
use std::path::Path;

use syncbn_ir::Graph;
use syncbn_runtime::profile::Profile;
use syncbn_runtime::ExecutionPlan;

use super::error::CliError;
use super::report::Report;

/// Writes `profile` (of `plan`, from the nodes of `lowered`) to `path` and its summary over the run
/// steps from `first_step` on into `report`; the text to print.
pub fn write(
    path: &Path,
    lowered: &Graph,
    plan: &ExecutionPlan,
    profile: &Profile,
    first_step: usize,
    report: &mut Report,
) -> Result<String, CliError> {
    let ops: BTreeMap<&str, &str> = lowered.nodes.iter().map(|n| (n.name.as_str(), n.op.as_str())).collect();
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent).map_err(|e| CliError::write(parent, e))?;
    }
    std::fs::write(path, profile.chrome_trace(plan, &ops)).map_err(|e| CliError::write(path, e))?;
    let summary = profile.summary(plan, &ops, first_step);
    let slowest = summary.kinds.iter().take(3).map(|k| format!("{} {:.3} ms", k.name, k.ms)).collect::<Vec<_>>();
    let text = format!("profile: {} (slowest kinds per step: {})\n", path.display(), slowest.join(", "));
    report.profile = Some(summary);
    Ok(text)
}
