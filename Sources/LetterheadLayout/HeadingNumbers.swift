// Generated section numbers: "1.", "4.1.", "4.1.1.", counting headings level by level.
struct HeadingNumbers {
    private var counters: [Int] = []

    /// The number of the next heading at `level` (1-based), e.g. "4.1.".
    mutating func next(level: Int) -> String {
        let level = max(1, level)
        if counters.count >= level {
            counters.removeLast(counters.count - level)
            counters[level - 1] += 1
        } else {
            while counters.count < level - 1 { counters.append(1) }
            counters.append(1)
        }
        return counters.map(String.init).joined(separator: ".") + "."
    }
}
