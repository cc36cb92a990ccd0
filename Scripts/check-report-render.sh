#!/usr/bin/env bash
# Renders leadbench HTML reports in headless Chromium and fails on a blank or broken page.
#
#   Scripts/check-report-render.sh REPORT.html [PNG]
#
# A report passes when Chromium renders it without error, the rendered page still holds the report's
# sections and charts (the DOM after parsing: a page the browser could not make sense of loses them),
# and the screenshot is not blank (a blank 1280×4000 PNG compresses to a few kilobytes; a report with
# its tables and charts is hundreds). The PNG is kept for a person to look at.
set -euo pipefail

report="${1:?usage: check-report-render.sh REPORT.html [PNG]}"
png="${2:-${report%.html}.png}"
browser="$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)"
if [ -z "$browser" ]; then
    echo "check-report-render: no Chromium on this machine; skipped" >&2
    exit 0
fi
url="file://$(cd "$(dirname "$report")" && pwd)/$(basename "$report")"
flags=(--headless --disable-gpu --no-sandbox --hide-scrollbars --run-all-compositor-stages-before-draw)

dom="$("$browser" "${flags[@]}" --dump-dom "$url" 2>/dev/null)"
for needle in '<section id="summary"' '<section id="models"' '<section id="charts"' '<section id="method"' '<svg'; do
    if ! grep -q -- "$needle" <<<"$dom"; then
        echo "check-report-render: $report: the rendered page lacks $needle" >&2
        exit 1
    fi
done
if grep -q -- '<script' <<<"$dom"; then
    echo "check-report-render: $report: the rendered page holds a script" >&2
    exit 1
fi

rm -f "$png"
"$browser" "${flags[@]}" --screenshot="$png" --window-size=1280,4000 "$url" >/dev/null 2>&1
if [ ! -s "$png" ]; then
    echo "check-report-render: $report: Chromium wrote no screenshot" >&2
    exit 1
fi
size=$(wc -c <"$png")
if [ "$size" -lt 60000 ]; then
    echo "check-report-render: $report: the screenshot is nearly blank ($size bytes)" >&2
    exit 1
fi
echo "check-report-render: $report renders ($size-byte screenshot at $png)"
