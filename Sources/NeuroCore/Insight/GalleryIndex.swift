/// The test gallery of the notebook's `plot_list` / `predict_list`: digits
/// page by page with the network's answer under each, optionally only the
/// ones it got wrong. Plain numbers in, indices out; the view draws them.
public struct GalleryIndex: Sendable, Equatable {
    /// (count) true labels and the network's answers, same order.
    public private(set) var truths: [Int]
    public private(set) var answers: [Int]
    public let pageSize: Int
    public private(set) var mistakesOnly = false
    public private(set) var page = 0

    public init(truths: [Int], answers: [Int], pageSize: Int) {
        let n = min(truths.count, answers.count)
        self.truths = Array(truths.prefix(n))
        self.answers = Array(answers.prefix(n))
        self.pageSize = max(pageSize, 1)
    }

    /// The digits the filter lets through, in data order.
    public var shown: [Int] {
        mistakesOnly ? truths.indices.filter { truths[$0] != answers[$0] } : Array(truths.indices)
    }

    public var mistakeCount: Int { truths.indices.reduce(0) { $0 + (truths[$1] != answers[$1] ? 1 : 0) } }

    /// At least one page, even an empty one.
    public var pageCount: Int { max((shown.count + pageSize - 1) / pageSize, 1) }

    /// The data indices on the current page.
    public var current: [Int] {
        let all = shown
        let start = min(page * pageSize, all.count)
        return Array(all[start ..< min(start + pageSize, all.count)])
    }

    public func isMistake(_ i: Int) -> Bool { truths.indices.contains(i) && truths[i] != answers[i] }

    /// Next page; after the last comes the first again.
    public mutating func nextPage() { page = (page + 1) % pageCount }
    public mutating func previousPage() { page = (page + pageCount - 1) % pageCount }

    public mutating func toggleMistakes() {
        mistakesOnly.toggle()
        page = 0
    }

    /// New answers from a newer network; the page stays where it was when
    /// it still exists.
    public mutating func update(answers newAnswers: [Int]) {
        answers = Array(newAnswers.prefix(truths.count))
        while answers.count < truths.count { answers.append(-1) }
        page = min(page, pageCount - 1)
    }
}
