//! Graph pictures without Graphviz: a graph laid out and drawn as SVG in pure Rust (layout-rs), with
//! the same look as `ir::dot`: ops as boxes (`op` over the node name), graph inputs and outputs as
//! ellipses, edges labelled with tensor names, collectives (`AllReduce`) filled orange.

use std::collections::HashMap;

use layout::backends::svg::SVGWriter;
use layout::core::base::Orientation;
use layout::core::color::Color;
use layout::core::style::StyleAttr;
use layout::std_shapes::render::get_shape_size;
use layout::std_shapes::shapes::{Arrow, Element, ShapeKind};
use layout::topo::layout::VisualGraph;
use syncbn_ir::lowered::ALL_REDUCE;
use syncbn_ir::Graph;

/// The fill of collectives, as in the DOT picture.
const COLLECTIVE_FILL: &str = "#ffd27f";
/// Font size of node labels.
const FONT: usize = 14;
/// Largest graph (in nodes) whose edge crossings are minimized; beyond it the layout skips that
/// optimization, which grows quickly with the graph (ResNet-18's forward: 30 s instead of 14 s).
const OPTIMIZE_UP_TO: usize = 60;

/// The graph drawn as an SVG document, top to bottom. Graphs of more than 60 nodes are laid out without
/// minimizing edge crossings, which would take long.
///
/// ```
/// let model = syncbn::Model::load("examples/bn_only.json")?;
/// let svg = syncbn::svg::to_svg(model.graph());
/// assert!(svg.contains("<svg") && svg.contains("BatchNormalization"));
/// # Ok::<(), syncbn::Error>(())
/// ```
pub fn to_svg(graph: &Graph) -> String {
    let mut vg = VisualGraph::new(Orientation::TopToBottom);
    let mut producer = HashMap::new();
    for input in &graph.inputs {
        let handle = vg.add_node(element(ShapeKind::new_circle(&input.name), StyleAttr::simple()));
        producer.insert(input.name.as_str(), handle);
    }
    let mut handles = Vec::with_capacity(graph.nodes.len());
    for node in &graph.nodes {
        let mut look = StyleAttr::simple();
        if node.op == ALL_REDUCE {
            look.fill_color = Some(Color::fast(COLLECTIVE_FILL));
        }
        let handle = vg.add_node(element(ShapeKind::new_box(&format!("{}\n{}", node.op, node.name)), look));
        for output in node.outputs.iter().filter(|o| !o.is_empty()) {
            producer.insert(output.as_str(), handle);
        }
        handles.push(handle);
    }
    for (node, &to) in graph.nodes.iter().zip(&handles) {
        for input in &node.inputs {
            if let Some(&from) = producer.get(input.as_str()) {
                vg.add_edge(Arrow::simple(input), from, to);
            }
        }
    }
    for output in &graph.outputs {
        let handle = vg.add_node(element(ShapeKind::new_double_circle(output), StyleAttr::simple()));
        if let Some(&from) = producer.get(output.as_str()) {
            vg.add_edge(Arrow::simple(output), from, handle);
        }
    }
    let mut svg = SVGWriter::new();
    if vg.num_nodes() > 0 {
        vg.do_it(false, graph.nodes.len() > OPTIMIZE_UP_TO, false, &mut svg);
    }
    svg.finalize()
}

/// A node of the picture sized to its label.
fn element(shape: ShapeKind, look: StyleAttr) -> Element {
    let size = get_shape_size(Orientation::TopToBottom, &shape, FONT, false);
    let look = StyleAttr { font_size: FONT, ..look };
    Element::create(shape, look, Orientation::TopToBottom, size)
}
