import Foundation
import Testing
@testable import NeuroCore

/// Writes `.npz` files the way numpy and Python's zipfile do, byte by byte,
/// with every variant the reader must accept.
struct NPZWriter {
    struct Array1 {
        var name: String
        var descr = "<f8"
        var fortran = false
        var shape: [Int]
        var values: [Double]
        var version: UInt8 = 1
        var text: String?
    }

    /// Zip members as `np.savez` (stored) or `np.savez_compressed` (deflated) writes them.
    var deflate = false
    /// Python's zipfile with force_zip64: local sizes 0xFFFFFFFF plus a zip64 extra field.
    var zip64Local = true
    /// Saturated central-directory fields and a zip64 end record, as for archives above 4 GB.
    var zip64Central = false

    static func npy(_ a: Array1) -> [UInt8] {
        let shape = a.shape.count == 1 ? "(\(a.shape[0]),)" : "(" + a.shape.map(String.init).joined(separator: ", ") + ")"
        var dict = Array("{'descr': '\(a.descr)', 'fortran_order': \(a.fortran ? "True" : "False"), 'shape': \(shape), }".utf8)
        let lengthBytes = a.version == 1 ? 2 : 4
        let total = 8 + lengthBytes + dict.count + 1
        dict += [UInt8](repeating: 0x20, count: (64 - total % 64) % 64) + [0x0a]
        var out: [UInt8] = [0x93] + Array("NUMPY".utf8) + [a.version, 0]
        if a.version == 1 { out.appendLE16(UInt16(dict.count)) } else { out.appendLE(UInt32(dict.count)) }
        out += dict
        if let text = a.text {
            for s in text.unicodeScalars { out.appendLE(s.value) }
            return out
        }
        // Fortran order: the first index runs fastest.
        var ordered = a.values
        if a.fortran && a.shape.count == 2 {
            let (r, c) = (a.shape[0], a.shape[1])
            ordered = (0 ..< r * c).map { f in a.values[(f % r) * c + f / r] }
        }
        let big = a.descr.hasPrefix(">")
        for v in ordered {
            var bytes: [UInt8] = []
            if a.descr.hasSuffix("f4") {
                bytes = (0 ..< 4).map { UInt8(truncatingIfNeeded: Float(v).bitPattern >> (8 * $0)) }
            } else {
                bytes = (0 ..< 8).map { UInt8(truncatingIfNeeded: v.bitPattern >> (8 * $0)) }
            }
            out += big ? bytes.reversed() : bytes
        }
        return out
    }

