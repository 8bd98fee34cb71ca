//go:build linux

package hugemem

import (
	"os"
	"unsafe"

	"golang.org/x/sys/unix"
)

// hugePage is the size of an x86-64 and arm64 transparent huge page (a PMD).
const hugePage = 2 << 20

// alloc is Alloc on Linux: an anonymous mapping over the first 2 MiB
// boundary of a reservation one huge page larger, the slack returned,
// advised into transparent huge pages.
func alloc(size int) ([]byte, func() error, error) {
	span := uintptr(size) + hugePage
	res, err := unix.MmapPtr(-1, 0, nil, span, unix.PROT_READ|unix.PROT_WRITE, unix.MAP_PRIVATE|unix.MAP_ANONYMOUS)
	if err != nil {
		return nil, nil, err
	}
	head := -uintptr(res) & (hugePage - 1)
	if head > 0 {
		unix.MunmapPtr(res, head)
	}
	page := uintptr(os.Getpagesize())
	mapped := (uintptr(size) + page - 1) &^ (page - 1)
	if tail := span - head - mapped; tail > 0 {
		unix.MunmapPtr(unsafe.Add(res, head+mapped), tail)
	}
	p := unsafe.Add(res, head)
	b := unsafe.Slice((*byte)(p), size)
	_ = unix.Madvise(b, unix.MADV_HUGEPAGE) // advice only
	return b, func() error { return unix.MunmapPtr(p, mapped) }, nil
}

// available reads MemAvailable from /proc/meminfo.
func available() (int64, bool) {
	b, err := os.ReadFile("/proc/meminfo")
	if err != nil {
		return 0, false
	}
	return meminfo(b, "MemAvailable")
}
