// Plans the structure tags of a document before it is drawn: what each drawn piece is held by, in reading order.
//
// Cairo 1.16 marks content only in structure elements without children, and has no artifacts. So every piece
// is drawn in a leaf: content whose element has children gets a Span of its own, and decoration goes into a
// "Private" element that PDFFinisher turns into an artifact afterwards.
import LetterheadLayout

/// What one drawn piece is: a rectangle, or some runs of a placed line.
enum DrawnPiece {
    case rectangle(Rect, Color)
    case runs(PlacedLine, Range<Int>)
}

/// An element to open with cairo_tag_begin: its type and attributes (a link's target and area).
struct TagElement: Hashable {
    var id: Int
    var type: String
    var attributes: String?
}

struct TaggedStep {
    var piece: DrawnPiece
    /// The page (0-based) it is drawn on.
    var page: Int
    /// The elements that hold it, outermost first (Document not included).
    var path: [TagElement]
}

/// The marker type for artifacts, replaced by /Artifact in the finished PDF.
let artifactMarker = "Private"

enum TaggedContent {
    static func plan(_ pages: [Page]) -> [TaggedStep] {
        var synthetic = 1_000_000
        func element(_ type: String, _ attributes: String? = nil) -> TagElement {
            synthetic += 1
            return TagElement(id: synthetic, type: type, attributes: attributes)
        }
        // 1. Content pieces with their paths; artifacts without one yet.
        var steps: [TaggedStep] = []
        for (index, page) in pages.enumerated() {
            for item in page.items {
                switch item {
                case .rectangle(let rect, let color):
                    steps.append(TaggedStep(piece: .rectangle(rect, color), page: index, path: []))
                case .link:
                    continue  // links are drawn with their runs
                case .text(let line):
                    let base = line.structure.map { TagElement(id: $0.id, type: $0.type, attributes: nil) }
                    for (range, link) in linkSegments(line) {
                        var path = base
                        if let link, !base.isEmpty {
                            path.append(element("Link", linkAttributes(line, range, link)))
                        }
                        steps.append(TaggedStep(piece: .runs(line, range), page: index, path: path))
                    }
                }
            }
        }
        // 2. An artifact stays inside the elements that the next content continues, and closes the rest.
        var next: [TagElement] = []
        for index in steps.indices.reversed() {
            if steps[index].isArtifact {
                steps[index].path = next + [element(artifactMarker)]
            } else {
                next = steps[index].path
            }
        }
        for index in steps.indices where steps[index].isArtifact {
            let previous = index > 0 ? steps[index - 1].path : []
            let path = steps[index].path
            var shared = Array(path.prefix(path.dropLast().sharedPrefixCount(with: previous)))
            shared.append(path.last!)
            steps[index].path = shared
        }
        // 3. Content held by an element with children goes into a Span of its own.
        var parents = Set<Int>()
        for step in steps where step.path.count > 1 {
            for element in step.path.dropLast() { parents.insert(element.id) }
        }
        for index in steps.indices where !steps[index].isArtifact {
            if let last = steps[index].path.last, parents.contains(last.id) {
                steps[index].path.append(element("Span"))
            }
        }
        return steps
    }

    /// Runs of the line grouped by link target, in order.
    private static func linkSegments(_ line: PlacedLine) -> [(Range<Int>, String?)] {
        var segments: [(Range<Int>, String?)] = []
        for (index, run) in line.line.runs.enumerated() {
            if let last = segments.last, last.1 == run.link {
                segments[segments.count - 1].0 = last.0.lowerBound..<(index + 1)
            } else {
                segments.append((index..<(index + 1), run.link))
            }
        }
        return segments
    }

    private static func linkAttributes(_ line: PlacedLine, _ range: Range<Int>, _ target: String) -> String {
        let rect = line.area(ofRuns: range)
        return "rect=[\(rect.x) \(rect.y) \(rect.width) \(rect.height)] uri='\(PageDrawing.escaped(target))'"
    }
}

extension TaggedStep {
    /// Decoration or repetition: rectangles (the ribbon), and lines that no structure element holds.
    var isArtifact: Bool {
        switch piece {
        case .rectangle: return true
        case .runs(let line, _): return line.isArtifact
        }
    }
}

extension Collection where Element == TagElement {
    /// How many elements this path and `other` share from the outermost in (without copying either).
    func sharedPrefixCount(with other: [TagElement]) -> Int {
        var count = 0
        for (mine, theirs) in zip(self, other) {
            guard mine == theirs else { break }
            count += 1
        }
        return count
    }
}
