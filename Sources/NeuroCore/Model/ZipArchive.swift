internal import CZlib

/// The zip container of numpy's `.npz` files (PKWARE APPNOTE 6.3.10), read
/// and written with the system zlib.
///
/// Read: members stored (method 0, `np.savez`) or deflated (method 8,
/// `np.savez_compressed`), zip64 end records and extra fields. Sizes and
/// offsets come from the central directory only: Python's zipfile, as numpy
/// calls it, writes 0xFFFFFFFF sizes into the local headers. Each member's
/// CRC-32 is checked. Encrypted members and archives split over several
/// disks are refused.
///
/// Written: stored members, no zip64 (a network stays far below 4 GB), a
/// fixed date (1980-01-01), so equal networks give equal files.
enum ZipArchive {
    struct Member: Equatable {
        var name: String
        var method: UInt16
        var flags: UInt16
        var crc: UInt32
        var compressedSize: Int
        var size: Int
        var localHeaderOffset: Int
    }

    static let localSignature: UInt32 = 0x0403_4b50
    static let centralSignature: UInt32 = 0x0201_4b50
    static let endSignature: UInt32 = 0x0605_4b50
    static let end64Signature: UInt32 = 0x0606_4b50
    static let end64LocatorSignature: UInt32 = 0x0706_4b50

    /// True when `bytes` begin like a zip archive (a local header, or the end
    /// record of an empty archive).
    static func isZip(_ bytes: [UInt8]) -> Bool {
        let r = ByteReader(bytes)
        return r.u32(0) == localSignature || r.u32(0) == endSignature
    }

    // MARK: Reading

    /// The members listed in the central directory, in order.
    /// - Throws: a `ModelError` naming `file` when the directory is missing,
    ///   cut off or inconsistent.
    static func members(_ bytes: [UInt8], file: String) throws(ModelError) -> [Member] {
        func fail(_ why: ModelProblem) -> ModelError { ModelError(file: file, problem: why) }
        let r = ByteReader(bytes)
        guard let end = findEnd(r) else {
            throw fail(.zipEndMissing)
        }
        guard let disk = r.u16(end + 4), let directoryDisk = r.u16(end + 6),
              var count = r.u16(end + 10).map(Int.init), var directorySize = r.u32(end + 12).map(Int.init),
              var directoryOffset = r.u32(end + 16).map(Int.init) else {
            throw fail(.damaged(.zipEndCut))
        }
        guard disk == 0, directoryDisk == 0 else { throw fail(.zipSplit) }
        // Zip64: a locator directly before the end record points at the
        // zip64 end record with the full-width values.
        if end >= 20, r.u32(end - 20) == end64LocatorSignature {
            guard let at = r.u64(end - 12).flatMap(Int.init(exactly:)), r.u32(at) == end64Signature,
                  let n = r.u64(at + 32).flatMap(Int.init(exactly:)),
                  let size = r.u64(at + 40).flatMap(Int.init(exactly:)),
                  let offset = r.u64(at + 48).flatMap(Int.init(exactly:)) else {
                throw fail(.damaged(.zip64End))
            }
            (count, directorySize, directoryOffset) = (n, size, offset)
        }
        guard directoryOffset <= bytes.count, directorySize <= bytes.count - directoryOffset,
              count <= directorySize / 46 + 1 else {
            throw fail(.damaged(.zipDirectoryOutside))
        }
        var members: [Member] = []
        var at = directoryOffset
        for _ in 0 ..< count {
            guard r.u32(at) == centralSignature, let flags = r.u16(at + 8), let method = r.u16(at + 10),
                  let crc = r.u32(at + 16), let packed32 = r.u32(at + 20), let size32 = r.u32(at + 24),
                  let nameLength = r.u16(at + 28).map(Int.init), let extraLength = r.u16(at + 30).map(Int.init),
                  let commentLength = r.u16(at + 32).map(Int.init), let offset32 = r.u32(at + 42),
                  let name = r.slice(at + 46, nameLength), let extra = r.slice(at + 46 + nameLength, extraLength) else {
                throw fail(.damaged(.zipDirectory))
            }
            var size = Int(size32), packed = Int(packed32), offset = Int(offset32)
            // The zip64 extra field holds, in this order, each value whose
            // 32-bit field is saturated.
            if size32 == 0xFFFF_FFFF || packed32 == 0xFFFF_FFFF || offset32 == 0xFFFF_FFFF {
                guard var wide = zip64Values(extra) else { throw fail(.damaged(.zip64Size)) }
                func next() -> Int? { wide.isEmpty ? nil : Int(exactly: wide.removeFirst()) }
                if size32 == 0xFFFF_FFFF { guard let v = next() else { throw fail(.damaged(.zip64Size)) }; size = v }
                if packed32 == 0xFFFF_FFFF { guard let v = next() else { throw fail(.damaged(.zip64Size)) }; packed = v }
                if offset32 == 0xFFFF_FFFF { guard let v = next() else { throw fail(.damaged(.zip64Size)) }; offset = v }
            }
            members.append(Member(name: String(decoding: name, as: UTF8.self), method: method, flags: flags,
                                  crc: crc, compressedSize: packed, size: size, localHeaderOffset: offset))
            at += 46 + nameLength + extraLength + commentLength
        }
        return members
    }

