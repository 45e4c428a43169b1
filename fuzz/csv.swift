import NeuroCore

/// libFuzzer target: the CSV reader, with the layout detected from the data
/// and with each fixed layout (they take different paths for labels).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = fuzzBytes(data, size)
    for layout in CSVLayout.allCases {
        _ = try? CSV.parse(bytes, layout: layout, file: "fuzz.csv")
    }
    return 0
}
