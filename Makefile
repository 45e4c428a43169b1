# NeuroPad: `make run` sets up, builds and starts the app; `make test` runs every test.

SWIFT   ?= swift
# `make run` and `make build` compile for this machine's CPU; `make
# PORTABLE=1 ...` builds for any x86-64 (the kernels for AVX2 and AVX-512
# are in either build and chosen at start, see Math/Kernels.swift).
ifeq ($(PORTABLE),)
NATIVE  := -Xswiftc -target-cpu -Xswiftc native
endif
# One release build serves the app and the unit tests (which need
# -enable-testing for @testable imports), so `make test` compiles the
# sources once.
RELEASE := -c release $(NATIVE) -Xswiftc -enable-testing
TESTING := $(RELEASE)
TSAN    := $(RELEASE) --sanitize=thread --scratch-path .build-tsan
ASAN    := --sanitize=address --scratch-path .build-asan
BIN     := .build/release/neuropad
# The one place the version is written: Sources/neuropad/Version.swift.
VERSION := $(shell sed -n 's/^let neuropadVersion = "\(.*\)"$$/\1/p' Sources/neuropad/Version.swift)
DEB     := dist/neuropad_$(VERSION)_$(shell dpkg --print-architecture 2>/dev/null).deb

.PHONY: run build test unit e2e bench mnist deps test-deps clean fuzz fuzz-build tsan tsan-build leaks leaks-build soak check \
        check-builds package package-test package-test-only package-base package-deps version

run: deps build
	$(BIN) $(ARGS)

# Both builds fail on a compiler warning in the project's own code.
build:
	@bash tools/no-warnings.sh $(SWIFT) build $(RELEASE)

# `unit` builds the app and the tests in one run (the test modules compile
# beside the app's), so `build` after it finds nothing left to do.
test: deps test-deps unit e2e

# One test at a time, so each test's reported time is its own. In parallel
# every test reported the whole run's time (all of them wait for the same
# two threads, which the long tests hold), and a slow test could not be found.
unit:
	@bash tools/no-warnings.sh $(SWIFT) build $(TESTING) --build-tests
	$(SWIFT) test $(TESTING) --skip-build --no-parallel

e2e: build
	@set -e; for t in tests/scripts/*.sh tests/e2e/*.sh; do [ -e "$$t" ] || continue; bash "$$t" $(BIN); done

# Training speed of NeuroPad and of the lesson's numpy network, in one run;
# with the package's binary too when `make package` has made it.
PKG_BIN := dist/root/usr/bin/neuropad
bench: build
	@$(BIN) bench | tee .bench.out
	@if [ -x $(PKG_BIN) ]; then $(PKG_BIN) bench | sed 's/^neuropad samples/package samples/' | tee -a .bench.out; fi
	@python3 bench/seed_numpy.py | tee -a .bench.out
	@awk '/neuropad samples\/s/ {n=$$3} /package samples\/s/ {k=$$3} /numpy samples\/s/ {p=$$3} END { \
		if (p > 0) printf "ratio neuropad/numpy: %.1f\n", n / p; \
		if (k > 0 && p > 0) printf "ratio package/native: %.2f, package/numpy: %.1f\n", k / n, k / p }' .bench.out
	@rm -f .bench.out

# Reliability checks (README, "Reliability") and the package in a clean
# Debian, all in CI after `test`: tools/check.sh runs the soak test while
# the other checks build, then each check with the machine to itself.
check:
	@MAKE="$(MAKE)" bash tools/check.sh

# What `make check` builds beyond `make build`. The lock lets CI start these
# builds early (.ci/run); a second call waits for the first, then finds
# little left to do.
check-builds:
	@mkdir -p .build
	@flock -w 1800 .build/check-builds.lock $(MAKE) --no-print-directory -k fuzz-build tsan-build leaks-build package

# Fuzz each reader for
# FUZZ_SECONDS (libFuzzer, address sanitizer); race the trainer under the
# thread sanitizer.
FUZZ_SECONDS ?= 60
fuzz:
	bash fuzz/run.sh $(FUZZ_SECONDS)

fuzz-build:
	bash fuzz/run.sh --build

# The race is all core: NEUROPAD_PART=core (Package.swift) builds only the
# core and its tests under the sanitizer.
tsan: tsan-build
	NEUROPAD_PART=core TSAN_OPTIONS=halt_on_error=1 $(SWIFT) test $(TSAN) --skip-build --filter TrainerRace

tsan-build:
	NEUROPAD_PART=core $(SWIFT) build $(TSAN) --build-tests

# The app under LeakSanitizer, headless, for LEAK_FRAMES frames; then the
# dropped-file tests.
LEAK_FRAMES ?= 600
leaks: leaks-build
	bash tests/leaks/leaks.sh .build-asan/debug/neuropad $(LEAK_FRAMES) .build-asan/debug/NeuroPadPackageTests.xctest

# NEUROPAD_PART=app: the app and the SDL tests, not the core's or UI's tests.
leaks-build:
	NEUROPAD_PART=app $(SWIFT) build $(ASAN) --build-tests

# Random input for SOAK_SECONDS under Xvfb; memory may grow 10% after minute 1.
SOAK_SECONDS ?= 180
soak: build
	bash tests/soak/soak.sh $(SOAK_SECONDS) $(BIN)

version:
	@echo $(VERSION)

# dist/neuropad_$(VERSION)_amd64.deb: portable, Swift runtime linked in,
# checked by appstreamcli, desktop-file-validate and lintian.
# Made again when a source, asset or packaging file changed.
package: $(DEB)
$(DEB): Package.swift tools/make-package.sh $(shell find Sources Assets packaging -type f) | deps package-deps
	bash tools/make-package.sh .build-pkg

# The package installed with apt in a fresh Debian 12 (debootstrap; the
# bare system is kept in .build-pkgtest): --version, one epoch, the window.
package-test: package
	@$(MAKE) --no-print-directory package-test-only

# The same test for the package `make package` made last.
package-test-only:
	bash tools/package-test.sh $(DEB) .build-pkgtest dist/package-test.png

# Only the bare Debian system (debootstrap), e.g. while other steps run.
package-base: package-deps
	bash tools/package-test.sh --base .build-pkgtest

package-deps:
	@bash tools/install-deps.sh package

# The full MNIST (60,000 + 10,000 digits) into data/mnist, checksums verified.
mnist:
	bash tools/fetch-mnist.sh data/mnist

# Installs the system libraries if pkg-config does not find them (apt-get,
# as root or with sudo); elsewhere it prints the command for that system.
deps:
	@bash tools/install-deps.sh libs

test-deps:
	@bash tools/install-deps.sh test

clean:
	! grep -q ' $(CURDIR)/.build-pkgtest/' /proc/mounts || { echo 'a package test is running (mounts in .build-pkgtest)'; exit 1; }
	rm -rf --one-file-system .build .build-test .build-fuzz .build-tsan .build-asan .build-pkg .build-pkgtest dist
