/// The colours, dash patterns and markers of chart series, by palette slot.
///
/// Rules:
/// - Colours are the Okabe–Ito palette, safe for the common colour-vision deficiencies, in
///   this fixed order: blue `#0072B2`, orange `#E69F00`, bluish green `#009E73`, vermillion
///   `#D55E00`, reddish purple `#CC79A7`, sky blue `#56B4E9`, yellow `#F0E442`, black `#000000`.
/// - Each slot also has its own dash pattern (slot 0 is solid) and marker shape, so series
///   differ without colour and in grey print.
/// - Slot `n` uses entry `n % 8` of each list.
public enum ChartPalette {
    /// The Okabe–Ito colours in slot order.
    public static let colors: [String] = [
        "#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000",
    ]

    /// `stroke-dasharray` per slot (`nil`: solid).
    public static let dashArrays: [String?] = [
        nil, "7 4", "2 3", "9 3 2 3", "4 2", "12 3 3 3", "1 3", "6 2 2 2 2 2",
    ]

    /// Marker shape per slot.
    public static let markers: [ChartMarker] = [
        .circle, .square, .triangleUp, .diamond, .triangleDown, .cross, .plus, .star,
    ]

    public static func color(slot: Int) -> String { colors[index(slot)] }
    public static func dashArray(slot: Int) -> String? { dashArrays[index(slot)] }
    public static func marker(slot: Int) -> ChartMarker { markers[index(slot)] }

    private static func index(_ slot: Int) -> Int { ((slot % 8) + 8) % 8 }

    // The neutral colours of everything that is not data.

    /// Chart text: tick labels, axis titles, legend entries.
    static let text = "#222222"
    /// The plot frame and tick marks.
    static let axis = "#767676"
    /// Grid lines.
    static let grid = "#E3E3E3"
    /// Reference lines (diagonal, horizontal levels).
    static let reference = "#555555"
    /// The vertical marker line and its label.
    static let marker = "#111111"
}
