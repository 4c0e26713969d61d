// Plain-text descriptions of comparisons, as the command line prints them.
import Foundation

/// What differs, page by page: the page number, the box of changed pixels in millimetres, the
/// changed words, size and page count changes and the images written.
public func describe(_ result: ComparisonResult) -> String {
    var lines: [String] = []
    if result.byteIdentical {
        lines.append("equal: byte-identical, \(pages(result.expectedPageCount))")
    } else if result.equal {
        var line = "equal: \(pages(result.pagesCompared)) within tolerance"
        if result.largestDifferingShare > 0 {
            line += " (at most \(percent(result.largestDifferingShare)) of a page's pixels differ)"
        }
        lines.append(line)
    } else {
        var line = "differ: \(result.differences.count) of \(pages(max(result.expectedPageCount, result.actualPageCount)))"
        if result.pageCountMismatch {
            line += "; expected has \(pages(result.expectedPageCount)), actual \(pages(result.actualPageCount))"
        }
        lines.append(line)
        for difference in result.differences {
            lines += describe(difference, result: result).map { "  " + $0 }
        }
    }
    return lines.joined(separator: "\n")
}

/// Lines about one differing page; the first starts with "page N:", the others are indented.
public func describe(_ difference: PageDifference, result: ComparisonResult) -> [String] {
    let label = "page \(difference.page):"
    let indent = String(repeating: " ", count: label.count + 1)
    var details: [String] = []
    switch difference.presence {
    case .onlyInExpected: details.append("missing in actual (it has \(pages(result.actualPageCount)))")
    case .onlyInActual: details.append("extra in actual (expected has \(pages(result.expectedPageCount)))")
    case .both: break
    }
    if difference.sizeMismatch, let expectedSize = difference.expectedSize, let actualSize = difference.actualSize {
        details.append("size \(expectedSize) → \(actualSize)")
    }
    if let box = difference.box {
        details.append(
            "\(difference.differingPixels) pixels differ (\(percent(difference.differingShare))) in \(box)")
    } else if difference.presence == .both {
        details.append("no pixels differ")
    }
    if let change = difference.textChange {
        let shown = change.hunks.prefix(8).map(\.description)
        var text = "text: " + shown.joined(separator: "; ")
        if change.hunks.count > shown.count { text += "; and \(change.hunks.count - shown.count) more changes" }
        details.append(text)
    }
    let images = difference.images
    if let diff = images.diff {
        details.append("diff image: \(diff.path)")
    } else if let only = images.expected ?? images.actual {
        details.append("image: \(only.path)")
    }
    return details.enumerated().map { index, detail in (index == 0 ? label + " " : indent) + detail }
}

/// A summary table with one row per file, then the details of each file that differs or
/// cannot be read, then the totals.
public func describe(_ folder: FolderComparison) -> String {
    let header = ["file", "status", "pages", "differing pages", "largest share"]
    var rows: [[String]] = []
    for entry in folder.entries {
        var row = [entry.name, entry.status.rawValue, "", "", ""]
        if let result = entry.result {
            row[2] =
                result.pageCountMismatch
                ? "\(result.expectedPageCount) → \(result.actualPageCount)" : "\(result.expectedPageCount)"
            row[3] = result.differences.isEmpty ? "–" : result.differences.map { "\($0.page)" }.joined(separator: ", ")
            row[4] = result.byteIdentical ? "identical" : percent(result.largestDifferingShare)
        } else if entry.status == .missing {
            row[3] = "not in actual"
        } else if entry.status == .extra {
            row[3] = "not in expected"
        } else if entry.error != nil {
            row[3] = "cannot be read"
        }
        rows.append(row)
    }
    var widths = header.map(\.count)
    for row in rows {
        for (column, cell) in row.enumerated() { widths[column] = max(widths[column], cell.count) }
    }
    func line(_ cells: [String]) -> String {
        cells.enumerated().map { column, cell in
            cell.padding(toLength: widths[column], withPad: " ", startingAt: 0)
        }.joined(separator: "  ").trimmingCharacters(in: .whitespaces)
    }
    var lines = [line(header), line(widths.map { String(repeating: "-", count: $0) })]
    lines += rows.map(line)

    for entry in folder.entries {
        if let result = entry.result, !result.equal {
            lines.append("")
            lines.append("\(entry.name): " + describe(result))
        } else if let error = entry.error {
            lines.append("")
            lines.append("\(entry.name): error: \(error)")
        }
    }
    lines.append("")
    let counts = FolderEntry.Status.allCases.map { "\(folder.count($0)) \($0.rawValue)" }
    lines.append("\(folder.entries.count) files: " + counts.joined(separator: ", "))
    return lines.joined(separator: "\n")
}

func pages(_ count: Int) -> String {
    count == 1 ? "1 page" : "\(count) pages"
}

func percent(_ share: Double) -> String {
    String(format: "%.3f%%", share * 100)
}
