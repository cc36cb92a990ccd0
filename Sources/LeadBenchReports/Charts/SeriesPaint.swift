/// The presentation attributes of data shapes, shared by the plot and the legend so a
/// swatch always matches its series.
enum SeriesPaint {
    /// Fill opacity of bands.
    static let bandOpacity = "0.2"

    /// A series line: no fill, the colour, ``ChartStyle/lineWidth``, round joins.
    static func lineAttributes(color: String) -> [(String, String)] {
        [
            ("fill", "none"), ("stroke", color), ("stroke-width", ChartNumber.coordinate(ChartStyle.lineWidth)),
            ("stroke-linejoin", "round"), ("stroke-linecap", "butt"),
        ]
    }

    /// A group of markers: filled with the colour, outlined in white.
    static func markerAttributes(color: String) -> [(String, String)] {
        [("class", "markers"), ("fill", color), ("stroke", "#FFFFFF"), ("stroke-width", "1")]
    }
}
