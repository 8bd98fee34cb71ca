//go:build !unix

package mmap

import (
	"io"
	"os"
)

// mapFile reads size bytes of f into memory where mmap is unavailable.
func mapFile(f *os.File, size int) ([]byte, func([]byte) error, error) {
	b := make([]byte, size)
	if _, err := io.ReadFull(io.NewSectionReader(f, 0, int64(size)), b); err != nil {
		return nil, nil, err
	}
	return b, noRelease, nil
}

// dropPages is DropPages here: nothing.
func dropPages([]byte) {}

// canDropPages is CanDropPages here.
const canDropPages = false
