import Foundation

/// One numpy array in the `.npy` format (numpy's NEP 1), as `np.save` and
/// `np.savez` write it:
///
///     "\x93NUMPY"  6 bytes magic
///     major, minor 2 bytes, versions 1.0, 2.0 and 3.0
///     headerLen    UInt16 (1.0) or UInt32 (2.0, 3.0), little-endian
///     header       a Python dict literal, e.g.
///                  {'descr': '<f8', 'fortran_order': False, 'shape': (50, 784), }
///     data         the values, C (row-major) or Fortran (column-major) order
///
/// Read: `<f8`/`>f8` (float64) and `<f4`/`>f4` (float32) numbers, and text
/// (`<U…`, `|S…`) for single words such as an activation name. Everything
/// else (Python objects, which would need a pickle; integers; structured
/// arrays) is refused with the type found. Written: `<f8`, version 1.0.
struct NPYArray: Equatable {
    /// The array's shape; `[]` for a single value.
    var shape: [Int]
    /// The numbers in C order (row-major), whatever the file's order.
    var values: [Double]
    /// The text of a string array (its first element), else nil.
    var text: String?

    static let magic: [UInt8] = [0x93] + Array("NUMPY".utf8)

    var count: Int { shape.reduce(1, *) }

    /// Shape as numpy prints it: (50, 784), (10,), ().
    var shapeText: String { NPYArray.text(of: shape) }

    static func text(of shape: [Int]) -> String {
        shape.count == 1 ? "(\(shape[0]),)" : "(" + shape.map(String.init).joined(separator: ", ") + ")"
    }

    /// Parses one `.npy` member. `fail` turns a problem into the caller's error.
    static func decode(_ bytes: [UInt8], maxCount: Int, fail: (ModelProblem) -> ModelError) throws(ModelError) -> NPYArray {
        guard bytes.starts(with: magic), bytes.count >= 10 else { throw fail(.notNPY) }
        let major = bytes[6]
        let r = ByteReader(bytes)
        let headerLength: Int, headerStart: Int
        switch major {
        case 1: (headerLength, headerStart) = (Int(r.u16(8) ?? 0), 10)
        case 2, 3:
            guard let n = r.u32(8) else { throw fail(.npyHeaderCut) }
            (headerLength, headerStart) = (Int(n), 12)
        default: throw fail(.npyVersion("\(major).\(bytes[7])"))
        }
        guard let headerBytes = r.slice(headerStart, headerLength), headerLength <= 65_536 else {
            throw fail(.npyHeaderCut)
        }
        // 1.0 and 2.0 headers are Latin-1, 3.0 UTF-8; dict keys and dtype codes are ASCII either way.
        let header = major == 3 ? String(decoding: headerBytes, as: UTF8.self)
            : String(headerBytes.map { Character(Unicode.Scalar($0)) })
        guard case .dict(let dict)? = try? PyLiteral.parse(header) else {
            throw fail(.npyHeaderUnreadable(PyLiteral.shortened(header)))
        }
        guard case .string(let descr)? = dict["descr"] else {
            if case .list? = dict["descr"] { throw fail(.structuredArray) }
            throw fail(.noDataType)
        }
        guard case .bool(let fortran)? = dict["fortran_order"] ?? .bool(false),
              case .tuple(let dims)? = dict["shape"] else {
            throw fail(.noShape)
        }
        var shape: [Int] = []
        for d in dims {
            guard case .int(let n) = d, n >= 0 else { throw fail(.badShape) }
            shape.append(n)
        }
        // Bounded before multiplying, so no size can overflow.
        guard shape.allSatisfy({ $0 <= maxCount }), shape.count <= 8,
              shape.reduce(1, { $0 > maxCount ? $0 : $0 * $1 }) <= maxCount else {
            throw fail(.arrayTooLarge(shape: NPYArray.text(of: shape)))
        }
        let count = shape.reduce(1, *)
        let data = bytes[(headerStart + headerLength)...]
        let type = DType(descr)
        switch type {
        case .float(let width, let bigEndian):
            guard data.count == count * width else {
                throw fail(.dataSize(bytes: data.count, shape: NPYArray.text(of: shape), type: descr, needed: count * width))
            }
            let stored = readFloats(data, width: width, bigEndian: bigEndian, count: count)
            let values = fortran && shape.count > 1 ? cOrder(fromFortran: stored, shape: shape) : stored
            return NPYArray(shape: shape, values: values, text: nil)
        case .text(let width, let utf32):
            guard data.count == count * width else { throw fail(.textCut) }
            let first = data.prefix(width)
            let text: String
            if utf32 {
                let scalars = stride(from: first.startIndex, to: first.endIndex, by: 4).compactMap { i -> Unicode.Scalar? in
                    let v = (0 ..< 4).reduce(UInt32(0)) { $0 | UInt32(first[i + $1]) << (8 * $1) }
                    return v == 0 ? nil : Unicode.Scalar(v)
                }
                text = String(String.UnicodeScalarView(scalars))
            } else {
                text = String(decoding: first.prefix { $0 != 0 }, as: UTF8.self)
            }
            return NPYArray(shape: shape, values: [], text: count == 0 ? "" : text)
        case .objects:
            throw fail(.objects)
        case .other:
            throw fail(.numberType(descr))
        }
    }

