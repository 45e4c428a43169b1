import NeuroCore

/// State of the insight views and experiments of the digit screen: which
/// view is shown, the gallery's page, the chosen neuron, the run log, and
/// pictures cached per published network (rebuilt only when it changes).
public final class InsightPanel {
    public internal(set) var view: InsightView = .off
    public internal(set) var selectedNeuron: Int?
    public internal(set) var gallery: GalleryIndex?
    public private(set) var runLog = RunLog()
    /// The run log's page: 0 shows the newest `runsPerPage` finished runs,
    /// 1 the four before them … (P older, N newer in the accuracy view).
    public internal(set) var runPage = 0
    public static let runsPerPage = 4
    public private(set) var testData: Dataset?
    /// (10) own digits per label, as the app last reported them.
    public var ownPerLabel = [Int](repeating: 0, count: 10)
    public var ownCount: Int { ownPerLabel.reduce(0, +) }
    public internal(set) var askingToForget = false
    /// Where messages go; the router shares its board.
    public var board = NoticeBoard()
    /// The router's language, for the messages the panel posts.
    public var language = Language.en
    var numbers: NumberFormat { NumberFormat(language) }

    /// The gallery shows at most this many test digits (answers for all of
    /// them are computed once per epoch on the UI thread).
    public static let galleryLimit = 2000
    public static let trainSizes: [Int?] = [100, 1000, nil]

    // Caches keyed by (generation, version) of the network they show.
    var weightCache: (key: [Int], columns: Int, image: RGBImage)?
    var imagineCache: (key: [Int], images: [GreyImage])?
    var galleryKey: [Int]?
    var updatesSinceGallery = 0
    /// Where the weight tiles were drawn last, for clicks.
    var weightTiles: (grid: TileGrid, count: Int)?
    /// Disc pictures per cell size (the diagram's layers).
    var discs: [Int: DiscSprites] = [:]

    func discSprites(_ cell: Int) -> DiscSprites {
        if let d = discs[cell] { return d }
        let d = DiscSprites(cell: cell)
        if discs.count > 8 { discs.removeAll() }
        discs[cell] = d
        return d
    }
    var lastGalleryAnswers: [Int]?

    public init() {}

    public func setTestData(_ data: Dataset) {
        testData = data
        gallery = nil
        galleryKey = nil
    }

    public func update(_ status: TrainingStatus) {
        guard let snap = status.snapshot else { return }
        runLog.observe(snap)
        updatesSinceGallery += 1
        if view == .gallery { refreshGallery(snap) }
    }

    /// Answers for the gallery's digits, recomputed after each epoch and for
    /// a new network (not for every published version: that would cost the
    /// UI thread a pass over the test digits 30 times a second).
    func refreshGallery(_ snap: TrainingSnapshot) {
        guard let data = testData else { return }
        let key = [snap.generation, snap.epochs.count, snap.network.sizes.count, snap.network.sizes.reduce(0, +)]
        // With 100 training digits epochs come many times a second: then at
        // most every 15th training update (about twice a second).
        let newNetwork = galleryKey.map { $0[0] != key[0] || $0[2...] != key[2...] } ?? true
        guard gallery == nil || newNetwork || (key != galleryKey && updatesSinceGallery >= 15) else { return }
        galleryKey = key
        updatesSinceGallery = 0
        let n = min(data.count, InsightPanel.galleryLimit)
        let answers = snap.network.answers(data, count: n)
        if var g = gallery {
            g.update(answers: answers)
            gallery = g
        } else {
            gallery = GalleryIndex(truths: (0 ..< n).map { data.label($0) }, answers: answers, pageSize: 24)
        }
    }

    public func show(_ v: InsightView) {
        view = v
        askingToForget = false
    }
}
