//! A small DOM for html5ever: every node in one `Vec`, linked by indices, text and
//! attribute values kept as the parser's tendrils. Building it costs one push per
//! node; nothing is interned or indexed. Dropping it frees one array (no recursion,
//! however deep the document).
//!
//! The tree has the shape scraper gives a document: a document node at index 0,
//! adjacent text merged, and a `<template>`'s contents under a fragment node that
//! is the template's only child.

use super::guard;
use super::tokenizer::Attributes;
use html5ever::tendril::{StrTendril, TendrilSink};
use html5ever::tree_builder::{ElementFlags, NodeOrText, QuirksMode, TreeBuilder, TreeSink};
use html5ever::{Attribute, QualName, local_name, ns};
use std::borrow::Cow;
use std::cell::{Cell, Ref, RefCell};

/// A node's index in its `Dom`.
pub type NodeId = u32;

const NONE: NodeId = NodeId::MAX;

/// News pages have a node for every 100 bytes or so (scrapinghub's 181: one
/// per 108); the node array is sized for a page twice as dense.
const BYTES_PER_NODE_AT_MOST: usize = 50;

/// Above this many elements per start tag (plus [`ELEMENTS_SLACK`]) the tree
/// builder is reopening formatting elements block after block (`<b>` after
/// `<b>` left open, then paragraphs): work that grows with the square of the
/// page. News pages create under 1.1 elements per start tag.
const ELEMENTS_PER_START_TAG_AT_MOST: usize = 4;
const ELEMENTS_SLACK: usize = 10_000;

/// A page on which html5ever's tree builder would do more than linear work:
/// it nests elements deeper than [`guard::MAX_DEPTH`] (every tag then looks
/// down a deep stack), or creates far more elements than the page has start
/// tags. Real pages never come near either; hostile ones are parsed as
/// [`guard::bound`] cuts them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Overrun;

/// A parsed document.
pub struct Dom {
    nodes: Vec<Node>,
}

struct Node {
    parent: NodeId,
    prev: NodeId,
    next: NodeId,
    first: NodeId,
    last: NodeId,
    /// Elements above it when it was inserted (not updated when the tree
    /// builder moves a subtree): how deep the parser's stack of open elements
    /// can have been.
    depth: u32,
    data: Data,
}

/// What a node is.
pub enum Data {
    Document,
    /// A `<template>`'s contents.
    Fragment,
    Doctype,
    Comment,
    ProcessingInstruction,
    Text(StrTendril),
    Element(Element),
}

/// An element: its name and attributes, in source order.
pub struct Element {
    pub name: QualName,
    pub attrs: Vec<Attribute>,
}

impl Element {
    /// The element's local name ("div").
    pub fn name(&self) -> &str {
        &self.name.local
    }

    /// The value of the attribute with this name and no namespace.
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|a| a.name.ns == ns!() && a.name.prefix.is_none() && &*a.name.local == name)
            .map(|a| &*a.value)
    }

    /// The `id` attribute (in any namespace).
    pub fn id(&self) -> Option<&str> {
        self.attrs
            .iter()
            .find(|a| &*a.name.local == "id")
            .map(|a| &*a.value)
    }

    /// The tokens of the `class` attribute, in source order (duplicates kept).
    pub fn classes(&self) -> impl Iterator<Item = &str> {
        self.attrs
            .iter()
            .filter(|a| &*a.name.local == "class")
            .flat_map(|a| a.value.split_ascii_whitespace())
    }
}

impl Data {
    pub fn as_element(&self) -> Option<&Element> {
        match self {
            Data::Element(e) => Some(e),
            _ => None,
        }
    }

    pub fn as_text(&self) -> Option<&str> {
        match self {
            Data::Text(t) => Some(t),
            _ => None,
        }
    }
}

impl Dom {
    /// Parse a whole document the way browsers do (scripting enabled, as scraper's
    /// `Html::parse_document`).
    pub fn parse(text: &str) -> Dom {
        Dom::parse_with(text, Attributes::All)
    }

    /// `parse` keeping only the attributes extraction reads
    /// (`tokenizer::READ_ATTRIBUTES`): the tree of `parse` less the others
    /// (`without_unread_attributes`), built without them. Its work stays
    /// linear on any page: a page on which the tree builder's work outgrows it
    /// ([`Overrun`]) is parsed again as [`guard::bound`] cuts it.
    pub fn parse_for_extraction(text: &str) -> Dom {
        Dom::parse_watched(text)
            .unwrap_or_else(|Overrun| Dom::parse_with(&guard::bound(text), Attributes::Read))
    }

