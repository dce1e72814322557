//! Graph pictures: the SVG of a lowered graph renders (resvg) to a non-empty picture, its text names
//! every node, and collectives are filled as in the DOT; `--emit svg` writes both pictures.

use std::path::PathBuf;

use resvg::{tiny_skia, usvg};
use syncbn::{Lowering, Model};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Renders `svg` and returns (width, height, pixels that are not background).
fn render(svg: &str) -> (u32, u32, usize) {
    let tree = usvg::Tree::from_str(svg, &usvg::Options::default()).expect("the SVG parses");
    let size = tree.size().to_int_size();
    let mut pixmap = tiny_skia::Pixmap::new(size.width(), size.height()).expect("a non-empty canvas");
    resvg::render(&tree, tiny_skia::Transform::default(), &mut pixmap.as_mut());
    let drawn = pixmap.pixels().iter().filter(|p| p.alpha() > 0 && (p.red() < 250 || p.green() < 250)).count();
    (size.width(), size.height(), drawn)
}

/// All text of the SVG document, lines joined by newlines.
fn text_of(svg: &str) -> String {
    let doc = roxmltree::Document::parse(svg).expect("the SVG is XML");
    doc.descendants().filter(|n| n.is_text()).filter_map(|n| n.text()).collect::<Vec<_>>().join("\n")
}

#[test]
fn lowered_graph_picture_names_every_node_and_highlights_collectives() {
    let model = Model::load(root().join("examples/resnet_block.json")).unwrap();
    let compiled = model.lower(&Lowering::new().replicas(2)).unwrap();
    for (graph, svg) in [(compiled.graph(), compiled.to_svg()), (model.graph(), syncbn::svg::to_svg(model.graph()))] {
        let (width, height, drawn) = render(&svg);
        assert!(width > 100 && height > 100, "{}: {width}x{height}", graph.name);
        assert!(drawn > 1000, "{}: only {drawn} pixels drawn", graph.name);
        let text = text_of(&svg);
        for node in &graph.nodes {
            assert!(text.contains(&node.name), "{}: no text names node {:?}", graph.name, node.name);
        }
        for name in graph.inputs.iter().map(|i| &i.name).chain(&graph.outputs) {
            assert!(text.contains(name.as_str()), "{}: no text names {name:?}", graph.name);
        }
    }
    assert!(!compiled.collectives().is_empty());
    assert!(compiled.to_svg().contains("#ffd27f"), "collectives are filled as in the DOT");
    assert!(!syncbn::svg::to_svg(model.graph()).contains("#ffd27f"), "the input graph has no collectives");
}

#[test]
fn emit_svg_writes_the_lowered_and_the_input_picture() {
    let dir = tempfile::tempdir().unwrap();
    let model = root().join("examples/conv_bn_relu.json");
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_syncbn-compile"))
        .args([model.to_str().unwrap(), "--emit", "svg", "--replicas", "2", "-o"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", String::from_utf8_lossy(&output.stderr));
    assert!(String::from_utf8_lossy(&output.stdout).contains("wrote: graph.svg, graph.before.svg in"));
    let after = std::fs::read_to_string(dir.path().join("graph.svg")).unwrap();
    let before = std::fs::read_to_string(dir.path().join("graph.before.svg")).unwrap();
    assert!(text_of(&after).contains("AllReduce") && !text_of(&before).contains("AllReduce"));
    assert!(text_of(&before).contains("BatchNormalization"));
    assert!(render(&after).2 > 0 && render(&before).2 > 0);
}
