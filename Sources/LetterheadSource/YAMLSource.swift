// Parses YAML (front matter or a sender profile) with Yams' Node API into MetaNodes placed at file lines and columns.
import Foundation
import LetterheadModel
import Yams

struct YAMLSource {
    /// The whole file, and the bytes of it that are YAML (starting at the beginning of a line).
    let index: LineIndex
    let range: Range<Int>
    let file: String
    /// How the YAML is named in messages: "front matter" or "sender profile".
    let what: String

    /// Values beyond this many are refused (a second guard, after YAMLPrescan refuses anchors).
    static let maxNodes = 10_000

    /// The root value, nil when the YAML is empty, or the error that stops reading it.
    func compose() -> Result<MetaNode?, Problem> {
        if let finding = YAMLPrescan.check(index.bytes, range) {
            return .failure(Problem(.error, at: index.location(ofOffset: finding.offset, file: file), field: what,
                                    finding.message, hint: finding.hint))
        }
        let yaml = String(decoding: index.bytes[range], as: UTF8.self)
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml, .basic, .default, .utf8)
        } catch let error as YamlError {
            return .failure(Problem(diagnostic(for: error, yaml: yaml)))
        } catch {
            return .failure(Problem(.error, at: location(line: 1, column: 1), field: what, "\(error)"))
        }
        guard let root else { return .success(nil) }
        var budget = Self.maxNodes
        guard let node = convert(root, budget: &budget) else {
            return .failure(Problem(.error, at: location(line: 1, column: 1), field: what,
                                       "too large: more than \(Self.maxNodes) values"))
        }
        return .success(node)
    }

    private func convert(_ node: Node, budget: inout Int) -> MetaNode? {
        budget -= 1
        guard budget >= 0 else { return nil }
        let place = node.mark.map { location(line: $0.line, column: $0.column) } ?? location(line: 1, column: 1)
        switch node {
        case .scalar(let scalar):
            return MetaNode(kind: .scalar(scalar.string, plain: scalar.style == .plain), location: place)
        case .sequence(let sequence):
            var items: [MetaNode] = []
            for item in sequence {
                guard let converted = convert(item, budget: &budget) else { return nil }
                items.append(converted)
            }
            return MetaNode(kind: .sequence(items), location: place)
        case .mapping(let mapping):
            var pairs: [(key: MetaNode, value: MetaNode)] = []
            for (key, value) in mapping {
                guard let k = convert(key, budget: &budget), let v = convert(value, budget: &budget) else { return nil }
                pairs.append((k, v))
            }
            return MetaNode(kind: .mapping(pairs), location: place)
        case .alias:
            // Yams resolves aliases while composing; an unresolved one stays an empty value.
            return MetaNode(kind: .scalar("", plain: true), location: place)
        }
    }

    /// A Yams line (line 1 is the first line of the YAML) as a line of the file.
    private func fileLine(_ line: Int) -> Int {
        index.line(containing: range.lowerBound) + line - 1
    }

    /// A Yams mark as a place in the file.
    private func location(line: Int, column: Int) -> SourceLocation {
        SourceLocation(file: file, line: fileLine(line), column: column)
    }

    private func diagnostic(for error: YamlError, yaml: String) -> Diagnostic {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            var message = "not valid YAML: \(problem)"
            if let context { message += ", \(context.text) on line \(fileLine(context.mark.line))" }
            return Diagnostic(.error, at: location(line: mark.line, column: mark.column), field: what, message,
                              hint: hint(problem: problem, at: mark))
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.map { MetaNode.quote($0) }.joined(separator: ", ")
            return Diagnostic(.error, at: location(line: context.mark.line, column: context.mark.column), field: what,
                              "key \(keys) appears more than once", hint: "keep one of them")
        case .reader(let problem, let offset, _, _):
            let place = offset.flatMap { yaml.index(yaml.startIndex, offsetBy: $0, limitedBy: yaml.endIndex) }
                .map { index.location(ofOffset: range.lowerBound + yaml.utf8.distance(from: yaml.startIndex, to: $0), file: file) }
            return Diagnostic(.error, at: place ?? location(line: 1, column: 1), field: what, "not valid YAML: \(problem)")
        default:
            return Diagnostic(.error, at: location(line: 1, column: 1), field: what, "not valid YAML: \(error)")
        }
    }

    /// A way out for the mistakes people make most in YAML.
    private func hint(problem: String, at mark: Mark) -> String? {
        let line = fileLine(mark.line)
        if line <= index.lineCount, index.bytes[index.content(ofLine: line)].contains(0x09) {
            return "indent with spaces, not tabs"
        }
        if problem.contains("mapping values are not allowed") {
            return "put text that holds \": \" in quotes"
        }
        if problem.contains("did not find expected key") || problem.contains("could not find expected ':'") {
            return "each line is \"key: value\", or \"- item\" under a key; check the indentation"
        }
        return nil
    }
}