    /// `parse_for_extraction` without the second parse: stops at the first sign
    /// of an [`Overrun`].
    pub fn parse_watched(text: &str) -> Result<Dom, Overrun> {
        let builder = TreeBuilder::new(Sink::for_page(text.len()), Default::default());
        let overran = super::tokenizer::tokenize(
            text,
            &builder,
            Attributes::Read,
            Some(&|start_tags| builder.sink.overrun(start_tags)),
        );
        if overran {
            return Err(Overrun);
        }
        Ok(builder.sink.finish())
    }

    fn parse_with(text: &str, attributes: Attributes) -> Dom {
        let builder = TreeBuilder::new(Sink::for_page(text.len()), Default::default());
        super::tokenizer::tokenize(text, &builder, attributes, None);
        builder.sink.finish()
    }

    /// This tree without the attributes extraction does not read, for checking
    /// `parse_for_extraction` against `parse`. A foreign attribute html5ever
    /// renamed (`xlink:href`, `viewBox`) is judged by the name the page wrote.
    pub fn without_unread_attributes(mut self) -> Dom {
        for node in &mut self.nodes {
            if let Data::Element(el) = &mut node.data {
                el.attrs.retain(|a| {
                    let written = match &a.name.prefix {
                        Some(prefix) => format!("{prefix}:{}", a.name.local),
                        None => a.name.local.to_string(),
                    };
                    super::tokenizer::is_read_attribute(&written)
                });
            }
        }
        self
    }

    /// `parse` with html5ever's own tokenizer: the reference the tests hold
    /// `parse` to, and the benchmark's parse-only ceiling.
    pub fn parse_html5ever(text: &str) -> Dom {
        html5ever::parse_document(Sink::new(), Default::default()).one(text)
    }

    /// Parse an HTML fragment as the content of a `<body>` (scraper's
    /// `Html::parse_fragment`); the fragment's nodes are under an `html` element.
    pub fn parse_fragment(text: &str) -> Dom {
        html5ever::driver::parse_fragment(
            Sink::new(),
            Default::default(),
            QualName::new(None, ns!(html), local_name!("body")),
            Vec::new(),
            false,
        )
        .one(text)
    }

    /// The document node.
    pub fn root(&self) -> NodeRef<'_> {
        NodeRef { dom: self, id: 0 }
    }

    pub fn get(&self, id: NodeId) -> NodeRef<'_> {
        NodeRef { dom: self, id }
    }

    /// How many nodes the document has.
    pub fn len(&self) -> usize {
        self.nodes.len()
    }

    pub fn is_empty(&self) -> bool {
        self.nodes.len() <= 1
    }

    /// One line per node in document order: its depth and what it is (name
    /// and sorted attributes, or text); for comparing trees in tests and
    /// fuzzing.
    pub fn outline(&self) -> Vec<String> {
        let mut out = Vec::new();
        let mut depth = 0usize;
        for edge in self.root().traverse() {
            match edge {
                Edge::Open(n) => {
                    let what = match n.value() {
                        Data::Document => "document".to_string(),
                        Data::Fragment => "fragment".to_string(),
                        Data::Doctype => "doctype".to_string(),
                        Data::Comment => "comment".to_string(),
                        Data::ProcessingInstruction => "pi".to_string(),
                        Data::Text(t) => format!("text {:?}", &**t),
                        Data::Element(e) => {
                            let mut attrs: Vec<String> = e
                                .attrs
                                .iter()
                                .map(|a| format!("{}|{}={:?}", a.name.ns, a.name.local, &*a.value))
                                .collect();
                            attrs.sort();
                            format!("<{}|{}> {}", e.name.ns, e.name.local, attrs.join(" "))
                        }
                    };
                    out.push(format!("{depth} {what}"));
                    depth += 1;
                }
                Edge::Close(_) => depth -= 1,
            }
        }
        out
    }

    /// Every element in document order.
    pub fn elements(&self) -> impl Iterator<Item = ElementRef<'_>> {
        self.root().descendants().filter_map(NodeRef::element)
    }
}

