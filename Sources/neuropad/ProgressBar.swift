import Foundation

/// A one-line progress bar on a terminal; silent when output goes to a file
/// or pipe, where only the per-epoch lines are wanted.
final class ProgressBar {
    private let isTerminal = isatty(STDOUT_FILENO) == 1
    private var lastDrawn = -1

    func show(epoch: Int, done: Int, of total: Int) {
        guard isTerminal, total > 0 else { return }
        let width = 30
        let filled = done * width / total
        guard filled != lastDrawn else { return }
        lastDrawn = filled
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
        print("\repoch \(epoch) [\(bar)] \(done)/\(total)", terminator: "")
        fflush(nil)
    }

    func finish() {
        guard isTerminal else { return }
        print("\r\u{1B}[K", terminator: "")
        lastDrawn = -1
    }
}
