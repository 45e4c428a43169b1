import Foundation
import Testing
@testable import NeuroCore

@Suite("Model files")
struct ModelFileTests {
    let dir: String = {
        let d = FileManager.default.temporaryDirectory.appendingPathComponent("np-model-\(UUID().uuidString)").path
        try? FileManager.default.createDirectory(atPath: d, withIntermediateDirectories: true)
        return d
    }()

    func model(_ seed: UInt64 = 1) -> ModelFile.Model {
        let net = MLP(sizes: [784, 20, 10], seed: seed)
        return .init(network: net, header: .init(sizes: net.sizes, activation: .sigmoid, learningRate: 0.1, epochs: 3))
    }

    @Test("save and load round trip")
    func roundTrip() throws {
        let path = dir + "/a.npmodel"
        try ModelFile.save(model(), to: path)
        let back = try ModelFile.load(from: path)
        #expect(back == model())
        #expect(back.header.epochs == 3)
    }

    @Test("every flipped byte is detected, never a crash")
    func flippedBytes() {
        let bytes = ModelFile.encode(model())
        var rng = SplitMix64(seed: 5)
        for _ in 0 ..< 300 {
            var b = bytes
            let i = Int(rng.next() % UInt64(b.count))
            b[i] ^= UInt8(1 + rng.next() % 255)
            #expect(throws: ModelError.self) { try ModelFile.decode(b, name: "x") }
        }
    }

    @Test("every truncated prefix is rejected")
    func truncated() {
        let bytes = ModelFile.encode(model())
        for n in stride(from: 0, to: bytes.count, by: 97) {
            #expect(throws: ModelError.self) { try ModelFile.decode(Array(bytes[0 ..< n]), name: "x") }
        }
    }

    @Test("foreign, missing and folder paths give clear errors")
    func foreign() throws {
        #expect(throws: ModelError(file: "x", problem: .notANetworkFile)) {
            try ModelFile.decode(Array("<html>hello</html> and more text".utf8), name: "x")
        }
        #expect(throws: ModelError.self) { try ModelFile.load(from: dir + "/missing") }
        #expect(throws: ModelError.self) { try ModelFile.load(from: dir) }
    }

    @Test("saving over a good file replaces it whole")
    func atomicReplace() throws {
        let path = dir + "/b.npmodel"
        try ModelFile.save(model(1), to: path)
        try ModelFile.save(model(2), to: path)
        #expect(try ModelFile.load(from: path) == model(2))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.contains(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test("a save that cannot be written leaves the old file")
    func failedSave() throws {
        let path = dir + "/c.npmodel"
        try ModelFile.save(model(1), to: path)
        #expect(throws: ModelError.self) { try ModelFile.save(model(2), to: path + "/not-a-dir/x") }
        #expect(try ModelFile.load(from: path) == model(1))
    }
}