impl Node {
    fn new(data: Data) -> Node {
        Node {
            parent: NONE,
            prev: NONE,
            next: NONE,
            first: NONE,
            last: NONE,
            depth: 0,
            data,
        }
    }
}

fn some(id: NodeId) -> Option<NodeId> {
    (id != NONE).then_some(id)
}

/// A node of a `Dom`.
#[derive(Clone, Copy)]
pub struct NodeRef<'a> {
    dom: &'a Dom,
    id: NodeId,
}

impl PartialEq for NodeRef<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id && std::ptr::eq(self.dom, other.dom)
    }
}

impl<'a> NodeRef<'a> {
    fn node(&self) -> &'a Node {
        &self.dom.nodes[self.id as usize]
    }

    fn at(&self, id: NodeId) -> Option<NodeRef<'a>> {
        some(id).map(|id| NodeRef { dom: self.dom, id })
    }

    pub fn id(&self) -> NodeId {
        self.id
    }

    pub fn value(&self) -> &'a Data {
        &self.node().data
    }

    /// The element this node is, if it is one.
    pub fn element(self) -> Option<ElementRef<'a>> {
        match &self.node().data {
            Data::Element(el) => Some(ElementRef { node: self, el }),
            _ => None,
        }
    }

    pub fn parent(&self) -> Option<NodeRef<'a>> {
        self.at(self.node().parent)
    }

    pub fn first_child(&self) -> Option<NodeRef<'a>> {
        self.at(self.node().first)
    }

    pub fn next_sibling(&self) -> Option<NodeRef<'a>> {
        self.at(self.node().next)
    }

    pub fn prev_sibling(&self) -> Option<NodeRef<'a>> {
        self.at(self.node().prev)
    }

    pub fn children(&self) -> impl Iterator<Item = NodeRef<'a>> + use<'a> {
        std::iter::successors(self.first_child(), NodeRef::next_sibling)
    }

    /// The ancestors, nearest first (this node not included).
    pub fn ancestors(&self) -> impl Iterator<Item = NodeRef<'a>> + use<'a> {
        std::iter::successors(self.parent(), NodeRef::parent)
    }

    /// Opening and closing edges of this node and everything under it, in
    /// document order.
    pub fn traverse(&self) -> Traverse<'a> {
        Traverse {
            root: *self,
            next: Some(Edge::Open(*self)),
        }
    }

    /// This node and everything under it, in document order.
    pub fn descendants(&self) -> impl Iterator<Item = NodeRef<'a>> + use<'a> {
        self.traverse().filter_map(|e| match e {
            Edge::Open(n) => Some(n),
            Edge::Close(_) => None,
        })
    }

    /// The text nodes under this node, in document order.
    pub fn texts(&self) -> impl Iterator<Item = &'a str> + use<'a> {
        self.descendants().filter_map(|n| n.value().as_text())
    }
}

/// One step of a walk: entering a node or leaving it.
#[derive(Clone, Copy)]
pub enum Edge<'a> {
    Open(NodeRef<'a>),
    Close(NodeRef<'a>),
}

/// See [`NodeRef::traverse`].
pub struct Traverse<'a> {
    root: NodeRef<'a>,
    next: Option<Edge<'a>>,
}

impl<'a> Iterator for Traverse<'a> {
    type Item = Edge<'a>;

    fn next(&mut self) -> Option<Edge<'a>> {
        let edge = self.next?;
        self.next = match edge {
            Edge::Open(n) => Some(match n.first_child() {
                Some(child) => Edge::Open(child),
                None => Edge::Close(n),
            }),
            Edge::Close(n) if n == self.root => None,
            Edge::Close(n) => match n.next_sibling() {
                Some(sibling) => Some(Edge::Open(sibling)),
                None => n.parent().map(Edge::Close),
            },
        };
        Some(edge)
    }
}

/// An element node.
#[derive(Clone, Copy)]
pub struct ElementRef<'a> {
    node: NodeRef<'a>,
    el: &'a Element,
}

