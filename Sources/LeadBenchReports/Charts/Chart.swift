/// A chart that draws itself as inline SVG into a report.
///
/// Rules every chart follows:
/// - ``render(into:)`` appends exactly one `<svg>` element (SVG namespace) to the parent, with
///   `viewBox="0 0 W H"`, `width="100%"`, `role="img"`, a `<title>` (the chart title) and a
///   `<desc>` (a summary of axes and series) as its first children.
/// - All text goes through ``MarkupNode`` and is escaped by construction; all paint is set by
///   presentation attributes (no CSS classes are needed, no script).
/// - Output depends only on the chart value: the same chart renders byte-identical markup.
/// - Undrawable values (NaN, infinite, beyond ±10¹²) are dropped; a chart with nothing left to
///   draw shows "No data to show" in an empty frame instead.
public protocol Chart: Sendable {
    /// Appends the chart as an `<svg>` element to `parent` and returns that element.
    @discardableResult
    func render(into parent: MarkupNode) throws(MarkupError) -> MarkupNode
}

extension MarkupNode {
    /// Appends `chart` as an `<svg>` child (see ``Chart``) and returns it:
    ///
    /// ```swift
    /// let figure = try body.element("figure")
    /// try figure.chart(roc)
    /// try figure.element("figcaption", text: "ROC on the test leads")
    /// ```
    @discardableResult
    public func chart(_ chart: some Chart) throws(MarkupError) -> MarkupNode {
        try chart.render(into: self)
    }
}

/// The text shown in a chart that has nothing to draw.
enum ChartNoData {
    static let message = "No data to show"
}
