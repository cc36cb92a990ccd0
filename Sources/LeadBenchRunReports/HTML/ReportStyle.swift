/// The report's stylesheet: readable type, tables that scroll on narrow screens, charts two to a row on
/// wide ones, and print rules (no page break inside a table or chart).
enum ReportStyle {
    static let css = """
        :root { color-scheme: light; }
        body { margin: 0; background: #fafafa; color: #1a1a1a; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
        main { max-width: 1180px; margin: 0 auto; padding: 24px 32px 48px; background: #fff; }
        header { border-bottom: 2px solid #0072B2; margin-bottom: 16px; }
        .kicker { margin: 0; color: #0072B2; font-weight: 600; letter-spacing: .04em; text-transform: uppercase; font-size: 12px; }
        h1 { margin: 4px 0 8px; font-size: 28px; }
        h2 { margin: 32px 0 8px; font-size: 21px; border-bottom: 1px solid #ddd; padding-bottom: 4px; }
        h3 { margin: 20px 0 6px; font-size: 16px; }
        .lede { margin: 0 0 12px; color: #444; }
        .verdict { font-size: 17px; }
        .note, .unavailable { color: #555; font-size: 13px; }
        ul.warnings { padding-left: 20px; }
        ul.warnings li { margin: 2px 0; color: #7a3c00; }
        .table-wrap { overflow-x: auto; margin: 12px 0; }
        table { border-collapse: collapse; font-size: 13px; font-variant-numeric: tabular-nums; }
        caption { text-align: left; font-weight: 600; padding: 4px 0; }
        th, td { padding: 4px 10px; border-bottom: 1px solid #e4e4e4; white-space: nowrap; }
        thead th { border-bottom: 2px solid #999; background: #f3f3f3; white-space: normal; vertical-align: bottom; min-width: 3em; }
        th.num, td.num { text-align: right; }
        th.text, td.text { text-align: left; }
        tbody th { text-align: left; font-weight: 600; }
        .charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(460px, 1fr)); gap: 20px; }
        figure.chart { margin: 0; padding: 8px; border: 1px solid #e4e4e4; border-radius: 4px; }
        figcaption { font-size: 12px; color: #555; margin-top: 4px; }
        dl.method { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; font-size: 14px; }
        dl.method dt { font-weight: 600; }
        dl.method dd { margin: 0; }
        @media print {
          body { background: #fff; }
          main { max-width: none; padding: 0; }
          .charts { grid-template-columns: 1fr 1fr; }
          figure.chart, table, dl.method { break-inside: avoid; }
          h2 { break-after: avoid; }
        }
        """
}