    func zip(_ members: [(String, [UInt8])]) throws -> [UInt8] {
        var out: [UInt8] = [], central: [UInt8] = []
        for (name, content) in members {
            let data = deflate ? Array(try Gzip.deflate(content).dropFirst(10).dropLast(8)) : content
            let crc = ZipArchive.crc32(of: content)
            let offset = out.count
            let nameBytes = Array(name.utf8)
            out.appendLE(ZipArchive.localSignature)
            out.appendLE16(45); out.appendLE16(0); out.appendLE16(deflate ? 8 : 0); out.appendLE16(0); out.appendLE16(0x21)
            out.appendLE(crc)
            if zip64Local {
                out.appendLE(0xFFFF_FFFF); out.appendLE(0xFFFF_FFFF)
                out.appendLE16(UInt16(nameBytes.count)); out.appendLE16(20)
                out += nameBytes
                out.appendLE16(1); out.appendLE16(16)
                out.appendLE64(UInt64(content.count)); out.appendLE64(UInt64(data.count))
            } else {
                out.appendLE(UInt32(data.count)); out.appendLE(UInt32(content.count))
                out.appendLE16(UInt16(nameBytes.count)); out.appendLE16(0)
                out += nameBytes
            }
            out += data
            central.appendLE(ZipArchive.centralSignature)
            central.appendLE16(45); central.appendLE16(45); central.appendLE16(0); central.appendLE16(deflate ? 8 : 0)
            central.appendLE16(0); central.appendLE16(0x21); central.appendLE(crc)
            if zip64Central {
                central.appendLE(0xFFFF_FFFF); central.appendLE(0xFFFF_FFFF)
                central.appendLE16(UInt16(nameBytes.count)); central.appendLE16(28); central.appendLE16(0)
                central.appendLE16(0); central.appendLE16(0); central.appendLE(0); central.appendLE(0xFFFF_FFFF)
                central += nameBytes
                central.appendLE16(1); central.appendLE16(24)
                central.appendLE64(UInt64(content.count)); central.appendLE64(UInt64(data.count)); central.appendLE64(UInt64(offset))
            } else {
                central.appendLE(UInt32(data.count)); central.appendLE(UInt32(content.count))
                central.appendLE16(UInt16(nameBytes.count)); central.appendLE16(0); central.appendLE16(0)
                central.appendLE16(0); central.appendLE16(0); central.appendLE(0); central.appendLE(UInt32(offset))
                central += nameBytes
            }
        }
        let centralOffset = out.count
        out += central
        if zip64Central {
            let end64 = out.count
            out.appendLE(ZipArchive.end64Signature); out.appendLE64(44)
            out.appendLE16(45); out.appendLE16(45); out.appendLE(0); out.appendLE(0)
            out.appendLE64(UInt64(members.count)); out.appendLE64(UInt64(members.count))
            out.appendLE64(UInt64(central.count)); out.appendLE64(UInt64(centralOffset))
            out.appendLE(ZipArchive.end64LocatorSignature); out.appendLE(0); out.appendLE64(UInt64(end64)); out.appendLE(1)
        }
        out.appendLE(ZipArchive.endSignature)
        out.appendLE16(0); out.appendLE16(0)
        out.appendLE16(zip64Central ? 0xFFFF : UInt16(members.count)); out.appendLE16(zip64Central ? 0xFFFF : UInt16(members.count))
        out.appendLE(zip64Central ? 0xFFFF_FFFF : UInt32(central.count))
        out.appendLE(zip64Central ? 0xFFFF_FFFF : UInt32(centralOffset))
        out.appendLE16(0)
        return out
    }

    func archive(_ arrays: [Array1]) throws -> [UInt8] {
        try zip(arrays.map { ($0.name + ".npy", NPZWriter.npy($0)) })
    }

    /// The notebook's four arrays for `net` (784-H-10), each as numpy writes it.
    static func notebook(_ net: MLP, descr: String = "<f8", fortran: Bool = false, biasShape: (Int) -> [Int] = { [$0, 1] },
                         version: UInt8 = 1) -> [Array1] {
        let names = [("wih", "bias_hidden"), ("who", "bias_output")]
        var weights: [Array1] = [], biases: [Array1] = []
        for (l, (w, b)) in names.enumerated() {
            weights.append(Array1(name: w, descr: descr, fortran: fortran, shape: [net.sizes[l + 1], net.sizes[l]],
                                  values: net.weights(layer: l).map(Double.init), version: version))
            biases.append(Array1(name: b, descr: descr, shape: biasShape(net.sizes[l + 1]),
                                 values: net.biases(layer: l).map(Double.init), version: version))
        }
        return weights + biases
    }
}

extension [UInt8] {
    mutating func appendLE64(_ v: UInt64) {
        for k in 0 ..< 8 { append(UInt8(truncatingIfNeeded: v >> (8 * k))) }
    }
}

@Suite("numpy .npz networks")
struct NPZTests {
    /// A network with non-zero biases, so a bias mix-up shows.
    static func network(_ sizes: [Int] = [784, 12, 10], activation: Activation = .sigmoid) -> MLP {
        var net = MLP(sizes: sizes, activation: activation, seed: 7)
        for l in 0 ..< net.layerCount {
            for j in 0 ..< sizes[l + 1] { net.setBias(layer: l, j, Float(j) * 0.125 - 0.5 + Float(l)) }
        }
        return net
    }

    func decode(_ bytes: [UInt8], name: String = "netz.npz") throws -> MLP {
        try ModelFile.decode(bytes, name: name).network
    }

    /// The message of the refusal of `bytes`, named "netz.npz".
    func refusal(_ bytes: [UInt8]) -> String {
        do {
            _ = try ModelFile.decode(bytes, name: "netz.npz")
            return "(read without complaint)"
        } catch {
            return error.description
        }
    }

