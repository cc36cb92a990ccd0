/// Namespace URIs used by leadbench reports.
///
/// Rule: pass these to `element(_:namespace:…)` / `MarkupDocument.xml(root:namespace:)`
/// instead of writing `xmlns` attributes by hand.
public enum MarkupNamespace {
    /// Inline SVG: `try body.element("svg", namespace: MarkupNamespace.svg, attributes: …)`.
    public static let svg = "http://www.w3.org/2000/svg"
    /// XHTML, for XML documents that embed HTML.
    public static let xhtml = "http://www.w3.org/1999/xhtml"
}
