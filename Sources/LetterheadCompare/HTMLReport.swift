// One HTML page with the summary table and, per differing page, expected, actual and diff side by side.
import Foundation
import LetterheadModel

/// Writes an HTML report of a folder comparison to `url`. Images are the PNG files the
/// comparison wrote (run it with `CompareOptions.diffDirectory`); they are referenced by a path
/// relative to the report, or embedded as base64 data URIs with `embedImages` (one self-contained file).
public func writeHTMLReport(_ folder: FolderComparison, to url: URL, embedImages: Bool = false) throws {
    let html = try htmlReport(folder, reportFolder: url.deletingLastPathComponent(), embedImages: embedImages)
    do {
        try FileManager.default.createDirectory(
            at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(html.utf8).write(to: url, options: .atomic)
    } catch {
        throw CompareError.cannotWrite(url, reason: (error as NSError).localizedDescription)
    }
}

/// Writes an HTML report of one file comparison.
public func writeHTMLReport(_ result: ComparisonResult, to url: URL, embedImages: Bool = false) throws {
    let entry = FolderEntry(name: result.actual.lastPathComponent, status: result.equal ? .equal : .differ, result: result)
    try writeHTMLReport(
        FolderComparison(expected: result.expected, actual: result.actual, entries: [entry]), to: url,
        embedImages: embedImages)
}

func htmlReport(_ folder: FolderComparison, reportFolder: URL, embedImages: Bool) throws -> String {
    var html = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <title>PDF comparison: \(folder.actual.lastPathComponent.xmlEscaped)</title>
        <style>
        body { font-family: sans-serif; margin: 1.5em; color: #222; }
        table { border-collapse: collapse; }
        th, td { text-align: left; padding: 0.2em 0.8em; border-bottom: 1px solid #ddd; }
        .equal { color: #1a7f37; } .differ, .error { color: #c00; } .missing, .extra { color: #b35900; }
        .pages { display: flex; gap: 1em; align-items: flex-start; }
        figure { margin: 0; flex: 1; } figure img { width: 100%; border: 1px solid #999; }
        figcaption { font-size: 0.9em; color: #555; }
        pre { white-space: pre-wrap; }
        </style>
        </head>
        <body>
        <h1>PDF comparison</h1>
        <p>Expected: <code>\(folder.expected.path.xmlEscaped)</code><br>
        Actual: <code>\(folder.actual.path.xmlEscaped)</code></p>
        <p>\(FolderEntry.Status.allCases.map { "\(folder.count($0)) \($0.rawValue)" }.joined(separator: ", "))</p>
        <table>
        <tr><th>file</th><th>status</th><th>pages</th><th>differing pages</th><th>largest share</th></tr>

        """
    for (index, entry) in folder.entries.enumerated() {
        var pagesCell = ""
        var differing = ""
        var share = ""
        if let result = entry.result {
            pagesCell =
                result.pageCountMismatch
                ? "\(result.expectedPageCount) → \(result.actualPageCount)" : "\(result.expectedPageCount)"
            differing = result.differences.map { "\($0.page)" }.joined(separator: ", ")
            share = result.byteIdentical ? "identical" : percent(result.largestDifferingShare)
        } else if let error = entry.error {
            differing = error.description.xmlEscaped
        }
        let name =
            entry.result.map { !$0.equal } ?? false
            ? "<a href=\"#file-\(index)\">\(entry.name.xmlEscaped)</a>" : entry.name.xmlEscaped
        html += """
            <tr><td>\(name)</td><td class="\(entry.status.rawValue)">\(entry.status.rawValue)</td>\
            <td>\(pagesCell)</td><td>\(differing)</td><td>\(share)</td></tr>

            """
    }
    html += "</table>\n"

    for (index, entry) in folder.entries.enumerated() {
        guard let result = entry.result, !result.equal else { continue }
        html += "<section id=\"file-\(index)\">\n<h2>\(entry.name.xmlEscaped)</h2>\n"
        html += "<pre>\(describe(result).xmlEscaped)</pre>\n"
        for difference in result.differences {
            html += "<h3>Page \(difference.page)</h3>\n<div class=\"pages\">\n"
            let figures: [(String, URL?)] = [
                ("expected", difference.images.expected), ("actual", difference.images.actual),
                ("diff: expected in grey, new ink in red, old ink in pale red", difference.images.diff),
            ]
            for (caption, image) in figures {
                guard let image else { continue }
                let source = try imageSource(image, reportFolder: reportFolder, embed: embedImages)
                html += """
                    <figure><img src="\(source.xmlEscaped)" alt="\(caption), page \(difference.page)">\
                    <figcaption>\(caption)</figcaption></figure>

                    """
            }
            if difference.images.all.isEmpty {
                html += "<p>No images: compare with a diff folder to see the pages.</p>\n"
            }
            html += "</div>\n"
        }
        html += "</section>\n"
    }
    html += "</body>\n</html>\n"
    return html
}

/// A data URI, or the image's path relative to the report's folder.
private func imageSource(_ image: URL, reportFolder: URL, embed: Bool) throws -> String {
    if embed {
        do {
            return "data:image/png;base64," + (try Data(contentsOf: image)).base64EncodedString()
        } catch {
            throw CompareError.cannotRead(image, reason: (error as NSError).localizedDescription)
        }
    }
    let from = reportFolder.standardizedFileURL.pathComponents
    let to = image.standardizedFileURL.pathComponents
    var common = 0
    while common < from.count, common < to.count - 1, from[common] == to[common] { common += 1 }
    let up = Array(repeating: "..", count: from.count - common)
    let relative = (up + to[common...]).map { component in
        component.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(["/"])) ?? component
    }
    return relative.joined(separator: "/")
}
