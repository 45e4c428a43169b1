/// NeuroPad's version: the one place it is written. `neuropad --version`
/// prints it and `make package` reads it from this line for the package's
/// file name and control file.
let neuropadVersion = "0.9.0"