    @Test("NeuroPad's own .npz reads back bit for bit, with the notebook's names")
    func ownRoundTrip() throws {
        let net = Self.network()
        let bytes = ModelFile.encodeNPZ(net)
        #expect(try decode(bytes) == net)
        let names = try ZipArchive.members(bytes, file: "x").map(\.name)
        #expect(names == ["wih.npy", "who.npy", "bias_hidden.npy", "bias_output.npy", "activation.npy"])
        let who = try NPYArray.decode(ZipArchive.contents(of: ZipArchive.members(bytes, file: "x")[1], in: bytes,
                                                          limit: 1 << 20, file: "x"), maxCount: 1 << 20) { ModelError(file: "x", problem: $0) }
        #expect(who.shape == [10, 12])
    }

    @Test("deeper networks use W0, b0, W1, b1, … and keep tanh")
    func deeper() throws {
        let net = Self.network([784, 16, 8, 10], activation: .tanh)
        let bytes = ModelFile.encodeNPZ(net)
        #expect(try ZipArchive.members(bytes, file: "x").map(\.name)
            == ["W0.npy", "b0.npy", "W1.npy", "b1.npy", "W2.npy", "b2.npy", "activation.npy"])
        #expect(try decode(bytes) == net)
    }

    @Test("save and load by file name: .npz on disk, other names keep the NeuroPad format")
    func files() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("np-npz-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let net = Self.network()
        let model = ModelFile.Model(network: net, header: .init(sizes: net.sizes, activation: .sigmoid, learningRate: 0.1))
        try ModelFile.save(model, to: dir + "/netz.NPZ")
        let bytes = try #require(FileManager.default.contents(atPath: dir + "/netz.NPZ"))
        #expect(Array(bytes.prefix(4)) == [0x50, 0x4b, 3, 4])
        #expect(try ModelFile.load(from: dir + "/netz.NPZ").network == net)
        try ModelFile.save(model, to: dir + "/netz.neuropad")
        #expect(try ModelFile.load(from: dir + "/netz.neuropad") == model)
    }

    @Test("np.savez and np.savez_compressed, zip64 fields in local headers or directory")
    func containers() throws {
        let net = Self.network()
        for deflate in [false, true] {
            for (local, central) in [(true, false), (false, false), (true, true)] {
                let writer = NPZWriter(deflate: deflate, zip64Local: local, zip64Central: central)
                let bytes = try writer.archive(NPZWriter.notebook(net))
                #expect(try decode(bytes) == net, "deflate \(deflate), zip64 local \(local), central \(central)")
            }
        }
    }

    @Test(".npy versions 1.0 to 3.0, float64 and float32, either byte order, C and Fortran order")
    func arrays() throws {
        let net = Self.network()
        for version: UInt8 in [1, 2, 3] {
            for descr in ["<f8", "<f4", ">f8", ">f4"] {
                for fortran in [false, true] {
                    let arrays = NPZWriter.notebook(net, descr: descr, fortran: fortran, version: version)
                    #expect(try decode(NPZWriter().archive(arrays)) == net, "\(version) \(descr) fortran \(fortran)")
                }
            }
        }
    }

    @Test("biases shaped (H, 1), (1, H) or (H,)")
    func biasShapes() throws {
        let net = Self.network()
        for shape in [{ [$0, 1] }, { [1, $0] }, { [$0] }] as [(Int) -> [Int]] {
            #expect(try decode(NPZWriter().archive(NPZWriter.notebook(net, biasShape: shape))) == net)
        }
    }

    @Test("an activation entry chooses tanh; sigmoid when absent")
    func activationEntry() throws {
        let net = Self.network()
        var arrays = NPZWriter.notebook(net)
        #expect(try decode(NPZWriter().archive(arrays)).activation == .sigmoid)
        arrays.append(.init(name: "activation", descr: "<U4", shape: [], values: [], text: "tanh"))
        #expect(try decode(NPZWriter().archive(arrays)).activation == .tanh)
    }

    @Test("a notebook network answers the same in NeuroPad: the notebook's query in Double")
    func sameAnswers() throws {
        let net = Self.network([784, 30, 10])
        let read = try decode(NPZWriter().archive(NPZWriter.notebook(net)))
        let digits = try EmbeddedDigits.load().test
        for i in stride(from: 0, to: digits.count, by: 50) {
            let x = digits.input(i).map(Double.init)
            // query(): sigmoid(who · sigmoid(wih · x + bias_hidden) + bias_output)
            var a = x
            for l in 0 ..< 2 {
                let w = net.weights(layer: l).map(Double.init), b = net.biases(layer: l).map(Double.init)
                let n = net.sizes[l + 1], m = net.sizes[l]
                a = (0 ..< n).map { j in
                    let z = (0 ..< m).reduce(b[j]) { $0 + w[j * m + $1] * a[$1] }
                    return 1 / (1 + Foundation.exp(-z))
                }
            }
            let y = read.predict(digits.input(i))
            for k in 0 ..< 10 { #expect(abs(Double(y[k]) - a[k]) < 1e-5) }
        }
    }

    @Test("refusals name the file, the entry and what was found")
    func refusals() throws {
        let net = Self.network([784, 50, 10])
        let good = NPZWriter.notebook(net)
        func with(_ change: (inout [NPZWriter.Array1]) -> Void) throws -> [UInt8] {
            var arrays = good
            change(&arrays)
            return try NPZWriter().archive(arrays)
        }
        let cases: [(String, [UInt8], String)] = [
            ("pickle", [0x80, 0x04, 0x95, 0x10, 0, 0, 0], "a Python pickle"),
            ("single .npy", NPZWriter.npy(good[0]), "a single numpy array (.npy)"),
            ("object array", try with { $0[0].descr = "|O"; $0[0].values = [] }, "wih: holds Python objects (a pickle)"),
            ("integers", try with { $0[1].descr = "<i8" }, "who: holds numbers of type '<i8'"),
            ("missing bias", try with { $0.remove(at: 3) }, "the entry 'bias_output' is missing"),
            ("wrong who", try with { $0[1].shape = [10, 25]; $0[1].values = Array($0[1].values.prefix(250)) },
             "who has shape (10, 25), but wih gives 50 neurons: expected (10, 50)"),
            ("wrong bias", try with { $0[2].shape = [10, 1]; $0[2].values = Array($0[2].values.prefix(10)) },
             "bias_hidden has shape (10, 1); for the 50 neurons of wih expected (50, 1), (1, 50) or (50,)"),
            ("3-d weights", try with { $0[0].shape = [50, 28, 28] }, "wih has shape (50, 28, 28)"),
            ("short data", try with { $0[0].values.removeLast() }, "wih: 313592 bytes of data, but shape (50, 784)"),
            ("other names", try NPZWriter().archive([.init(name: "weights", shape: [2], values: [1, 2])]),
             "holds no network (found: weights)"),
            ("activation", try with { $0.append(.init(name: "activation", descr: "<U4", shape: [], values: [], text: "relu")) },
             "activation is 'relu'; expected 'sigmoid' or 'tanh'"),
            ("not a number", try with { $0[3].values[2] = .nan }, "invalid numbers"),
            ("version 4", try with { $0[0].version = 4 }, "wih: numpy format version 4.0 is not supported"),
            ("html", Array("<html>not found</html>".utf8), "neither a NeuroPad model file nor a numpy .npz archive"),
        ]
        for (what, bytes, expected) in cases {
            let message = refusal(bytes)
            #expect(message.hasPrefix("netz.npz: "), "\(what): \(message)")
            #expect(message.contains(expected), "\(what): \(message)")
        }
    }

    @Test("damaged archives: every cut and 300 changed bytes are refused or read, never a crash")
    func damaged() throws {
        let bytes = try NPZWriter(deflate: true).archive(NPZWriter.notebook(Self.network([784, 3, 10])))
        for n in stride(from: 0, to: bytes.count, by: 7) {
            #expect(throws: ModelError.self) { try ModelFile.decode(Array(bytes[0 ..< n]), name: "x") }
        }
        var rng = SplitMix64(seed: 3)
        for _ in 0 ..< 300 {
            var b = bytes
            b[Int(rng.next() % UInt64(b.count))] ^= UInt8(1 + rng.next() % 255)
            _ = try? ModelFile.decode(b, name: "x")
        }
        // A flipped data byte is caught by the member's CRC-32.
        var flipped = bytes
        flipped[200] ^= 0x40
        #expect(refusal(flipped).contains("netz.npz: "))
    }
}
