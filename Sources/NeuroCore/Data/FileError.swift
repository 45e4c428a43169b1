/// The one shape of NeuroPad's typed errors: which file, and what is wrong
/// with it. `description` is the line a user sees, "FILE: PROBLEM".
///
/// `DataError` (data files: IDX, CSV, gzip) names its problems as cases of
/// `DataProblem`, `ModelError` (model, settings and own-digit files) as cases
/// of `ModelProblem`, so the window can say each in its own language.
public struct FileError<Problem: Equatable & Sendable & CustomStringConvertible>:
    Error, Equatable, CustomStringConvertible, Sendable {
    /// The path or name of the file, as the user gave it.
    public let file: String
    public let problem: Problem

    public init(file: String, problem: Problem) {
        self.file = file
        self.problem = problem
    }

    /// The problem alone, without the file name.
    public var problemText: String { problem.description }

    public var description: String { "\(file): \(problemText)" }
}

/// Why a data file could not be read. Every problem names, for CSV, the
/// line, so a teacher can find and fix it.
public typealias DataError = FileError<DataProblem>

/// Why a model file (or the settings or own digits) was not loaded or
/// saved. The network in use stays untouched.
public typealias ModelError = FileError<ModelProblem>
