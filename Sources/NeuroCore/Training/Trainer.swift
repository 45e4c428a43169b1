import Foundation

/// Trains a network on its own thread while the window draws.
///
/// Three parts, one file each: this loop (take the commands, train a chunk,
/// publish), `TrainerState` (what each command does, one chunk of training)
/// and `SnapshotPublisher` (what the window may read, and when). Each
/// finished epoch is tested beside the thread (`EpochTester`), so training
/// goes on meanwhile.
///
/// The thread owns the `TrainerState`. Everything the UI may read is copied
/// into a `TrainingSnapshot` under a mutex (the network at most every few
/// milliseconds), and everything the UI asks for goes in as a command under
/// the same mutex. No array is ever shared while it is being written.
public final class Trainer: Sendable {
    /// What the window asks of the trainer (`TrainerState.apply`).
    public enum Command: Sendable {
        case pause(Bool)
        case togglePause
        /// The running run goes on at this pace.
        case pace(Pace)
        /// The running run goes on with this learning rate η.
        case learningRate(Float)
        /// New random weights with this seed; plot cleared.
        case reset(seed: UInt64)
        /// New layer sizes / settings; network rebuilt, training restarts.
        case rebuild(TrainingConfig)
        /// Continue from these weights (a loaded model).
        case load(MLP, TrainingConfig)
        case replaceData(Dataset)
        /// An epoch's test result, from the tester beside the thread.
        case tested(EpochResult, generation: Int)

        /// Whether it may start a new run (a generation), which drops
        /// results for the old one.
        var startsRun: Bool {
            switch self {
            case .reset, .rebuild, .load: true
            default: false
            }
        }

        var isTestResult: Bool {
            if case .tested = self { true } else { false }
        }
    }

    private struct Shared: Sendable {
        var snapshot: TrainingSnapshot
        var commands: [Command] = []
        var stopRequested = false
        var finished = false
    }

    private let shared: Locked<Shared>
    private let done = DispatchSemaphore(value: 0)
    /// The run as built here, once: the thread trains this very run, so the
    /// seed's weights and order are the ones `neuropad train` draws.
    private let initial: TrainerState

    public init(config: TrainingConfig, train: Dataset, test: Dataset, network: MLP? = nil, paused: Bool = false) {
        let run = TrainingRun(config: config, data: train, network: network)
        initial = TrainerState(run: run, data: train, test: test, paused: paused, testedBeside: true)
        var publisher = SnapshotPublisher()
        shared = Locked(Shared(snapshot: publisher.snapshot(of: initial, at: 0)))
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

    /// Take the commands, train a chunk, publish; until asked to stop.
    private func loop() {
        var state = initial
        var publisher = SnapshotPublisher()
        let tester = EpochTester()
        while var commands = takeCommands() {
            if commands.contains(where: \.startsRun) {
                // The old run's last epoch is still being tested: its result
                // goes in before the new run starts (the run log closes the
                // old run with it).
                tester.finish()
                let late = takeCommands() ?? []
                commands = late.filter(\.isTestResult) + commands + late.filter { !$0.isTestResult }
            }
            for command in commands { state.apply(command) }
            let trained = state.trainChunk(now: Trainer.now())
            for epoch in state.takeUntested() {
                tester.test(epoch) { [self] result in send(.tested(result, generation: epoch.generation)) }
            }
            let t = Trainer.now()
            publisher.count(trained, at: t)
            if publisher.isDue(at: t) || trained == 0 {
                let snap = publisher.snapshot(of: state, at: t)
                shared.withLock { $0.snapshot = snap }
            }
            if trained == 0 { Thread.sleep(forTimeInterval: 0.002) }
        }
        shared.withLock { $0.finished = true }
    }

    /// The commands sent since the last call, or nil when asked to stop.
    private func takeCommands() -> [Command]? {
        shared.withLock { s in
            defer { s.commands.removeAll() }
            return s.stopRequested ? nil : s.commands
        }
    }

    static func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }
}
