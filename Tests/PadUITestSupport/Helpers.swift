import NeuroCore
import PadUI

// What the PadUI tests and the SDLPlatform tests both use.

/// A snapshot as the trainer publishes it before training: random weights.
public func freshStatus(_ config: TrainingConfig = TrainingConfig()) -> TrainingStatus {
    let none = Dataset.empty()
    let snap = Trainer(config: config, train: none, test: none).snapshot()
    return TrainingStatus(data: .ready(name: "test", train: 0, test: 0), snapshot: snap)
}

/// Mouse events of a stroke through window points.
public func drag(_ points: [(Int, Int)], button: MouseButton = .left) -> [InputEvent] {
    guard let first = points.first, let last = points.last else { return [] }
    return [.mouseDown(x: first.0, y: first.1, button: button)]
        + points.dropFirst().map { .mouseMove(x: $0.0, y: $0.1, buttons: [button]) }
        + [.mouseUp(x: last.0, y: last.1, button: button)]
}

/// The insight requests among `actions`.
public func requests(_ actions: [AppAction]) -> [InsightRequest] {
    actions.compactMap { if case .insight(let r) = $0 { r } else { nil } }
}
