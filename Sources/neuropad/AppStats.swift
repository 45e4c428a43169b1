import NeuroCore

/// What `--stats` reports at exit: how long frames took to build, draw and
/// present, and how fast the trainer ran meanwhile.
struct AppStats {
    private(set) var frameMs: [Double] = []
    /// Frames not drawn because nothing on screen would have changed.
    var skipped = 0
    private var trained = 0
    private var lastGeneration = -1
    private var lastSeen = 0
    private var trainingStart: Double?
    private var lastTime = 0.0

    /// Where a drawn frame's time went, in seconds: reading and handling
    /// input, the training status and animations, building the draw list
    /// (and finding what changed), drawing, sending to the display.
    struct Phases {
        var input = 0.0, update = 0.0, build = 0.0, draw = 0.0, present = 0.0
        /// The part of the window drawn and sent again (0...1).
        var share = 0.0
    }

    private var phases: [Phases] = []

    /// A drawn frame: its time in all and where it went.
    mutating func addFrame(ms: Double, _ p: Phases) {
        frameMs.append(ms)
        phases.append(p)
    }


    /// Counts samples trained since the last call; a reset or rebuild
    /// starts the trainer's own counter again from zero.
    mutating func observe(generation: Int, samplesSeen: Int, at time: Double) {
        if trainingStart == nil { trainingStart = time }
        if generation != lastGeneration {
            lastGeneration = generation
            trained += samplesSeen
        } else {
            trained += max(samplesSeen - lastSeen, 0)
        }
        lastSeen = samplesSeen
        lastTime = time
    }

    var samplesPerSecond: Double {
        guard let start = trainingStart, lastTime > start else { return 0 }
        return Double(trained) / (lastTime - start)
    }

    /// The value below which `q` of the frames lie (nearest rank).
    static func quantile(_ sorted: [Double], _ q: Double) -> Double {
        guard !sorted.isEmpty else { return 0 }
        let rank = Int((q * Double(sorted.count)).rounded(.up)) - 1
        return sorted[min(max(rank, 0), sorted.count - 1)]
    }

    var report: [String] {
        let s = frameMs.sorted()
        return [
            "frame ms median \(plain(AppStats.quantile(s, 0.5), 2)) p99 \(plain(AppStats.quantile(s, 0.99), 2)) "
                + "max \(plain(s.last ?? 0, 2))",
            "frames drawn \(s.count) skipped \(skipped) (unchanged on screen)",
            "training samples/s \(Int(samplesPerSecond.rounded())) kernels \(Kernels.active.name)",
            "frame phases ms median: " + phaseList(0.5),
            "frame phases ms p99: " + phaseList(0.99),
            "window drawn per frame median \(plain(100 * AppStats.quantile(phases.map(\.share).sorted(), 0.5), 1)) %",
        ]
    }

    private func phaseList(_ q: Double) -> String {
        let names: [(String, KeyPath<Phases, Double>)] = [("input", \.input), ("update", \.update), ("build", \.build),
                                                          ("draw", \.draw), ("present", \.present)]
        return names.map { name, phase in
            "\(name) \(plain(AppStats.quantile(phases.map { $0[keyPath: phase] * 1000 }.sorted(), q), 2))"
        }.joined(separator: " ")
    }
}
