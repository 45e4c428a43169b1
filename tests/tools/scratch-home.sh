# Sourced by every test script: HOME and the XDG folders point into the
# scratch folder $1, so no test reads or writes the home of whoever runs it
# (saved window size, settings, own digits, saved networks).
scratch_home() {
    export HOME=$1/home XDG_CONFIG_HOME=$1/config XDG_DATA_HOME=$1/data
    mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME"
}
