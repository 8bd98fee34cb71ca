package kernels

import "syscall"

// processCPU returns the CPU time this process has used (user + system, all
// threads), or 0 when it cannot be read.
func processCPU() int64 {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}
