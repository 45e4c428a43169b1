import Foundation
import NeuroCore
import Synchronization

/// Loads the training data on a thread of its own, so the window is on
/// screen and answering before the (possibly 60,000-digit) set is read.
final class AppDataLoad: Sendable {
    enum State: Sendable {
        case loading
        case done(train: Dataset, test: Dataset)
        case failed(DataError)
    }

    private let state = Mutex<State>(.loading)

    /// Starts reading `path` (nil: data/mnist if present, else the embedded set).
    init(path: String?) {
        let thread = Thread { [self] in
            let result: State
            do throws(DataError) {
                let sets = try DataChoice.resolve(train: path, test: nil)
                result = .done(train: sets.train, test: sets.test)
            } catch {
                result = .failed(error)
            }
            state.withLock { $0 = result }
        }
        thread.name = "data loader"
        thread.start()
    }

    var current: State { state.withLock { $0 } }
}
