import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writing a file so that readers see either the old or the new content,
/// never a mixture: write a temporary sibling, fsync it, rename it over the
/// target (rename is atomic within one file system).
public enum AtomicFile {
    public static func write(_ bytes: [UInt8], to path: String) throws(ModelError) {
        let url = URL(fileURLWithPath: path)
        let dir = url.deletingLastPathComponent().path
        if !FileManager.default.fileExists(atPath: dir) {
            do { try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true) } catch {
                throw ModelError(file: path, problem: .cannotCreateFolder(dir))
            }
        }
        let tmp = dir + "/." + url.lastPathComponent + ".tmp-\(getpid())"
        let fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw ModelError(file: path, problem: .cannotWrite(String(cString: strerror(errno)))) }
        var written = 0
        let ok = bytes.withUnsafeBytes { raw -> Bool in
            guard let base = raw.baseAddress else { return fsync(fd) == 0 }
            while written < raw.count {
                let n = Glibc.write(fd, base + written, raw.count - written)
                if n <= 0 { return false }
                written += n
            }
            return fsync(fd) == 0
        }
        close(fd)
        guard ok, rename(tmp, path) == 0 else {
            unlink(tmp)
            throw ModelError(file: path, problem: .writeFailed)
        }
    }
}
