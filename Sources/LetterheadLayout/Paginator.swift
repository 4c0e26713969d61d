// Cuts the body flow into pages: keeps headings with what follows, leaves no orphan or widow line.

/// A body line with its baseline on its page.
struct PlacedFlowLine {
    var line: FlowLine
    var baseline: Double
    var block: Int
}

struct Paginator {
    /// First baseline of the body on page 1, and on every later page.
    var firstPageTop: Double
    var followPageTop: Double
    /// The lowest baseline a body line may take.
    var bottom: Double
    var orphans: Int
    var widows: Int

    func paginate(_ blocks: [FlowBlock]) -> [[PlacedFlowLine]] {
        var pages: [[PlacedFlowLine]] = [[]]
        var top = firstPageTop
        // Baseline of the last line placed on the current page; nil at the top of a page.
        var cursor: Double? = nil

        func newPage() {
            pages.append([])
            top = followPageTop
            cursor = nil
        }
        /// Baselines of `lines` placed after the cursor with `gap`.
        func baselines(_ lines: ArraySlice<FlowLine>, gap: Double) -> [Double] {
            var y = cursor.map { $0 + gap } ?? (top - (lines.first?.leading ?? 0))
            return lines.map { y += $0.leading; return y }
        }

        for (index, block) in blocks.enumerated() {
            var remaining = block.lines[...]
            var gap = block.gapBefore
            while !remaining.isEmpty {
                let ys = baselines(remaining, gap: gap)
                let fitting = ys.prefix { $0 <= bottom + 0.01 }.count
                let atTop = cursor == nil
                var take: Int
                if block.keepWithNext {
                    let needed = neededHeight(from: index, in: blocks)
                    let fitsWithNext = (cursor.map { $0 + gap } ?? (top - block.lines[0].leading)) + needed <= bottom + 0.01
                    take = (fitsWithNext || atTop) ? max(fitting, atTop ? 1 : 0) : 0
                    if take < remaining.count && !atTop { take = 0 }
                } else if fitting >= remaining.count {
                    take = remaining.count
                } else if !block.splittable || remaining.count < orphans + widows {
                    take = atTop ? max(fitting, 1) : 0
                } else {
                    take = min(fitting, remaining.count - widows)
                    if take < orphans { take = atTop ? max(fitting, 1) : 0 }
                }
                take = min(take, remaining.count)
                if take == 0 {
                    newPage()
                    continue
                }
                for (line, y) in zip(remaining.prefix(take), ys) {
                    pages[pages.count - 1].append(PlacedFlowLine(line: line, baseline: y, block: block.id))
                }
                cursor = ys[take - 1]
                remaining = remaining.dropFirst(take)
                if !remaining.isEmpty {
                    newPage()
                    gap = 0
                }
            }
        }
        if pages.count > 1, pages.last!.isEmpty { pages.removeLast() }
        return pages
    }

    /// Height from the cursor to the last baseline that must share the page with block `index`:
    /// the block itself, and when it keeps with the next, the next block's first lines (recursively).
    private func neededHeight(from index: Int, in blocks: [FlowBlock]) -> Double {
        let block = blocks[index]
        var height = block.lines.reduce(0) { $0 + $1.leading }
        if block.keepWithNext, index + 1 < blocks.count {
            let next = blocks[index + 1]
            height += next.gapBefore
            if next.keepWithNext {
                height += neededHeight(from: index + 1, in: blocks)
            } else {
                let count = next.splittable && next.lines.count >= orphans + widows ? max(orphans, 1) : next.lines.count
                height += next.lines.prefix(count).reduce(0) { $0 + $1.leading }
            }
        }
        return height
    }
}
