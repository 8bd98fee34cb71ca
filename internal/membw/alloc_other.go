//go:build !linux

package membw

// alloc returns size bytes from the Go heap.
func alloc(size int) ([]byte, func()) { return make([]byte, size), func() {} }
