package io.jplay.conformance;

/** What one tool printed for a case, and how it exited. */
record RunResult(int exitCode, String stdout, String stderr) {
}
