// Package hugemem allocates large private buffers backed, where the system
// allows, by transparent huge pages: the weights' interleaved copy
// (runtime/qwen2) and the memory-bandwidth probe's buffer (internal/membw),
// both read front to back at memory speed, where 4 KiB pages would cost a
// TLB miss every 4 KiB.
package hugemem

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
