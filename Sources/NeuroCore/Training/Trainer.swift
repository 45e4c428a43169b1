import Foundation

/// Trains a network on its own thread while the window draws.
///
/// The thread owns the `TrainingRun`. Everything the UI may read is copied
/// into a `TrainingSnapshot` under a mutex (the network at most every few
/// milliseconds), and everything the UI asks for goes in as a command under
/// the same mutex. No array is ever shared while it is being written.
public final class Trainer: Sendable {
    public enum Command: Sendable {
        case pause(Bool)
        case togglePause
        case pace(Pace)
        case learningRate(Float)
        /// New random weights with this seed; plot cleared.
        case reset(seed: UInt64)
        /// New layer sizes / settings; network rebuilt, training restarts.
        case rebuild(TrainingConfig)
        /// Continue from these weights (a loaded model).
        case load(MLP, TrainingConfig)
        case replaceData(Dataset)
    }

    private struct Shared: Sendable {
        var snapshot: TrainingSnapshot
        var commands: [Command] = []
        var stopRequested = false
        var finished = false
    }

    private let shared: Locked<Shared>
    private let done = DispatchSemaphore(value: 0)
    private let train: Dataset
    private let test: Dataset
    /// How often the thread publishes the network, in seconds.
    private let publishInterval = 0.012

    public init(config: TrainingConfig, train: Dataset, test: Dataset, network: MLP? = nil, paused: Bool = false) {
        self.train = train
        self.test = test
        let run = TrainingRun(config: config, data: train, network: network)
        var snap = TrainingSnapshot(network: run.network, config: config)
        snap.epochSize = run.epochSize
        snap.isPaused = paused
        shared = Locked(Shared(snapshot: snap))
    }

    /// The newest state; cheap (arrays are shared copy-on-write).
    public func snapshot() -> TrainingSnapshot {
        shared.withLock { $0.snapshot }
    }

    public func send(_ command: Command) {
        shared.withLock { $0.commands.append(command) }
    }

    public func start() {
        let thread = Thread { [self] in
            self.loop()
            self.done.signal()
        }
        thread.name = "trainer"
        thread.start()
    }

    /// Asks the thread to stop and waits for it, at most `timeout` seconds.
    /// Returns true when it stopped in time.
    @discardableResult
    public func stop(timeout: Double = 1) -> Bool {
        let already = shared.withLock { s -> Bool in
            s.stopRequested = true
            return s.finished
        }
        if already { return true }
        return done.wait(timeout: .now() + timeout) == .success
    }

    // MARK: - The training thread