impl<'a> ElementRef<'a> {
    pub fn node(&self) -> NodeRef<'a> {
        self.node
    }

    pub fn id(&self) -> NodeId {
        self.node.id
    }

    pub fn value(&self) -> &'a Element {
        self.el
    }

    pub fn name(&self) -> &'a str {
        self.el.name()
    }

    pub fn attr(&self, name: &str) -> Option<&'a str> {
        self.el.attr(name)
    }

    pub fn parent(&self) -> Option<NodeRef<'a>> {
        self.node.parent()
    }

    /// Every element under this one (itself not included), in document order.
    pub fn descendant_elements(&self) -> impl Iterator<Item = ElementRef<'a>> + use<'a> {
        self.node.descendants().skip(1).filter_map(NodeRef::element)
    }

    /// The text nodes under this element, in document order.
    pub fn texts(&self) -> impl Iterator<Item = &'a str> + use<'a> {
        self.node.texts()
    }
}

impl<'a> std::ops::Deref for ElementRef<'a> {
    type Target = NodeRef<'a>;

    fn deref(&self) -> &NodeRef<'a> {
        &self.node
    }
}

/// The tree builder's side of the `Dom`.
struct Sink {
    nodes: RefCell<Vec<Node>>,
    /// Elements created, by start tags and by the tree builder itself (implied
    /// elements, reopened formatting elements).
    elements: Cell<usize>,
    /// The deepest an element was inserted.
    deepest: Cell<u32>,
}

impl Sink {
    fn new() -> Sink {
        Sink::with_capacity(1)
    }

    /// A sink with room for `nodes` nodes.
    fn with_capacity(nodes: usize) -> Sink {
        let mut v = Vec::with_capacity(nodes.max(1));
        v.push(Node::new(Data::Document));
        Sink {
            nodes: RefCell::new(v),
            elements: Cell::new(0),
            deepest: Cell::new(0),
        }
    }

    /// The tree builder's work is outgrowing the page (see [`Overrun`]), after
    /// `start_tags` start tags.
    fn overrun(&self, start_tags: usize) -> bool {
        self.deepest.get() as usize > guard::MAX_DEPTH
            || self.elements.get() > start_tags * ELEMENTS_PER_START_TAG_AT_MOST + ELEMENTS_SLACK
    }

    /// Note the depth of a node just inserted.
    fn inserted(&self, nodes: &[Node], id: NodeId) {
        let depth = nodes[id as usize].depth;
        if depth > self.deepest.get() {
            self.deepest.set(depth);
        }
    }

    /// A sink with room for the nodes a page of `bytes` usually has, so that
    /// the node array is not copied as it grows.
    fn for_page(bytes: usize) -> Sink {
        Sink::with_capacity(bytes / BYTES_PER_NODE_AT_MOST + 16)
    }

    fn push(&self, data: Data) -> NodeId {
        let mut nodes = self.nodes.borrow_mut();
        let id = nodes.len() as NodeId;
        assert!(id != NONE, "too many nodes");
        nodes.push(Node::new(data));
        id
    }
}

fn detach(nodes: &mut [Node], id: NodeId) {
    let Node {
        parent, prev, next, ..
    } = nodes[id as usize];
    if parent == NONE {
        return;
    }
    match some(prev) {
        Some(p) => nodes[p as usize].next = next,
        None => nodes[parent as usize].first = next,
    }
    match some(next) {
        Some(n) => nodes[n as usize].prev = prev,
        None => nodes[parent as usize].last = prev,
    }
    let node = &mut nodes[id as usize];
    node.parent = NONE;
    node.prev = NONE;
    node.next = NONE;
}

fn append_child(nodes: &mut [Node], parent: NodeId, id: NodeId) {
    detach(nodes, id);
    let last = nodes[parent as usize].last;
    let depth = nodes[parent as usize].depth + 1;
    {
        let node = &mut nodes[id as usize];
        node.parent = parent;
        node.prev = last;
        node.depth = depth;
    }
    match some(last) {
        Some(l) => nodes[l as usize].next = id,
        None => nodes[parent as usize].first = id,
    }
    nodes[parent as usize].last = id;
}

fn insert_before(nodes: &mut [Node], sibling: NodeId, id: NodeId) {
    detach(nodes, id);
    let Node {
        parent,
        prev,
        depth,
        ..
    } = nodes[sibling as usize];
    {
        let node = &mut nodes[id as usize];
        node.parent = parent;
        node.prev = prev;
        node.next = sibling;
        node.depth = depth;
    }
    match some(prev) {
        Some(p) => nodes[p as usize].next = id,
        None => nodes[parent as usize].first = id,
    }
    nodes[sibling as usize].prev = id;
}

