//go:build unix

package grammar

import (
	"syscall"
	"time"
)

// processCPU is the CPU time of the process (user and system, GC
// included), which other processes on a loaded machine do not inflate.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