    /// A float64 array, version 1.0, C order, header padded to 64 bytes.
    static func encode(shape: [Int], values: some Collection<Float>) -> [UInt8] {
        var out = header("{'descr': '<f8', 'fortran_order': False, 'shape': \(text(of: shape)), }")
        out.reserveCapacity(out.count + values.count * 8)
        for v in values {
            let bits = Double(v).bitPattern
            for k in 0 ..< 8 { out.append(UInt8(truncatingIfNeeded: bits >> (8 * k))) }
        }
        return out
    }

    /// A single word as a 0-d unicode array (`<U7` for "sigmoid"), as
    /// `np.savez(..., activation="sigmoid")` stores it.
    static func encode(text: String) -> [UInt8] {
        let scalars = Array(text.unicodeScalars)
        var out = header("{'descr': '<U\(max(scalars.count, 1))', 'fortran_order': False, 'shape': (), }")
        for s in scalars { out.appendLE(s.value) }
        if scalars.isEmpty { out.appendLE(0) }
        return out
    }

    /// Magic, version 1.0, length and the dict padded with spaces and a
    /// newline so the data start at a multiple of 64 bytes.
    private static func header(_ dict: String) -> [UInt8] {
        var text = Array(dict.utf8)
        let total = magic.count + 4 + text.count + 1
        text += [UInt8](repeating: 0x20, count: (64 - total % 64) % 64) + [0x0a]
        var out = magic + [1, 0]
        out.appendLE16(UInt16(text.count))
        return out + text
    }

    private enum DType {
        case float(width: Int, bigEndian: Bool)
        case text(width: Int, utf32: Bool)
        case objects
        case other

        init(_ descr: String) {
            let order = descr.first.map { "<>|=".contains($0) } == true ? descr.first : nil
            let code = order == nil ? Substring(descr) : descr.dropFirst()
            let big = order == ">"
            switch code.first {
            case "f" where code == "f8": self = .float(width: 8, bigEndian: big)
            case "f" where code == "f4": self = .float(width: 4, bigEndian: big)
            case "U", "S":
                // A word of at most 1,000 characters: enough for any name, and no size can overflow.
                guard let n = Int(code.dropFirst()), (1 ... 1_000).contains(n) else { self = .other; return }
                self = code.first == "U" ? .text(width: 4 * n, utf32: true) : .text(width: n, utf32: false)
            case "O": self = .objects
            default: self = .other
            }
            if case .text = self, big { self = .other }
        }
    }

    private static func readFloats(_ data: ArraySlice<UInt8>, width: Int, bigEndian: Bool, count: Int) -> [Double] {
        var values = [Double](repeating: 0, count: count)
        var at = data.startIndex
        for i in 0 ..< count {
            var bits: UInt64 = 0
            for k in 0 ..< width {
                let byte = UInt64(data[at + (bigEndian ? width - 1 - k : k)])
                bits |= byte << (8 * k)
            }
            values[i] = width == 8 ? Double(bitPattern: bits) : Double(Float(bitPattern: UInt32(truncatingIfNeeded: bits)))
            at += width
        }
        return values
    }

