//go:build linux

package membw

import (
	"unsafe"

	"golang.org/x/sys/unix"
)

const hugePage = 2 << 20

// alloc returns size bytes of anonymous memory, 2 MiB-aligned and advised
// into transparent huge pages, and the function that frees them; a plain
// slice where mmap fails.
func alloc(size int) ([]byte, func()) {
	span := uintptr(size) + hugePage
	p, err := unix.MmapPtr(-1, 0, nil, span, unix.PROT_READ|unix.PROT_WRITE, unix.MAP_PRIVATE|unix.MAP_ANONYMOUS)
	if err != nil {
		return make([]byte, size), func() {}
	}
	head := -uintptr(p) & (hugePage - 1)
	b := unsafe.Slice((*byte)(unsafe.Add(p, head)), size)
	_ = unix.Madvise(b, unix.MADV_HUGEPAGE)
	return b, func() { unix.MunmapPtr(p, span) }
}
