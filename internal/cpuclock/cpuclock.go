// Package cpuclock reads the CPU time this process has used, for benchmarks
// that report a rate other processes sharing the machine do not inflate.
package cpuclock

// Process returns the CPU time, in nanoseconds, that this process has used
// (user + system, all threads), or 0 where it cannot be read (other systems
// than Linux).
func Process() int64 { return process() }