    /// Fortran order (first index fastest) to C order (last index fastest).
    private static func cOrder(fromFortran v: [Double], shape: [Int]) -> [Double] {
        var out = [Double](repeating: 0, count: v.count)
        var index = [Int](repeating: 0, count: shape.count)
        for f in 0 ..< v.count {
            var c = 0
            for d in 0 ..< shape.count { c = c * shape[d] + index[d] }
            out[c] = v[f]
            for d in 0 ..< shape.count {
                index[d] += 1
                if index[d] < shape[d] { break }
                index[d] = 0
            }
        }
        return out
    }
}

/// The few Python literals of an `.npy` header: dicts, tuples, lists,
/// strings, ints (an old `50L` too) and True / False.
enum PyLiteral: Equatable {
    case dict([String: PyLiteral])
    case tuple([PyLiteral])
    case list([PyLiteral])
    case string(String)
    case int(Int)
    case bool(Bool)

    struct Invalid: Error {}

    static func parse(_ text: String) throws(Invalid) -> PyLiteral {
        var p = Parser(chars: Array(text.unicodeScalars))
        let value = try p.value(depth: 0)
        p.skipSpace()
        guard p.at == p.chars.count else { throw Invalid() }
        return value
    }

    static func shortened(_ text: String) -> String {
        let t = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return t.count > 60 ? String(t.prefix(60)) + "…" : t
    }

    private struct Parser {
        let chars: [Unicode.Scalar]
        var at = 0

        mutating func skipSpace() {
            while at < chars.count, chars[at].properties.isWhitespace { at += 1 }
        }

        mutating func value(depth: Int) throws(Invalid) -> PyLiteral {
            guard depth < 8 else { throw Invalid() }
            skipSpace()
            guard at < chars.count else { throw Invalid() }
            switch chars[at] {
            case "{":
                var dict: [String: PyLiteral] = [:]
                for (key, value) in try items(close: "}", depth: depth, keyed: true) {
                    guard case .string(let k)? = key else { throw Invalid() }
                    dict[k] = value
                }
                return .dict(dict)
            case "(": return .tuple(try items(close: ")", depth: depth, keyed: false).map(\.1))
            case "[": return .list(try items(close: "]", depth: depth, keyed: false).map(\.1))
            case "'", "\"":
                let quote = chars[at]
                at += 1
                var s = String.UnicodeScalarView()
                while at < chars.count, chars[at] != quote { s.append(chars[at]); at += 1 }
                guard at < chars.count else { throw Invalid() }
                at += 1
                return .string(String(s))
            default:
                var word = ""
                while at < chars.count, chars[at].properties.isAlphabetic || ("0" ... "9").contains(chars[at])
                    || chars[at] == "-" {
                    word.unicodeScalars.append(chars[at])
                    at += 1
                }
                if word == "True" { return .bool(true) }
                if word == "False" { return .bool(false) }
                let digits = word.hasSuffix("L") ? String(word.dropLast()) : word
                guard digits.count <= 18, let n = Int(digits) else { throw Invalid() }
                return .int(n)
            }
        }

        /// Comma-separated items up to `close`; a trailing comma is allowed.
        mutating func items(close: Unicode.Scalar, depth: Int, keyed: Bool) throws(Invalid) -> [(PyLiteral?, PyLiteral)] {
            at += 1
            var out: [(PyLiteral?, PyLiteral)] = []
            while true {
                skipSpace()
                guard at < chars.count else { throw Invalid() }
                if chars[at] == close { at += 1; return out }
                var key: PyLiteral?
                if keyed {
                    key = try value(depth: depth + 1)
                    skipSpace()
                    guard at < chars.count, chars[at] == ":" else { throw Invalid() }
                    at += 1
                }
                out.append((key, try value(depth: depth + 1)))
                skipSpace()
                guard at < chars.count else { throw Invalid() }
                if chars[at] == "," { at += 1 } else if chars[at] != close { throw Invalid() }
                guard out.count < 10_000 else { throw Invalid() }
            }
        }
    }
}
