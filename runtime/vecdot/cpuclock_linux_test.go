package vecdot

import "syscall"

// threadCPU returns the CPU time the calling OS thread has used (user +
// system), or 0 when it cannot be read.
func threadCPU() int64 {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_THREAD, &ru) != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}
