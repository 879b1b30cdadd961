/**
 * Jest timeouts for tests that build and run Go programs.
 *
 * jest.config.js gives every test 120 s, which a warm build cache never comes
 * near. CI starts from a cold build cache on a small and often loaded machine:
 * the first `go test -c` there compiles testing and everything it imports, and
 * whichever test file builds first pays for it (two jest workers may pay at
 * once). On a 2-core machine at load 9, a cold `go test -c` of the example's
 * codec package took 91 s, a cold build of the escape scanner's go/parser
 * oracle 98 s and of the trace fixture 49 s. These bounds leave room for that
 * and still stop a hung process.
 */

/** A hook or test that builds a Go package or program (cold cache) and runs it. */
export const GO_BUILD_TIMEOUT_MS = 300_000;

/** A hook or test that measures two revisions end to end (several builds, dozens of benchmark processes). */
export const GO_MEASURE_TIMEOUT_MS = 600_000;
