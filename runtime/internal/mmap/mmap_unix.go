//go:build unix && !linux

package mmap

import (
	"os"

	"golang.org/x/sys/unix"
)

// mapFile maps size bytes of f read-only and shared.
func mapFile(f *os.File, size int) ([]byte, func([]byte) error, error) {
	b, err := unix.Mmap(int(f.Fd()), 0, size, unix.PROT_READ, unix.MAP_SHARED)
	if err != nil {
		return nil, nil, err
	}
	return b, unix.Munmap, nil
}

// dropPages is DropPages here: nothing.
func dropPages([]byte) {}

// canDropPages is CanDropPages here.
const canDropPages = false
