//go:build !linux

package hugemem

// alloc is Alloc here: a Go slice.
func alloc(size int) ([]byte, func() error, error) {
	return make([]byte, size), func() error { return nil }, nil
}

// available does not know here.
func available() (int64, bool) { return 0, false }
