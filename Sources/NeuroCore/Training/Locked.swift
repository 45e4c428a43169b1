import Foundation

/// A value behind a lock, shared between the trainer thread and the UI.
///
/// Built on `NSLock` (a pthread mutex) rather than the standard library's
/// `Mutex`: the thread sanitizer follows pthread locks, so its race test
/// checks the real hand-over instead of reporting the lock's own atomics.
public final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    public init(_ value: Value) { self.value = value }

    /// Runs `body` with exclusive access to the value.
    public func withLock<R>(_ body: (inout Value) throws -> R) rethrows -> R {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }
}