    /// The unpacked bytes of `member`, CRC-checked.
    /// - Parameters:
    ///   - limit: members that unpack to more are refused before anything
    ///     is allocated.
    ///   - checkCRC: false only for the fuzzer, to reach what lies behind.
    static func contents(of member: Member, in bytes: [UInt8], limit: Int, file: String,
                         checkCRC: Bool = true) throws(ModelError) -> [UInt8] {
        func fail(_ why: ModelProblem) -> ModelError { ModelError(file: file, problem: .inEntry(member.name, why)) }
        let r = ByteReader(bytes)
        guard member.flags & 1 == 0 else { throw fail(.encrypted) }
        guard member.size <= limit else { throw fail(.memberTooLarge(bytes: member.size)) }
        let at = member.localHeaderOffset
        guard r.u32(at) == localSignature, let nameLength = r.u16(at + 26).map(Int.init),
              let extraLength = r.u16(at + 28).map(Int.init),
              let data = r.slice(at + 30 + nameLength + extraLength, member.compressedSize) else {
            throw fail(.damaged(.memberOutside))
        }
        let content: [UInt8]
        switch member.method {
        case 0:
            guard member.compressedSize == member.size else { throw fail(.damaged(.storedSizes)) }
            content = Array(data)
        case 8:
            guard let out = inflateRaw(data, size: member.size) else { throw fail(.damaged(.packedData)) }
            content = out
        default:
            throw fail(.packMethod(Int(member.method)))
        }
        guard !checkCRC || crc32(of: content) == member.crc else { throw fail(.damaged(.memberChecksum)) }
        return content
    }

    /// Raw deflate (no zlib or gzip wrapper) into exactly `size` bytes; nil
    /// when the data are damaged or unpack to another size.
    private static func inflateRaw(_ data: ArraySlice<UInt8>, size: Int) -> [UInt8]? {
        guard data.count <= Int(UInt32.max), size < Int(UInt32.max) else { return nil }
        var stream = z_stream()
        guard inflateInit2_(&stream, -15, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return nil }
        defer { inflateEnd(&stream) }
        // One byte of room more than expected reveals a member that is longer.
        var out = [UInt8](repeating: 0, count: size + 1)
        let status = data.withUnsafeBufferPointer { input in
            out.withUnsafeMutableBufferPointer { buf -> Int32 in
                stream.next_in = input.baseAddress.map { UnsafeMutablePointer(mutating: $0) }
                stream.avail_in = UInt32(input.count)
                stream.next_out = buf.baseAddress
                stream.avail_out = UInt32(buf.count)
                return CZlib.inflate(&stream, Z_FINISH)
            }
        }
        guard status == Z_STREAM_END, Int(stream.total_out) == size else { return nil }
        out.removeLast()
        return out
    }

    /// The end-of-central-directory record: the last signature whose comment
    /// length reaches exactly to the end of the file.
    private static func findEnd(_ r: ByteReader) -> Int? {
        let n = r.bytes.count
        guard n >= 22 else { return nil }
        var at = n - 22
        let lowest = max(0, n - 22 - 65_535)
        while at >= lowest {
            if r.u32(at) == endSignature, let comment = r.u16(at + 20), at + 22 + Int(comment) == n { return at }
            at -= 1
        }
        return nil
    }