    private func loop() {
        // The training set as last replaced (own digits mixed in): a
        // rebuild or reset after `.replaceData` keeps training on it.
        var data = train
        var run = TrainingRun(config: snapshot().config, data: data, network: snapshot().network)
        var history = LossHistory()
        var epochCost = 0.0
        var paused = snapshot().isPaused
        var diverged = false
        var generation = 0
        var epochs: [EpochResult] = []
        var lastPublish = 0.0
        var rateWindowStart = now(), rateWindowSamples = 0, rate = 0.0
        var paceStart = now(), pacedSamples = 0
        var published = run.network
        let probe = StallWatch.probeInputs(from: test.isEmpty ? train : test)
        var stall = StallWatch(run.network, samplesSeen: run.samplesSeen, probe: probe)
        var version = 0

        while true {
            // 1. Take the UI's commands.
            let (commands, stop) = shared.withLock { s in
                defer { s.commands.removeAll() }
                return (s.commands, s.stopRequested)
            }
            if stop { break }
            var restart: (TrainingConfig, MLP?)? = nil
            // Commands sent together build on each other ("-" then R in one frame).
            func pending() -> (config: TrainingConfig, network: MLP?) { restart ?? (run.config, run.network) }
            for c in commands {
                switch c {
                case .pause(let p): paused = p
                case .togglePause: paused.toggle()
                case .pace(let p): var cfg = pending().config; cfg.pace = p; restart = (cfg, pending().network)
                case .learningRate(let lr): var cfg = pending().config; cfg.learningRate = lr; restart = (cfg, pending().network)
                case .reset(let seed): var cfg = pending().config; cfg.seed = seed; restart = (cfg, nil)
                case .rebuild(let cfg): restart = (cfg, nil)
                case .load(let net, let cfg): restart = (cfg, net)
                case .replaceData(let d): data = d; run.replaceData(d)
                }
                if case .pause = c { paceStart = now(); pacedSamples = 0 }
                if case .togglePause = c { paceStart = now(); pacedSamples = 0 }
            }
            if let (cfg, net) = restart {
                let keepsProgress = net != nil && net?.sizes == run.network.sizes && cfg.seed == run.config.seed
                    && cfg.hidden == run.config.hidden && cfg.trainLimit == run.config.trainLimit
                let previous = run
                run = TrainingRun(config: cfg, data: data, network: net)
                if !keepsProgress || diverged {
                    history = LossHistory()
                    epochs = []
                    epochCost = 0
                    generation += 1
                    diverged = false
                } else {
                    run.continueCounting(from: previous)
                }
                paceStart = now()
                pacedSamples = 0
                stall = StallWatch(run.network, samplesSeen: run.samplesSeen, probe: probe)
            }

            // 2. Train a chunk, at the chosen pace.
            var trained = 0
            if !paused && !diverged && !run.data.isEmpty && !reachedEpochLimit(run) {
                var budget = 256
                if case .perSecond(let perSecond) = run.config.pace {
                    let allowed = Int(Double(perSecond) * (now() - paceStart)) - pacedSamples
                    budget = min(budget, max(allowed, 0))
                }
                if budget > 0 {
                    let epochBefore = run.epoch
                    let (cost, n) = run.step(limit: budget)
                    trained = n
                    pacedSamples += n
                    if !cost.isFinite || !run.network.isFinite
                        || stall.hasStalled(run.network, samplesSeen: run.samplesSeen, learningRate: run.config.learningRate) {
                        diverged = true
                    } else {
                        epochCost += cost
                        history.add(cost: cost, samples: n, total: run.samplesSeen)
                    }
                    if run.epoch > epochBefore && !diverged {
                        // Only the newest confusion matrix is shown. Kept for every
                        // epoch they grew memory by ~1 KB an epoch: 4 MB a minute at full pace.
                        if let last = epochs.indices.last { epochs[last].confusion = Evaluation(classes: 0) }
                        epochs.append(evaluateEpoch(run, meanLoss: epochCost / Double(max(run.epochSize, 1))))
                        epochCost = 0
                    }
                }
            }
            rateWindowSamples += trained
            let t = now()
            if t - rateWindowStart >= 0.5 {
                rate = Double(rateWindowSamples) / (t - rateWindowStart)
                rateWindowStart = t
                rateWindowSamples = 0
            }

            // 3. Publish what the UI may read.
            if t - lastPublish >= publishInterval || trained == 0 {
                lastPublish = t
                // A diverged network may hold NaN or inf: the window keeps the last sound one.
                if !diverged && published != run.network { published = run.network; version += 1 }
                let snap = TrainingSnapshot(
                    network: published, config: run.config, epoch: run.epoch, samplesSeen: run.samplesSeen,
                    epochSize: run.epochSize, samplesPerSecond: paused || diverged ? 0 : rate,
                    loss: history.points, epochs: epochs, isPaused: paused, diverged: diverged,
                    generation: generation, version: version)
                shared.withLock { $0.snapshot = snap }
            }
            if trained == 0 { Thread.sleep(forTimeInterval: 0.002) }
        }
        shared.withLock { $0.finished = true }
    }

    private func reachedEpochLimit(_ run: TrainingRun) -> Bool {
        guard let limit = run.config.epochs else { return false }
        return run.epoch >= limit
    }

    private func evaluateEpoch(_ run: TrainingRun, meanLoss: Double) -> EpochResult {
        let testEval = run.network.evaluate(test)
        // Training accuracy on at most 1,000 digits: a forward pass costs about
        // half a training step, so on the embedded set (4,000 per epoch) 5,000
        // evaluations per epoch took half the trainer's time; 1,000 still give
        // the figure to within about a percent.
        let trainEval = run.network.evaluate(run.data, limit: 1000)
        return EpochResult(epoch: run.epoch, meanLoss: meanLoss, trainAccuracy: trainEval.accuracy,
                           testAccuracy: testEval.accuracy, confusion: testEval)
    }

    private func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }
}