impl TreeSink for Sink {
    type Handle = NodeId;
    type Output = Dom;
    type ElemName<'a> = Ref<'a, QualName>;

    fn finish(self) -> Dom {
        Dom {
            nodes: self.nodes.into_inner(),
        }
    }

    fn parse_error(&self, _msg: Cow<'static, str>) {}

    fn get_document(&self) -> NodeId {
        0
    }

    fn elem_name<'a>(&'a self, target: &'a NodeId) -> Ref<'a, QualName> {
        Ref::map(self.nodes.borrow(), |nodes| {
            match &nodes[*target as usize].data {
                Data::Element(el) => &el.name,
                _ => panic!("elem_name of a node that is not an element"),
            }
        })
    }

    fn create_element(&self, name: QualName, attrs: Vec<Attribute>, _: ElementFlags) -> NodeId {
        self.elements.set(self.elements.get() + 1);
        let template = name.ns == ns!(html) && name.local == local_name!("template");
        let id = self.push(Data::Element(Element { name, attrs }));
        if template {
            let contents = self.push(Data::Fragment);
            append_child(&mut self.nodes.borrow_mut(), id, contents);
        }
        id
    }

    fn create_comment(&self, _text: StrTendril) -> NodeId {
        self.push(Data::Comment)
    }

    fn create_pi(&self, _target: StrTendril, _data: StrTendril) -> NodeId {
        self.push(Data::ProcessingInstruction)
    }

    fn append(&self, parent: &NodeId, child: NodeOrText<NodeId>) {
        match child {
            NodeOrText::AppendNode(id) => {
                let mut nodes = self.nodes.borrow_mut();
                append_child(&mut nodes, *parent, id);
                self.inserted(&nodes, id);
            }
            NodeOrText::AppendText(text) => {
                let mut nodes = self.nodes.borrow_mut();
                let last = nodes[*parent as usize].last;
                if let Some(Data::Text(t)) = some(last).map(|l| &mut nodes[l as usize].data) {
                    t.push_tendril(&text);
                    return;
                }
                drop(nodes);
                let id = self.push(Data::Text(text));
                append_child(&mut self.nodes.borrow_mut(), *parent, id);
            }
        }
    }

    fn append_based_on_parent_node(
        &self,
        element: &NodeId,
        prev_element: &NodeId,
        child: NodeOrText<NodeId>,
    ) {
        let has_parent = self.nodes.borrow()[*element as usize].parent != NONE;
        if has_parent {
            self.append_before_sibling(element, child);
        } else {
            self.append(prev_element, child);
        }
    }

    fn append_doctype_to_document(&self, _: StrTendril, _: StrTendril, _: StrTendril) {
        let id = self.push(Data::Doctype);
        append_child(&mut self.nodes.borrow_mut(), 0, id);
    }

    fn get_template_contents(&self, target: &NodeId) -> NodeId {
        self.nodes.borrow()[*target as usize].first
    }

    fn same_node(&self, x: &NodeId, y: &NodeId) -> bool {
        x == y
    }

    fn set_quirks_mode(&self, _mode: QuirksMode) {}

    fn append_before_sibling(&self, sibling: &NodeId, new_node: NodeOrText<NodeId>) {
        let mut nodes = self.nodes.borrow_mut();
        if let NodeOrText::AppendNode(id) = new_node {
            detach(&mut nodes, id);
        }
        if nodes[*sibling as usize].parent == NONE {
            return;
        }
        match new_node {
            NodeOrText::AppendNode(id) => {
                insert_before(&mut nodes, *sibling, id);
                self.inserted(&nodes, id);
            }
            NodeOrText::AppendText(text) => {
                let prev = nodes[*sibling as usize].prev;
                if let Some(Data::Text(t)) = some(prev).map(|p| &mut nodes[p as usize].data) {
                    t.push_tendril(&text);
                    return;
                }
                drop(nodes);
                let id = self.push(Data::Text(text));
                insert_before(&mut self.nodes.borrow_mut(), *sibling, id);
            }
        }
    }

    fn add_attrs_if_missing(&self, target: &NodeId, attrs: Vec<Attribute>) {
        let mut nodes = self.nodes.borrow_mut();
        if let Data::Element(el) = &mut nodes[*target as usize].data {
            for attr in attrs {
                if !el.attrs.iter().any(|a| a.name == attr.name) {
                    el.attrs.push(attr);
                }
            }
        }
    }

    fn remove_from_parent(&self, target: &NodeId) {
        detach(&mut self.nodes.borrow_mut(), *target);
    }

    fn reparent_children(&self, node: &NodeId, new_parent: &NodeId) {
        let mut nodes = self.nodes.borrow_mut();
        while let Some(child) = some(nodes[*node as usize].first) {
            append_child(&mut nodes, *new_parent, child);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shape(dom: &Dom) -> String {
        let mut out = String::new();
        for edge in dom.root().traverse() {
            match edge {
                Edge::Open(n) => match n.value() {
                    Data::Element(e) => {
                        out.push('<');
                        out.push_str(e.name());
                        out.push('>');
                    }
                    Data::Text(t) => out.push_str(t),
                    Data::Fragment => out.push_str("[frag]"),
                    _ => {}
                },
                Edge::Close(n) => {
                    if let Some(e) = n.value().as_element() {
                        out.push_str("</");
                        out.push_str(e.name());
                        out.push('>');
                    }
                }
            }
        }
        out
    }

    #[test]
    fn builds_the_tree_browsers_build() {
        let dom =
            Dom::parse("<p>a<b>b<i>c</b>d</i><p>e<template>t</template><table>x<tr><td>y</table>");
        assert_eq!(
            shape(&dom),
            "<html><head></head><body><p>a<b>b<i>c</i></b><i>d</i></p><p>e<template>[frag]t</template>x<table><tbody><tr><td>y</td></tr></tbody></table></p></body></html>"
        );
    }

    #[test]
    fn attributes_and_classes() {
        let dom = Dom::parse(r#"<div id=x class=" a  b a" data-k=v>t</div>"#);
        let div = dom.elements().find(|e| e.name() == "div").unwrap();
        assert_eq!(div.value().id(), Some("x"));
        assert_eq!(div.value().classes().collect::<Vec<_>>(), ["a", "b", "a"]);
        assert_eq!(div.attr("data-k"), Some("v"));
        assert_eq!(div.texts().collect::<String>(), "t");
    }

    #[test]
    fn ordinary_pages_are_parsed_once_without_overrun() {
        let page = "<p>a<b>b<i>c</b>d</i><p>e<table>x<tr><td>y</table>".repeat(200);
        let watched = Dom::parse_watched(&page).expect("no overrun");
        assert_eq!(shape(&watched), shape(&Dom::parse_for_extraction(&page)));
        assert_eq!(shape(&watched), shape(&Dom::parse(&page)));
    }

    #[test]
    fn nesting_past_the_guard_depth_is_an_overrun() {
        let deep = |n: usize| format!("{}x", "<div>".repeat(n));
        assert!(Dom::parse_watched(&deep(guard::MAX_DEPTH - 10)).is_ok());
        assert_eq!(
            Dom::parse_watched(&deep(guard::MAX_DEPTH * 4)).err(),
            Some(Overrun)
        );
    }

    #[test]
    fn reopened_formatting_elements_are_an_overrun() {
        // 300 distinct <b>s, each left open in a block that closes: the text of
        // every later paragraph reopens all 300 (no deeper than 300 elements).
        let open: String = (0..300).map(|i| format!("<div><b id={i}></div>")).collect();
        let page = format!("{open}{}", "<p>x</p>".repeat(2000));
        assert_eq!(Dom::parse_watched(&page).err(), Some(Overrun));
        // A few left open are ordinary.
        let page = format!("<b><i>{}", "<p>x</p>".repeat(2000));
        assert!(Dom::parse_watched(&page).is_ok());
    }

    #[test]
    fn an_overrun_page_is_parsed_as_the_guard_cuts_it() {
        let page = format!("{}deep text", "<div>".repeat(guard::MAX_DEPTH * 4));
        let cut = guard::bound(&page);
        assert!(matches!(cut, Cow::Owned(_)));
        assert_eq!(
            shape(&Dom::parse_for_extraction(&page)),
            shape(&Dom::parse_with(&cut, Attributes::Read))
        );
        assert!(shape(&Dom::parse_for_extraction(&page)).contains("deep text"));
    }
}