    /// The 64-bit values of the zip64 extra field (header ID 0x0001).
    private static func zip64Values(_ extra: ArraySlice<UInt8>) -> [UInt64]? {
        let r = ByteReader(Array(extra))
        var at = 0
        while let id = r.u16(at), let length = r.u16(at + 2).map(Int.init) {
            if id == 1 {
                return (0 ..< length / 8).compactMap { r.u64(at + 4 + 8 * $0) }
            }
            at += 4 + length
        }
        return nil
    }

    static func crc32(of bytes: [UInt8]) -> UInt32 {
        bytes.withUnsafeBufferPointer { UInt32(truncatingIfNeeded: CZlib.crc32(0, $0.baseAddress, uInt($0.count))) }
    }

    // MARK: Writing

    /// A zip archive of stored members, in the given order.
    static func archive(_ entries: [(name: String, data: [UInt8])]) -> [UInt8] {
        var out: [UInt8] = []
        var directory: [UInt8] = []
        for entry in entries {
            let name = Array(entry.name.utf8)
            let crc = crc32(of: entry.data)
            let offset = UInt32(out.count)
            // version 2.0, no flags, stored, 00:00 on 1980-01-01 (date 0x0021)
            out.appendLE(localSignature)
            out.appendLE16(20); out.appendLE16(0); out.appendLE16(0); out.appendLE16(0); out.appendLE16(0x21)
            out.appendLE(crc); out.appendLE(UInt32(entry.data.count)); out.appendLE(UInt32(entry.data.count))
            out.appendLE16(UInt16(name.count)); out.appendLE16(0)
            out += name
            out += entry.data

            directory.appendLE(centralSignature)
            directory.appendLE16(20); directory.appendLE16(20); directory.appendLE16(0); directory.appendLE16(0)
            directory.appendLE16(0); directory.appendLE16(0x21)
            directory.appendLE(crc); directory.appendLE(UInt32(entry.data.count)); directory.appendLE(UInt32(entry.data.count))
            directory.appendLE16(UInt16(name.count)); directory.appendLE16(0); directory.appendLE16(0)
            directory.appendLE16(0); directory.appendLE16(0); directory.appendLE(0)
            directory.appendLE(offset)
            directory += name
        }
        let directoryOffset = UInt32(out.count)
        out += directory
        out.appendLE(endSignature)
        out.appendLE16(0); out.appendLE16(0)
        out.appendLE16(UInt16(entries.count)); out.appendLE16(UInt16(entries.count))
        out.appendLE(UInt32(directory.count)); out.appendLE(directoryOffset)
        out.appendLE16(0)
        return out
    }
}

/// Bounds-checked little-endian reads: nil instead of a trap past the end.
struct ByteReader {
    let bytes: [UInt8]
    init(_ bytes: [UInt8]) { self.bytes = bytes }

    func u16(_ at: Int) -> UInt16? {
        guard at >= 0, at <= bytes.count - 2 else { return nil }
        return UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8
    }

    func u32(_ at: Int) -> UInt32? {
        guard at >= 0, at <= bytes.count - 4 else { return nil }
        return (0 ..< 4).reduce(0) { $0 | UInt32(bytes[at + $1]) << (8 * $1) }
    }

    func u64(_ at: Int) -> UInt64? {
        guard at >= 0, at <= bytes.count - 8 else { return nil }
        return (0 ..< 8).reduce(0) { $0 | UInt64(bytes[at + $1]) << (8 * $1) }
    }

    func slice(_ at: Int, _ count: Int) -> ArraySlice<UInt8>? {
        guard at >= 0, count >= 0, at <= bytes.count, count <= bytes.count - at else { return nil }
        return bytes[at ..< at + count]
    }
}

extension [UInt8] {
    mutating func appendLE16(_ v: UInt16) {
        append(UInt8(truncatingIfNeeded: v))
        append(UInt8(truncatingIfNeeded: v >> 8))
    }
}
