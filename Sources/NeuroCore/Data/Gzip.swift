internal import CZlib

/// Reading and writing gzip data (RFC 1952) through the system zlib.
///
/// MNIST and most of its copies travel as `.gz` files. A download that went
/// wrong often leaves an HTML error page or half a file under that name, so
/// the reader is strict: the data must start with the gzip magic bytes
/// `1f 8b`, must run to zlib's end-of-stream marker (which also checks the
/// CRC-32 and length in the trailer), and may not unpack to more than
/// `limit` bytes, so a tiny hostile file cannot fill the memory.
public enum Gzip {
    /// Enough for the full MNIST training images (47 MB) with room to spare.
    public static let defaultLimit = 200_000_000

    /// True when `bytes` start with the gzip magic `1f 8b`.
    public static func isGzip(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 2 && bytes[0] == 0x1f && bytes[1] == 0x8b
    }

    /// Unpacks gzip data. Several gzip members one after another (as written
    /// by `cat a.gz b.gz`) are unpacked one after another too.
    /// - Parameter file: the name used in error messages.
    public static func inflate(_ bytes: [UInt8], limit: Int = defaultLimit,
                               file: String) throws(DataError) -> [UInt8] {
        guard !bytes.isEmpty else { throw DataError(file: file, problem: .empty) }
        guard isGzip(bytes) else { throw DataError(file: file, problem: .notGzip) }
        let limit = max(limit, 0)
        // The trailer's last 4 bytes hold the size modulo 2^32: only a hint
        // for the first allocation, never trusted beyond `limit`.
        let n = bytes.count
        let hint = bytes.count >= 18
            ? Int(bytes[n - 4]) | Int(bytes[n - 3]) << 8 | Int(bytes[n - 2]) << 16 | Int(bytes[n - 1]) << 24
            : 0
        // Deflate packs at most about 1032:1, so a larger claim is a lie.
        let plausible = min(hint, bytes.count * 1032 + 1024)
        // A believable hint sizes the buffer exactly (a little slack lets zlib
        // finish without growing it); otherwise start at 4x and double.
        let first = plausible > 0 ? plausible + 64 : max(4 * bytes.count, 1 << 16)
        var out = [UInt8](repeating: 0, count: min(first, limit + 1))
        var produced = 0
        let outcome = bytes.withUnsafeBufferPointer { input in
            inflateAll(input, into: &out, produced: &produced, limit: limit)
        }
        switch outcome {
        case .done:
            out.removeSubrange(produced...)
            return out
        case .truncated: throw DataError(file: file, problem: .truncatedGzip)
        case .tooLarge: throw DataError(file: file, problem: .gzipTooLarge(limit: limit))
        case .corrupt(let why): throw DataError(file: file, problem: .corruptGzip(why))
        }
    }

    private enum Outcome { case done, truncated, tooLarge, corrupt(String) }

    /// The zlib loop: the input stays pinned for the whole stream, `out`
    /// grows (doubling, at most to `limit + 1`) whenever it is full.
    private static func inflateAll(_ input: UnsafeBufferPointer<UInt8>, into out: inout [UInt8],
                                   produced: inout Int, limit: Int) -> Outcome {
        guard let base = input.baseAddress else { return .truncated }
        var stream = z_stream()
        // 15 + 16: a 32 KB window and a gzip (not zlib) wrapper.
        guard inflateInit2_(&stream, 15 + 16, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            return .corrupt("zlib could not start")
        }
        defer { inflateEnd(&stream) }
        var consumed = 0
        while true {
            if produced == out.count {
                if out.count > limit { return .tooLarge }
                let grown = min(out.count * 2, limit + 1)
                out.append(contentsOf: repeatElement(0, count: grown - out.count))
            }
            let inChunk = min(input.count - consumed, Int(UInt32.max))
            let outChunk = min(out.count - produced, Int(UInt32.max))
            stream.next_in = UnsafeMutablePointer(mutating: base + consumed)
            stream.avail_in = UInt32(inChunk)
            let status = out.withUnsafeMutableBufferPointer { buf -> Int32 in
                stream.next_out = buf.baseAddress.map { $0 + produced }
                stream.avail_out = UInt32(outChunk)
                return CZlib.inflate(&stream, Z_NO_FLUSH)
            }
            consumed += inChunk - Int(stream.avail_in)
            produced += outChunk - Int(stream.avail_out)
            switch status {
            case Z_STREAM_END:
                if produced > limit { return .tooLarge }
                let rest = UnsafeBufferPointer(rebasing: input[consumed...])
                if rest.count >= 2 && rest[0] == 0x1f && rest[1] == 0x8b {
                    guard inflateReset(&stream) == Z_OK else { return .corrupt("zlib could not restart") }
                    continue // another member follows
                }
                // Zero padding after the end is harmless; anything else is not.
                return rest.allSatisfy { $0 == 0 } ? .done : .corrupt("unexpected bytes after the end")
            case Z_OK, Z_BUF_ERROR:
                // No progress is possible once all input is used and there is
                // still room for output: the stream was cut off.
                if consumed == input.count && stream.avail_out > 0 { return .truncated }
            case Z_DATA_ERROR:
                return .corrupt(stream.msg.map { String(cString: $0) } ?? "invalid data")
            case Z_MEM_ERROR:
                return .corrupt("out of memory")
            default:
                return .corrupt("zlib error \(status)")
            }
        }
    }

    /// Packs `bytes` as one gzip member. The header carries no file name and
    /// a modification time of 0, so the same input always gives the same
    /// output (reproducible assets).
    /// - Parameter level: 1 (fast) to 9 (small); 6 is zlib's default.
    public static func deflate(_ bytes: [UInt8], level: Int32 = 6,
                               file: String = "gzip data") throws(DataError) -> [UInt8] {
        var stream = z_stream()
        let ok = deflateInit2_(&stream, min(max(level, 1), 9), Z_DEFLATED, 15 + 16, 8,
                               Z_DEFAULT_STRATEGY, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        guard ok == Z_OK else { throw DataError(file: file, problem: .unwritable("zlib could not start")) }
        defer { deflateEnd(&stream) }
        var out = [UInt8](repeating: 0, count: Int(deflateBound(&stream, uLong(bytes.count))) + 64)
        var produced = 0
        var consumed = 0
        var status = Z_OK
        while status == Z_OK || status == Z_BUF_ERROR {
            if produced == out.count { out.append(contentsOf: repeatElement(0, count: out.count)) }
            let inChunk = min(bytes.count - consumed, Int(UInt32.max))
            let outChunk = min(out.count - produced, Int(UInt32.max))
            status = bytes.withUnsafeBufferPointer { input -> Int32 in
                out.withUnsafeMutableBufferPointer { buf -> Int32 in
                    // Empty input has no address; zlib accepts nil with 0 bytes.
                    stream.next_in = input.baseAddress.map { UnsafeMutablePointer(mutating: $0 + consumed) }
                    stream.avail_in = UInt32(inChunk)
                    stream.next_out = buf.baseAddress.map { $0 + produced }
                    stream.avail_out = UInt32(outChunk)
                    let last = consumed + inChunk == bytes.count
                    return CZlib.deflate(&stream, last ? Z_FINISH : Z_NO_FLUSH)
                }
            }
            consumed += inChunk - Int(stream.avail_in)
            produced += outChunk - Int(stream.avail_out)
        }
        guard status == Z_STREAM_END else {
            throw DataError(file: file, problem: .unwritable("zlib error \(status)"))
        }
        out.removeSubrange(produced...)
        return out
    }
}
