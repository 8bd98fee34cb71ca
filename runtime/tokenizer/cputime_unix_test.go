//go:build unix

package tokenizer

import (
	"syscall"
	"time"
)

// processCPU returns the CPU time (user + system) this process has used.
// Benchmarks report throughput per CPU-second beside the wall-clock MB/s,
// so that a figure taken on a busy shared machine still says what one core
// does.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
