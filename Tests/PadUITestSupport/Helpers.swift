@testable import NeuroCore
import PadUI

// What the PadUI tests and the SDLPlatform tests both use. `@testable`: the
// test statuses build EpochResult and LossPoint, which only the trainer makes.

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

/// A status with a trained-looking history: a few epochs with confusion
/// matrices, so every view has something to show.
public func trainedStatus(hidden: [Int] = [50], epochs: Int = 3) -> TrainingStatus {
    var cfg = TrainingConfig()
    cfg.hidden = hidden
    var snap = TrainingSnapshot(loaded: MLP(sizes: cfg.sizes, seed: 7), config: cfg)
    var eval = Evaluation()
    for d in 0 ..< 10 { eval.confusion[d][d] = 90; eval.confusion[d][(d + 1) % 10] = 10 }
    snap.epochs = (1 ... max(epochs, 1)).map {
        EpochResult(epoch: $0, meanLoss: 0.1, trainAccuracy: 0.9 + 0.02 * Double($0), testAccuracy: 0.9, confusion: eval)
    }
    snap.epochSize = 100
    snap.version = 1
    return TrainingStatus(data: .ready(name: "test", train: 100, test: 30), snapshot: snap)
}

/// Thirty test digits: simple bars, label = bar position.
public func galleryData() -> Dataset {
    var images = [UInt8](), labels = [UInt8]()
    for i in 0 ..< 30 {
        for y in 0 ..< 28 { for x in 0 ..< 28 { images.append(x == 4 + 2 * (i % 10) && y > 4 && y < 24 ? 255 : 0) } }
        labels.append(UInt8(i % 10))
    }
    return (try? Dataset(images: images, labels: labels, name: "bars")) ?? .empty()
}
