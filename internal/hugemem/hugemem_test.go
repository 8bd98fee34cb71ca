package hugemem

import (
	"runtime"
	"testing"
	"unsafe"
)

// TestAlloc checks that Alloc returns writable zeroed memory of the size asked
// (none for zero), aligned to 2 MiB on Linux, and releases it without error.
func TestAlloc(t *testing.T) {
	for _, size := range []int{0, 1, 4097, 3 << 20} {
		b, release, err := Alloc(size)
		if err != nil {
			t.Fatal(err)
		}
		if len(b) != size {
			t.Fatalf("Alloc(%d): %d bytes", size, len(b))
		}
		for i := 0; i < size; i += 997 {
			if b[i] != 0 {
				t.Fatalf("Alloc(%d): byte %d = %d", size, i, b[i])
			}
			b[i] = 7
		}
		if size > 0 && runtime.GOOS == "linux" && uintptr(unsafe.Pointer(&b[0]))%(2<<20) != 0 {
			t.Fatalf("Alloc(%d) at %p: not 2 MiB-aligned", size, &b[0])
		}
		if err := release(); err != nil {
			t.Fatal(err)
		}
	}
}
