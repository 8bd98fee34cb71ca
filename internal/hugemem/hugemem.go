// Package hugemem allocates large private buffers backed, where the system
// allows, by transparent huge pages: the weights' interleaved copy
// (runtime/qwen2) and the memory-bandwidth probe's buffer (internal/membw),
// both read front to back at memory speed, where 4 KiB pages would cost a
// TLB miss every 4 KiB.
package hugemem

import (
	"bytes"
	"strconv"
)

// Alloc returns size bytes of zeroed memory private to the process and the
// function that releases them. On Linux the memory is an anonymous mapping
// aligned to 2 MiB and advised into transparent huge pages; elsewhere a Go
// slice. A size of 0 or less returns no memory and a release that does
// nothing.
//
// Cost: address space only; pages are allocated as they are first written.
func Alloc(size int) ([]byte, func() error, error) {
	if size <= 0 {
		return nil, func() error { return nil }, nil
	}
	return alloc(size)
}

// Available returns how many bytes of memory the system reports it could
// give the process without swapping (Linux's MemAvailable: free memory plus
// the page cache and other memory it can reclaim), and false where it does
// not say (other systems, or a /proc/meminfo it cannot read). Cost: one read
// of /proc/meminfo.
func Available() (int64, bool) { return available() }

// meminfo returns the value of key in /proc/meminfo's text b, in bytes (the
// file gives kB), and false where key is missing or its line is malformed.
func meminfo(b []byte, key string) (int64, bool) {
	for line := range bytes.Lines(b) {
		rest, ok := bytes.CutPrefix(line, []byte(key+":"))
		if !ok {
			continue
		}
		f := bytes.Fields(rest)
		if len(f) != 2 || string(f[1]) != "kB" {
			return 0, false
		}
		kb, err := strconv.ParseInt(string(f[0]), 10, 64)
		if err != nil || kb < 0 || kb > 1<<53 {
			return 0, false
		}
		return kb << 10, true
	}
	return 0, false
}
