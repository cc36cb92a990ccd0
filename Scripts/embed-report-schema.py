#!/usr/bin/env python3
"""Copies schemas/leadbench-report.xsd into Sources/LeadBenchRunReports/XML/ReportSchema.swift (the text
leadbench validates its XML reports against at run time). Run after editing the schema; a test fails
while the two differ."""
from pathlib import Path

root = Path(__file__).resolve().parents[1]
xsd = (root / "schemas" / "leadbench-report.xsd").read_text()
swift = root / "Sources" / "LeadBenchRunReports" / "XML" / "ReportSchema.swift"
text = swift.read_text()
start = text.index('    public static let xsd = #"""\n') + len('    public static let xsd = #"""\n')
end = text.index('    """#\n', start)
body = "".join(("    " + line if line.strip() else line) for line in xsd.splitlines(keepends=True))
swift.write_text(text[:start] + body + "\n" + text[end:])
