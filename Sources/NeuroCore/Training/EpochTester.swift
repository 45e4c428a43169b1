import Dispatch

/// Tests finished epochs on a thread of its own, so the trainer goes on
/// training meanwhile: on two cores or more the test (about 15 % of an
/// epoch's time on the embedded digits) no longer holds training up.
///
/// One test at a time, in the order given: when epochs end faster than
/// their tests run (a small training set), `test` waits for the one before,
/// so tests never pile up.
final class EpochTester: Sendable {
    private let queue = DispatchQueue(label: "epoch tests", qos: .utility)
    private let slot = DispatchSemaphore(value: 1)

    /// Runs `epoch.tested()` on the tester's thread and hands the result to
    /// `deliver` there. Waits while the previous test still runs.
    func test(_ epoch: UntestedEpoch, then deliver: @escaping @Sendable (EpochResult) -> Void) {
        slot.wait()
        queue.async { [slot] in
            deliver(epoch.tested())
            slot.signal()
        }
    }

    /// Waits until the test in flight, if any, has run and its result has
    /// been delivered.
    func finish() {
        slot.wait()
        slot.signal()
    }
}
