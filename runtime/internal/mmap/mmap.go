// Package mmap maps a file read-only into memory for the model readers
// (runtime/gguf, runtime/safetensors). On unix systems the bytes are a shared
// read-only mapping: pages come from the page cache when first touched and are
// never copied into the Go heap; on Linux the mapping is 2 MiB-aligned and
// asks for transparent huge pages (see mapFile there). Elsewhere the file is
// read into memory.
package mmap

import (
	"fmt"
	"os"
)

// Open maps size bytes of f from offset 0 and returns them with the function
// that releases them. The caller may close f at once; the mapping outlives the
// descriptor. A size of 0 returns an empty slice and a release that does
// nothing (mmap of zero bytes fails on most systems). A negative size is an
// error.
//
// Cost: one mmap system call on unix (the pages are read lazily); elsewhere a
// heap allocation and a read of size bytes.
func Open(f *os.File, size int) (data []byte, release func([]byte) error, err error) {
	if size < 0 {
		return nil, nil, fmt.Errorf("mmap: %s: negative size %d", f.Name(), size)
	}
	if size == 0 {
		return []byte{}, noRelease, nil
	}
	return mapFile(f, size)
}

func noRelease([]byte) error { return nil }

// DropPages releases the process's mappings of the whole pages inside b,
// which must lie in a mapping that Open returned and that is not used for a
// while (weights copied elsewhere): on Linux, where Open always maps the file
// shared and read-only, with madvise(MADV_DONTNEED), so the process's
// resident memory shrinks while the page cache keeps the pages, and reading
// b again faults them back in. Elsewhere it does nothing.
//
// Cost: one system call.
func DropPages(b []byte) { dropPages(b) }

// CanDropPages reports whether DropPages releases pages on this system
// (Linux); elsewhere a copy of mapped bytes adds to the process's resident
// memory instead of taking their place.
const CanDropPages = canDropPages
