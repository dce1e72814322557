//! Every golden PTX file of the kernel catalogue (codegen/tests/out/ptx) parses and decodes.

use syncbn_ptx_interp::Module;

#[test]
fn every_golden_ptx_file_parses() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../codegen/tests/out/ptx");
    let mut parsed = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        let ptx = text.split_once("\n---\n").map_or(text.as_str(), |(_, body)| body);
        let module = Module::parse(ptx).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        assert_eq!(module.kernels().len(), 1, "{}", path.display());
        parsed += 1;
    }
    println!("golden PTX files parsed: {parsed}");
    assert!(parsed >= 49);
}
