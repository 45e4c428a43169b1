/// What the training thread shows the window, and when: a snapshot at most
/// every `interval` seconds while training (always when idle), the training
/// speed over half-second windows, and a network that stays sound when
/// training diverges.
struct SnapshotPublisher {
    /// How often a training thread publishes, in seconds.
    let interval = 0.012
    private var lastPublish = -Double.infinity
    private var rateWindow = (start: -Double.infinity, samples: 0)
    private var rate = 0.0
    /// The network last published, and how many were.
    private var published: MLP?
    private var version = 0

    /// Counts `samples` just trained into the speed.
    mutating func count(_ samples: Int, at t: Double) {
        if rateWindow.start == -.infinity { rateWindow.start = t }
        rateWindow.samples += samples
        if t - rateWindow.start >= 0.5 {
            rate = Double(rateWindow.samples) / (t - rateWindow.start)
            rateWindow = (t, 0)
        }
    }

    func isDue(at t: Double) -> Bool { t - lastPublish >= interval }

    /// The snapshot of `state` at time `t` (seconds).
    mutating func snapshot(of state: TrainerState, at t: Double) -> TrainingSnapshot {
        lastPublish = t
        let run = state.run
        // A diverged network may hold NaN or inf: the window keeps the last sound one.
        if published == nil || (!state.diverged && published != run.network) {
            if published != nil { version += 1 }
            published = run.network
        }
        return TrainingSnapshot(
            network: published ?? run.network, config: run.config, epoch: run.epoch, samplesSeen: run.samplesSeen,
            epochSize: run.epochSize, samplesPerSecond: state.paused || state.diverged ? 0 : rate,
            loss: state.history.points, epochs: state.epochs, lastOfPreviousRun: state.lastOfPreviousRun,
            isPaused: state.paused, diverged: state.diverged,
            generation: state.generation, version: version)
    }
}
