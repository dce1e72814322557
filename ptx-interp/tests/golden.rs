//! Every golden PTX file of the kernel catalogue (codegen/tests/out/sm_80/*.ptx) parses and decodes.

use syncbn_ptx_interp::Module;

#[test]
fn every_golden_ptx_file_parses() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../codegen/tests/out/sm_80");
    let mut parsed = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "ptx") {
            continue;
        }
        let ptx = std::fs::read_to_string(&path).unwrap();
        let module = Module::parse(&ptx).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        assert_eq!(module.kernels().len(), 1, "{}", path.display());
        parsed += 1;
    }
    println!("golden PTX files parsed: {parsed}");
    assert!(parsed >= 49, "only {parsed} golden PTX files");
}
